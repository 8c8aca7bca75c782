package org.framecheck.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.framecheck.document.Document;
import org.framecheck.document.DocumentParts;
import org.framecheck.document.LineIndex;
import org.framecheck.facts.Source;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.findings.SourceSummary;
import org.framecheck.rules.RuleMetadata;

/**
 * Analyses a document longer than {@link DocumentParts#MAX_PART_CHARS} part by part and puts the
 * results together as one: findings moved back to file offsets (lines and columns recomputed on the
 * whole text), sources counted together, a document-level rule reported once, words added up. At
 * most {@link #MAX_FINDINGS} findings are kept, so neither memory nor the report grows without bound;
 * the result's message says how the file was analysed and how many findings were left out.
 */
final class PartedAnalysis {

    /** Findings kept for one document; a file with more is almost certainly not an article. */
    static final int MAX_FINDINGS = 10_000;

    private PartedAnalysis() {
    }

    static DocumentResult analyze(Document whole, List<DocumentParts.Part> parts, Map<String, RuleMetadata> rules,
                                  Function<Document, DocumentResult> analyzePart) {
        LineIndex lines = LineIndex.of(whole.text());
        List<Finding> findings = new ArrayList<>();
        Set<String> documentRulesSeen = new HashSet<>();
        Map<List<String>, int[]> sources = new LinkedHashMap<>();
        int words = 0;
        long found = 0;
        for (int p = 0; p < parts.size(); p++) {
            DocumentParts.Part part = parts.get(p);
            DocumentResult result = analyzePart.apply(part.document());
            if (result.status() != DocumentResult.Status.ANALYZED) {
                return DocumentResult.failed(whole.path(), whole.format().id(),
                        "part " + (p + 1) + " of " + parts.size() + ": " + result.message());
            }
            words += result.words();
            for (Finding f : result.findings()) {
                RuleMetadata meta = rules.get(f.rule());
                if (meta != null && "document".equals(meta.scope()) && !documentRulesSeen.add(f.rule())) {
                    continue;
                }
                found++;
                if (findings.size() < MAX_FINDINGS) {
                    findings.add(shift(f, part.offset(), lines));
                }
            }
            for (SourceSummary s : result.sources()) {
                int[] counts = sources.computeIfAbsent(java.util.Arrays.asList(s.name(), s.type(), s.party(), s.side()), k -> new int[2]);
                counts[0] += s.mentions();
                counts[1] += s.quotes();
            }
        }
        findings.sort(Finding.ORDER);
        List<SourceSummary> merged = new ArrayList<>();
        sources.forEach((key, counts) -> merged.add(new SourceSummary(key.get(0), key.get(1), key.get(2), key.get(3), counts[0], counts[1])));
        merged.sort((a, b) -> Integer.compare(b.mentions(), a.mentions()));
        String message = String.format(Locale.ROOT, "%s; analysed in %d parts of at most %d characters%s",
                whole.note().isEmpty() ? "long document" : whole.note(), parts.size(), DocumentParts.MAX_PART_CHARS,
                found > findings.size() ? String.format(Locale.ROOT, "; %d findings, the first %d reported", found, findings.size()) : "");
        return new DocumentResult(whole.path(), whole.title(), whole.format().id(), DocumentResult.Status.ANALYZED,
                message, words, findings, merged,
                Source.summary(merged.stream().map(s -> new Source(s.name(), s.type(), s.party(), s.mentions(), s.quotes())).toList()),
                List.of(), whole.details(), List.of());
    }

    private static Finding shift(Finding f, int offset, LineIndex lines) {
        int start = f.start() + offset;
        int end = f.end() + offset;
        int last = Math.max(start, end - 1);
        return new Finding(f.rule(), f.category(), f.severity(), f.message(), f.suggestion(),
                lines.line(start), lines.column(start), lines.line(last), lines.column(last) + 1,
                start, end, f.text(), f.quoted(), f.excerpt());
    }
}
