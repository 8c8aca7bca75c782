package org.framecheck.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.findings.Severity;

/**
 * Totals over a run, in the order reports show them.
 *
 * @param documents  documents found
 * @param analyzed   documents analysed
 * @param skipped    documents skipped (not text, switched off)
 * @param failed     documents whose analysis failed
 * @param words      words analysed
 * @param findings   findings in all
 * @param bySeverity findings per severity id, error first
 * @param byCategory findings per category, sorted by name
 * @param byRule     findings per rule id, sorted by id
 * @param suppressed findings that editors switched off in the articles (counted, never hidden)
 */
public record Summary(int documents, int analyzed, int skipped, int failed, long words, int findings,
                      Map<String, Integer> bySeverity, Map<String, Integer> byCategory, Map<String, Integer> byRule,
                      int suppressed) {

    public static Summary of(List<DocumentResult> documents) {
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            bySeverity.put(s.id(), 0);
        }
        Map<String, Integer> byCategory = new TreeMap<>();
        Map<String, Integer> byRule = new TreeMap<>();
        int analyzed = 0;
        int skipped = 0;
        int failed = 0;
        long words = 0;
        int findings = 0;
        int suppressed = 0;
        for (DocumentResult d : documents) {
            suppressed += d.suppressed().size();
            switch (d.status()) {
                case ANALYZED -> analyzed++;
                case SKIPPED -> skipped++;
                default -> failed++;
            }
            words += d.words();
            for (Finding f : d.findings()) {
                findings++;
                bySeverity.merge(f.severity().id(), 1, Integer::sum);
                byCategory.merge(f.category(), 1, Integer::sum);
                byRule.merge(f.rule(), 1, Integer::sum);
            }
        }
        return new Summary(documents.size(), analyzed, skipped, failed, words, findings, bySeverity, byCategory, byRule,
                suppressed);
    }

    public int count(Severity severity) {
        return bySeverity.getOrDefault(severity.id(), 0);
    }
}
