package org.framecheck.api;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.framecheck.document.Document;
import org.framecheck.document.DocumentParts;
import org.framecheck.document.DocumentReader;
import org.framecheck.document.Suppressions;
import org.framecheck.facts.DocumentFacts;
import org.framecheck.facts.FactExtractor;
import org.framecheck.facts.Source;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.findings.SourceSummary;
import org.framecheck.findings.Suppressed;
import org.framecheck.rules.NearestName;
import org.framecheck.rules.RuleEngine;
import org.framecheck.rules.RuleFile;
import org.framecheck.rules.RuleFiles;
import org.framecheck.rules.RuleMetadata;
import org.framecheck.rules.RuleSet;
import org.framecheck.rules.RuleSetException;
import org.framecheck.rules.RuleSetLoader;
import org.framecheck.rules.WhyNotFired;
import org.framecheck.source.ContentFormat;
import org.framecheck.source.ContentItem;
import org.framecheck.source.TextDecoder;

/**
 * Analyses one article at a time: markup to document, document to facts, facts through the rules.
 * Build one per rule set and share it: it is immutable and thread-safe.
 *
 * <pre>{@code
 * Analyzer analyzer = Analyzer.withDefaultRules();
 * DocumentResult result = analyzer.analyze("story.md", ContentFormat.MARKDOWN, text);
 * }</pre>
 */
public final class Analyzer {

    private final RuleSet rules;
    private final RuleEngine engine;
    private final FactExtractor extractor;
    private final DocumentReader reader = new DocumentReader();

    public Analyzer(RuleSet rules) {
        this.rules = rules;
        this.engine = new RuleEngine(rules);
        this.extractor = new FactExtractor(rules.lexicons().values());
    }

    /** An analyzer with the built-in rules only. */
    public static Analyzer withDefaultRules() throws RuleSetException {
        return new Analyzer(RuleSetLoader.load(List.of()));
    }

    /** An analyzer with the built-in rules plus the rules and word lists in {@code ruleDirectories}. */
    public static Analyzer withRules(List<Path> ruleDirectories) throws RuleSetException {
        return new Analyzer(RuleSetLoader.load(ruleDirectories));
    }

    public RuleSet rules() {
        return rules;
    }

    /** Analyses text already in memory. */
    public DocumentResult analyze(String path, ContentFormat format, String text) {
        return analyze(reader.read(path, format, text));
    }

    /**
     * Analyses a parsed document with the rules this analyzer was made with (a {@link
     * org.framecheck.rules.RuleSelection} applied to them leaves rules out). The article's own
     * switches apply: front matter {@code framecheck: off} skips it, and findings under an inline
     * {@code framecheck-disable} comment or front matter {@code framecheck.disable} are set aside
     * as suppressed. A document longer than {@link DocumentParts#MAX_PART_CHARS} is analysed in
     * parts (see {@link PartedAnalysis}).
     */
    public DocumentResult analyze(Document document) {
        Suppressions switches = Suppressions.of(document);
        if (switches.articleOff()) {
            return DocumentResult.skipped(document.path(), document.format().id(), "switched off in front matter (framecheck: off)");
        }
        List<DocumentParts.Part> parts = DocumentParts.split(document, DocumentParts.MAX_PART_CHARS);
        DocumentResult result = parts.size() > 1
                ? PartedAnalysis.analyze(document, parts, rules.rules(), this::analyzeWhole)
                : analyzeWhole(document);
        List<String> warnings = new ArrayList<>(switches.unknownIds(engine.ruleIds()));
        warnings.addAll(floods(result));
        DocumentResult done = suppress(result, switches).withDetails(document.details());
        return warnings.isEmpty() ? done : done.withWarnings(warnings);
    }

    /** Findings of one rule per 1,000 words above which the rule more likely matches everything than its device. */
    static final int FLOOD_PER_1000_WORDS = 100;
    private static final int FLOOD_MIN_FINDINGS = 50;

    /** "rule 'x' reported 900 findings (212 per 1,000 words)": a rule that matches far more than a device. */
    private static List<String> floods(DocumentResult result) {
        if (result.words() == 0) {
            return List.of();
        }
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        result.findings().forEach(f -> counts.merge(f.rule(), 1, Integer::sum));
        List<String> out = new ArrayList<>();
        counts.forEach((rule, n) -> {
            long per1000 = Math.round(n * 1000.0 / result.words());
            if (n >= FLOOD_MIN_FINDINGS && per1000 > FLOOD_PER_1000_WORDS) {
                out.add("line 1: rule '" + rule + "' reported " + n + " findings (" + per1000
                        + " per 1,000 words): does it match far more than the device it names?");
            }
        });
        return out;
    }

    /** Sets aside the findings the article's own switches turn off, keeping them listed. */
    private static DocumentResult suppress(DocumentResult result, Suppressions switches) {
        List<Finding> findings = new ArrayList<>(result.findings().size());
        List<Suppressed> suppressed = new ArrayList<>();
        for (Finding f : result.findings()) {
            switches.suppression(f.rule(), f.start()).ifPresentOrElse(
                    how -> suppressed.add(new Suppressed(f, how)), () -> findings.add(f));
        }
        if (suppressed.isEmpty()) {
            return result;
        }
        return result.withFindings(findings, suppressed);
    }

    private DocumentResult analyzeWhole(Document document) {
        DocumentFacts facts = facts(document);
        List<Finding> findings;
        try {
            findings = engine.run(facts);
        } catch (RuntimeException e) {
            return DocumentResult.failed(document.path(), document.format().id(), "rule failed: " + RuleFailure.describe(e));
        }
        return new DocumentResult(document.path(), document.title(), document.format().id(),
                DocumentResult.Status.ANALYZED, document.note(), facts.article().words(), findings, summaries(facts.sources()),
                facts.article().sourcing());
    }

    /** The sources as a result keeps them, without the places of their mentions. */
    static List<SourceSummary> summaries(List<Source> sources) {
        return sources.stream()
                .map(s -> new SourceSummary(s.name(), s.type(), s.party(), s.side(), s.mentions(), s.quotes()))
                .toList();
    }

    /** Reads, decodes and analyses a file; a file that is not text gets a skipped result naming why. */
    public DocumentResult analyze(ContentItem item, Charset charset) {
        return analyzeDocument(item, charset).result();
    }

    /** Like {@link #analyze(ContentItem, Charset)}, keeping the parsed document for report pages. */
    public AnalyzedDocument analyzeDocument(ContentItem item, Charset charset) {
        String text;
        try {
            text = new TextDecoder(charset).read(item.file());
        } catch (TextDecoder.UndecodableContentException e) {
            return new AnalyzedDocument(null, DocumentResult.skipped(item.path(), item.format().id(), e.getMessage()));
        } catch (IOException e) {
            return new AnalyzedDocument(null, DocumentResult.skipped(item.path(), item.format().id(),
                    "cannot be read: " + TextDecoder.describe(e)));
        }
        Document document = reader.read(item.path(), item.format(), text);
        return new AnalyzedDocument(document, analyze(document));
    }

    /** Decodes and analyses a file's bytes, already read (the run reads them once, to hash them too). */
    public AnalyzedDocument analyzeDocument(ContentItem item, byte[] bytes, Charset charset) {
        String text;
        try {
            text = new TextDecoder(charset).decode(bytes);
        } catch (TextDecoder.UndecodableContentException e) {
            return new AnalyzedDocument(null, DocumentResult.skipped(item.path(), item.format().id(), e.getMessage()));
        }
        Document document = reader.read(item.path(), item.format(), text);
        return new AnalyzedDocument(document, analyze(document));
    }

    /** Why each finding of a document was reported: the rule and the facts its conditions matched. */
    public List<org.framecheck.rules.Explanation> explain(Document document) {
        return engine.explain(facts(document));
    }

    /**
     * Why {@code rule} does or does not fire on a document: the first condition each candidate fact
     * fails. {@code ruleDirectories} are those this analyzer's rules were loaded with.
     *
     * @throws IllegalArgumentException for an unknown rule, or one that cannot be taken apart; the message says which
     */
    public WhyNotFired.Report whyNotFired(Document document, String rule, List<Path> ruleDirectories) {
        RuleMetadata meta = engine.rules().rules().get(rule);
        if (meta == null) {
            throw new IllegalArgumentException("unknown rule '" + rule + "'"
                    + NearestName.hint(rule, engine.rules().rules().keySet()));
        }
        RuleFile file = RuleFiles.ruleSource(meta.file(), ruleDirectories)
                .orElseThrow(() -> new IllegalArgumentException("the file of rule '" + rule + "' (" + meta.file() + ") cannot be read"));
        return WhyNotFired.explain(file, rule, facts(document), engine.rules());
    }

    /** The facts the rules see for a document: for rule authors and tools that explain findings. */
    public DocumentFacts facts(Document document) {
        return extractor.extract(document);
    }

    public Document read(String path, ContentFormat format, String text) {
        return reader.read(path, format, text);
    }
}
