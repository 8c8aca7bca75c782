package org.framecheck.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.findings.Severity;

/**
 * What {@code report.md} lists, cut to fit a pull-request comment. GitHub refuses comments over 65,536
 * characters, so the file stays within {@link #LIMIT}: {@link #fit} renders with fewer and fewer
 * findings until the whole text fits, and the template then says what was left out and points to the
 * HTML report. The budget is measured on the rendered text rather than estimated, so template changes
 * cannot break it.
 *
 * @param report          the whole report
 * @param sections        the articles listed, those an editor acts on first (new findings since the
 *                        baseline, then errors and warnings), then those not analysed
 * @param cleanArticles   analysed articles without findings, counted rather than listed
 * @param omittedFindings findings left out to stay within the limit
 * @param omittedArticles listed-worthy articles left out entirely
 * @param omittedByRule   the findings left out, counted by rule and severity, most first: what the rest
 *                        of the folder holds, in numbers
 */
public record MarkdownReport(Report report, List<Section> sections, int cleanArticles, int omittedFindings,
                             int omittedArticles, List<Omitted> omittedByRule) {

    /** How many findings of one rule, at one severity, a shortened report leaves out. */
    public record Omitted(String rule, Severity severity, int findings) {
    }

    /** The longest {@code report.md} may be, in UTF-16 units (never fewer than GitHub's characters). */
    public static final int LIMIT = 60_000;

    /** Articles with more findings than this list them inside {@code <details>}. */
    public static final int COLLAPSE_OVER = 10;

    /**
     * One article's part of the comment.
     *
     * @param document  the article
     * @param findings  the findings listed
     * @param collapsed whether they go inside {@code <details>}: the article has more than {@link #COLLAPSE_OVER}
     * @param omitted   how many of its findings were left out
     */
    public record Section(DocumentResult document, List<Finding> findings, boolean collapsed, int omitted) {
        public Section {
            findings = List.copyOf(findings);
        }
    }

    /** Renders a model to text. */
    @FunctionalInterface
    public interface Renderer {
        String render(MarkdownReport model) throws IOException;
    }

    public MarkdownReport {
        sections = List.copyOf(sections);
        omittedByRule = List.copyOf(omittedByRule);
    }

    /** Whether anything was left out. */
    public boolean truncated() {
        return omittedFindings > 0 || omittedArticles > 0;
    }

    /** Everything, uncut. */
    public static MarkdownReport of(Report report) {
        return of(report, Integer.MAX_VALUE);
    }

    /**
     * The report with only its first {@code items} items, what needs action first: each finding is one
     * item, and so is each article that was not analysed (it shows its reason instead).
     */
    public static MarkdownReport of(Report report, int items) {
        List<Section> sections = new ArrayList<>();
        int clean = 0;
        int left = items;
        int omittedFindings = 0;
        int omittedArticles = 0;
        Map<String, Map<Severity, Integer>> omitted = new TreeMap<>();
        for (DocumentResult d : actionFirst(report)) {
            List<Finding> findings = findingsFirstToAct(report, d);
            boolean analyzed = d.status() == DocumentResult.Status.ANALYZED;
            if (analyzed && findings.isEmpty()) {
                clean++;
                continue;
            }
            int cost = Math.max(1, findings.size());
            int taken = Math.min(left, cost);
            left -= taken;
            if (taken == 0) {
                omittedArticles++;
                omittedFindings += findings.size();
                findings.forEach(f -> count(omitted, f));
                continue;
            }
            int shown = findings.isEmpty() ? 0 : taken;
            sections.add(new Section(d, findings.subList(0, shown), findings.size() > COLLAPSE_OVER, findings.size() - shown));
            omittedFindings += findings.size() - shown;
            findings.subList(shown, findings.size()).forEach(f -> count(omitted, f));
        }
        List<Omitted> byRule = new ArrayList<>();
        omitted.forEach((rule, bySeverity) -> bySeverity.forEach((severity, n) -> byRule.add(new Omitted(rule, severity, n))));
        byRule.sort(Comparator.comparing(Omitted::severity, Comparator.reverseOrder())
                .thenComparing(Omitted::findings, Comparator.reverseOrder()).thenComparing(Omitted::rule));
        return new MarkdownReport(report, sections, clean, omittedFindings, omittedArticles, byRule);
    }

    private static void count(Map<String, Map<Severity, Integer>> omitted, Finding f) {
        omitted.computeIfAbsent(f.rule(), k -> new TreeMap<>()).merge(f.severity(), 1, Integer::sum);
    }

    /**
     * Articles in the order an editor acts on them: those with findings new since the baseline, then
     * by errors and warnings, most first; articles not analysed after them; by path within each.
     */
    private static List<DocumentResult> actionFirst(Report report) {
        return report.documents().stream().sorted(Comparator
                .comparingInt((DocumentResult d) -> -(int) d.findings().stream().filter(f -> report.isNew(d, f)).count())
                .thenComparingInt(d -> -count(d, Severity.ERROR))
                .thenComparingInt(d -> -count(d, Severity.WARNING))
                .thenComparing(d -> d.status() != DocumentResult.Status.ANALYZED)
                .thenComparing(DocumentResult::path)).toList();
    }

    /** An article's findings, new ones first, then by severity (errors first), then by position. */
    private static List<Finding> findingsFirstToAct(Report report, DocumentResult d) {
        return d.findings().stream().sorted(Comparator
                .comparing((Finding f) -> !report.isNew(d, f))
                .thenComparing(Finding::severity, Comparator.reverseOrder())
                .thenComparingInt(Finding::start)).toList();
    }

    private static int count(DocumentResult d, Severity severity) {
        return (int) d.findings().stream().filter(f -> f.severity() == severity).count();
    }

    /**
     * The longest rendering of {@code report} within {@code limit} characters: everything if it fits,
     * else as many items as fit (found by bisection, each step a real rendering). If even no item fits,
     * the summary alone is returned, whatever its length.
     */
    public static String fit(Report report, int limit, Renderer renderer) throws IOException {
        int total = items(report);
        String all = renderer.render(of(report, total));
        if (all.length() <= limit) {
            return all;
        }
        int low = 0;
        String best = renderer.render(of(report, 0));
        int high = total - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            String text = renderer.render(of(report, mid));
            if (text.length() <= limit) {
                low = mid;
                best = text;
            } else {
                high = mid - 1;
            }
        }
        return best;
    }

    private static int items(Report report) {
        int items = 0;
        for (DocumentResult d : report.documents()) {
            if (d.status() != DocumentResult.Status.ANALYZED || !d.findings().isEmpty()) {
                items += Math.max(1, d.findings().size());
            }
        }
        return items;
    }
}
