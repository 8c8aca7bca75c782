package org.framecheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.framecheck.facts.Source;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.findings.Severity;

/**
 * What the overview page ({@code index.html}) shows, worked out in Java so that the template only lays
 * it out: per-article density, the ranking of the articles that lean most, chart geometry, colour
 * slots and a flat findings table with its sort keys.
 *
 * @param report      the report
 * @param palette     category colours
 * @param categories  findings by category, as a bar chart
 * @param articles    every article, by path
 * @param leaning     up to {@link #LEANING} articles with findings, most findings per 1,000 words first
 * @param sourceTypes the source types cited anywhere in the report, for the sourcing chart's legend
 * @param findings    every finding of every article, by path and position
 */
public record Overview(Report report, CategoryPalette palette, BarChart categories, List<ArticleRow> articles,
                       List<ArticleRow> leaning, List<SourceTypeKey> sourceTypes, List<FindingRow> findings) {

    /** How many articles "lean most" lists. */
    public static final int LEANING = 10;

    /**
     * One article in the overview.
     *
     * @param document the article's result
     * @param page     its page, relative to the report folder
     * @param hasPage  whether that page exists: only analysed articles get one
     * @param density  findings per 1,000 words (0 for an article without words)
     * @param per1000  {@code density} as shown, with one decimal
     * @param sourcing who the article cites, as a stacked bar
     */
    public record ArticleRow(DocumentResult document, String page, boolean hasPage, double density, String per1000,
                             SourcingBar sourcing) {

        static ArticleRow of(DocumentResult d) {
            double density = d.words() == 0 ? 0 : d.findings().size() * 1000.0 / d.words();
            return new ArticleRow(d, ReportPaths.articlePage(d.path()), d.status() == DocumentResult.Status.ANALYZED,
                    density, String.format(Locale.ROOT, "%.1f", density), SourcingBar.of(d.sources()));
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
        leaning = List.copyOf(leaning);
        sourceTypes = List.copyOf(sourceTypes);
        findings = List.copyOf(findings);
    }

    public static Overview of(Report report) {
        CategoryPalette palette = CategoryPalette.of(report.rules());
        List<ArticleRow> articles = report.documents().stream().map(ArticleRow::of).toList();
        List<ArticleRow> leaning = articles.stream()
                .filter(a -> a.document().words() > 0 && !a.document().findings().isEmpty())
                .sorted(Comparator.comparingDouble(ArticleRow::density).reversed()
                        .thenComparing(a -> a.document().findings().size(), Comparator.reverseOrder())
                        .thenComparing(a -> a.document().path()))
                .limit(LEANING)
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
            a.document().sources().stream().map(Source::type).forEach(types::add);
        }
        List<SourceTypeKey> keys = types.stream().map(t -> new SourceTypeKey(t, SourcingBar.slot(t))).toList();
        return new Overview(report, palette, BarChart.of(report.summary().byCategory(), palette), articles, leaning,
                keys, findings);
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
