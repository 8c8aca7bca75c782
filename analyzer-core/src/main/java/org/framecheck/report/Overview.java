package org.framecheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.findings.Severity;
import org.framecheck.findings.SourceSummary;

/**
 * What the overview page ({@code index.html}) shows, worked out in Java so that the template only lays
 * it out: per-article density, the ranking of the articles an editor must act on first and why, chart geometry, colour
 * slots and a flat findings table with its sort keys.
 *
 * @param report      the report
 * @param palette     category colours
 * @param categories  findings by category, as a bar chart
 * @param articles    every article, by path
 * @param toAct       up to {@link #TO_ACT} articles an editor must act on, most urgent first: errors,
 *                    then warnings, then sourcing gaps, then findings per 1,000 words
 * @param sourceTypes the source types cited anywhere in the report, for the sourcing chart's legend
 * @param findings    every finding of every article, by path and position
 * @param authors     the authors the articles' front matter or meta tags name, sorted, for the articles filter
 * @param sections    their sections, sorted
 * @param dates       their dates, newest first
 */
public record Overview(Report report, CategoryPalette palette, BarChart categories, List<ArticleRow> articles,
                       List<ArticleRow> toAct, List<SourceTypeKey> sourceTypes, List<FindingRow> findings,
                       List<String> authors, List<String> sections, List<String> dates) {

    /** How many articles "to act on first" lists. */
    public static final int TO_ACT = 10;

    private static final String SOURCING = "sourcing";

    /**
     * One article in the overview.
     *
     * @param document the article's result
     * @param page     its page, relative to the report folder
     * @param hasPage  whether that page exists: only analysed articles get one
     * @param density  findings per 1,000 words (0 for an article without words)
     * @param per1000  {@code density} as shown, with one decimal
     * @param sourcing who the article cites, as a stacked bar
     * @param errors       its error findings
     * @param warnings     its warning findings
     * @param sourcingGaps its findings about sourcing, of any severity ("the other side not heard")
     * @param why          why it ranks where it does: the counts and the rules behind them
     */
    public record ArticleRow(DocumentResult document, String page, boolean hasPage, double density, String per1000,
                             SourcingBar sourcing, int errors, int warnings, int sourcingGaps, String why) {

        static ArticleRow of(DocumentResult d) {
            double density = d.words() == 0 ? 0 : d.findings().size() * 1000.0 / d.words();
            int errors = count(d, Severity.ERROR);
            int warnings = count(d, Severity.WARNING);
            int gaps = (int) d.findings().stream().filter(f -> f.category().equals(SOURCING)).count();
            return new ArticleRow(d, ReportPaths.articlePage(d.path()), d.status() == DocumentResult.Status.ANALYZED,
                    density, String.format(Locale.ROOT, "%.1f", density), SourcingBar.of(d.sources()),
                    errors, warnings, gaps, why(d, errors, warnings));
        }

        /** Worth an editor's attention: an error, a warning, or a gap in the sourcing. */
        boolean needsAction() {
            return errors + warnings + sourcingGaps > 0;
        }

        private static int count(DocumentResult d, Severity severity) {
            return (int) d.findings().stream().filter(f -> f.severity() == severity).count();
        }

        /** "1 error, 2 warnings (claim-verb, vague-source); sourcing: unheard-side". */
        private static String why(DocumentResult d, int errors, int warnings) {
            List<String> parts = new ArrayList<>();
            if (errors > 0) {
                parts.add(errors + (errors == 1 ? " error" : " errors"));
            }
            if (warnings > 0) {
                parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
            }
            StringBuilder sb = new StringBuilder(String.join(", ", parts));
            Map<String, Integer> serious = ruleCounts(d, f -> f.severity() != Severity.INFO);
            if (!serious.isEmpty()) {
                sb.append(" (").append(listed(serious)).append(')');
            }
            Map<String, Integer> sourcing = ruleCounts(d, f -> f.severity() == Severity.INFO && f.category().equals(SOURCING));
            if (!sourcing.isEmpty()) {
                sb.append(sb.length() > 0 ? "; " : "").append("sourcing: ").append(listed(sourcing));
            }
            return sb.toString();
        }

        private static Map<String, Integer> ruleCounts(DocumentResult d, Predicate<Finding> which) {
            Map<String, Integer> counts = new TreeMap<>();
            d.findings().stream().filter(which).forEach(f -> counts.merge(f.rule(), 1, Integer::sum));
            return counts;
        }

        private static String listed(Map<String, Integer> counts) {
            List<String> out = new ArrayList<>();
            counts.forEach((rule, n) -> out.add(n == 1 ? rule : rule + " \u00d7" + n));
            return String.join(", ", out);
        }
    }

    /**
     * One row of the findings table.
     *
     * @param document      the article it is in
     * @param finding       the finding
     * @param link          its entry on the article's page, relative to the report folder
     * @param slot          its category's colour slot
     * @param severityOrder sort key: 1 for errors, 2 for warnings, 3 for info, so ascending puts errors first
     */
    public record FindingRow(DocumentResult document, Finding finding, String link, String slot, int severityOrder) {
    }

    /** A source type in the sourcing chart's legend, with its colour slot. */
    public record SourceTypeKey(String type, String slot) {
    }

    public Overview {
        articles = List.copyOf(articles);
        toAct = List.copyOf(toAct);
        sourceTypes = List.copyOf(sourceTypes);
        findings = List.copyOf(findings);
        authors = List.copyOf(authors);
        sections = List.copyOf(sections);
        dates = List.copyOf(dates);
    }

    /** Whether the articles carry any author, section or date to filter on. */
    public boolean hasDetails() {
        return !authors.isEmpty() || !sections.isEmpty() || !dates.isEmpty();
    }

    private static List<String> detail(Report report, String key) {
        return report.documents().stream().map(d -> d.details().get(key)).filter(v -> v != null && !v.isBlank())
                .distinct().sorted().toList();
    }

    public static Overview of(Report report) {
        CategoryPalette palette = CategoryPalette.of(report.rules());
        List<ArticleRow> articles = report.documents().stream().map(ArticleRow::of).toList();
        List<ArticleRow> toAct = articles.stream()
                .filter(ArticleRow::needsAction)
                .sorted(Comparator.comparingInt(ArticleRow::errors).reversed()
                        .thenComparing(Comparator.comparingInt(ArticleRow::warnings).reversed())
                        .thenComparing(Comparator.comparingInt(ArticleRow::sourcingGaps).reversed())
                        .thenComparing(Comparator.comparingDouble(ArticleRow::density).reversed())
                        .thenComparing(a -> a.document().path()))
                .limit(TO_ACT)
                .toList();
        List<FindingRow> findings = new ArrayList<>();
        TreeSet<String> types = new TreeSet<>(SourcingBar.TYPE_ORDER);
        for (ArticleRow a : articles) {
            List<Finding> fs = a.document().findings();
            for (int i = 0; i < fs.size(); i++) {
                Finding f = fs.get(i);
                findings.add(new FindingRow(a.document(), f, a.page() + "#" + ArticleView.findingId(i),
                        palette.slot(f.category()), severityOrder(f.severity())));
            }
            a.document().sources().stream().map(SourceSummary::type).forEach(types::add);
        }
        List<SourceTypeKey> keys = types.stream().map(t -> new SourceTypeKey(t, SourcingBar.slot(t))).toList();
        List<String> dates = new ArrayList<>(detail(report, "date"));
        java.util.Collections.reverse(dates);
        return new Overview(report, palette, BarChart.of(report.summary().byCategory(), palette), articles, toAct,
                keys, findings, detail(report, "author"), detail(report, "section"), dates);
    }

    /** Whether any article cites a source, so the sourcing chart has something to show. */
    public boolean hasSources() {
        return !sourceTypes.isEmpty();
    }

    private static int severityOrder(Severity severity) {
        return switch (severity) {
            case ERROR -> 1;
            case WARNING -> 2;
            case INFO -> 3;
        };
    }
}
