package org.framecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Excerpt;
import org.framecheck.findings.Finding;
import org.framecheck.findings.Severity;
import org.framecheck.findings.SourceSummary;
import org.framecheck.rules.RuleMetadata;
import org.junit.jupiter.api.Test;

/** The view models behind the HTML pages: numbers, rankings, geometry and colour slots. */
class OverviewTest {

    private static RuleMetadata rule(String id, String category) {
        return new RuleMetadata(id, category, Severity.WARNING, "m", "e", "r", "s", "ex", "counter", "info", "span", "x.drl", 1);
    }

    private static Finding finding(String rule, String category, Severity severity, int start) {
        return new Finding(rule, category, severity, "m", "s", 1, start + 1, 1, start + 5, start, start + 4, "text",
                false, new Excerpt("", "text", ""));
    }

    private static DocumentResult article(String path, int words, int findings, List<SourceSummary> sources) {
        List<Finding> list = new ArrayList<>();
        for (int i = 0; i < findings; i++) {
            list.add(finding("label", "contentious-label", Severity.WARNING, i * 10));
        }
        return new DocumentResult(path, "", "text", DocumentResult.Status.ANALYZED, "", words, list, sources, "");
    }

    @Test
    void densityIsFindingsPerThousandWordsWithOneDecimal() {
        Overview.ArticleRow row = Overview.ArticleRow.of(article("a.txt", 472, 10, List.of()));

        assertThat(row.density()).isEqualTo(10 * 1000.0 / 472);
        assertThat(row.per1000()).isEqualTo("21.2");
        assertThat(row.page()).isEqualTo(ReportPaths.articlePage("a.txt"));
        assertThat(row.hasPage()).isTrue();
        assertThat(Overview.ArticleRow.of(article("empty.txt", 0, 0, List.of())).per1000()).isEqualTo("0.0");
        assertThat(Overview.ArticleRow.of(DocumentResult.skipped("x.txt", "text", "not text")).hasPage()).isFalse();
    }

    @Test
    void toActListsTheTenArticlesWithMostWarningsThenDensity() {
        List<DocumentResult> docs = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            docs.add(article(String.format("d%02d.txt", i), 1000, i, List.of()));
        }
        docs.add(article("tie-a.txt", 2000, 12, List.of()));  // as many warnings as d12, half as dense
        docs.add(article("clean.txt", 100, 0, List.of()));
        Overview overview = Overview.of(Report.of("t", docs, List.of(rule("label", "contentious-label"))));

        assertThat(overview.toAct()).extracting(a -> a.document().path())
                .containsExactly("d12.txt", "tie-a.txt", "d11.txt", "d10.txt", "d09.txt", "d08.txt", "d07.txt", "d06.txt", "d05.txt", "d04.txt");
        assertThat(overview.toAct().get(0).why()).isEqualTo("12 warnings (label \u00d712)");
        assertThat(overview.articles()).hasSize(14);
    }

    @Test
    void errorsRankBeforeWarningsAndSourcingGapsBeforeCleanArticlesAndTheRowSaysWhy() {
        DocumentResult warned = article("warned.txt", 100, 3, List.of());
        DocumentResult erred = new DocumentResult("erred.txt", "", "text", DocumentResult.Status.ANALYZED, "", 1000,
                List.of(finding("scare-quotes", "scare-quotes", Severity.ERROR, 0), finding("label", "contentious-label", Severity.WARNING, 10)),
                List.of(), "");
        DocumentResult unheard = new DocumentResult("unheard.txt", "", "text", DocumentResult.Status.ANALYZED, "", 1000,
                List.of(finding("unheard-side", "sourcing", Severity.INFO, 0), finding("so-called", "hedged-attribution", Severity.INFO, 10)),
                List.of(), "");
        DocumentResult onlyInfo = new DocumentResult("info.txt", "", "text", DocumentResult.Status.ANALYZED, "", 10,
                List.of(finding("so-called", "hedged-attribution", Severity.INFO, 0)), List.of(), "");
        Overview overview = Overview.of(Report.of("t", List.of(onlyInfo, unheard, warned, erred),
                List.of(rule("label", "contentious-label"))));

        assertThat(overview.toAct()).extracting(a -> a.document().path() + ": " + a.why()).containsExactly(
                "erred.txt: 1 error, 1 warning (label, scare-quotes)",
                "warned.txt: 3 warnings (label \u00d73)",
                "unheard.txt: sourcing: unheard-side");
    }

    @Test
    void findingRowsLinkToTheirEntryOnTheArticlePageAndSortErrorsFirst() {
        DocumentResult d = new DocumentResult("w/a.md", "", "markdown", DocumentResult.Status.ANALYZED, "", 100,
                List.of(finding("label", "contentious-label", Severity.INFO, 0), finding("new-rule", "brand-new", Severity.ERROR, 10)),
                List.of(), "");
        Overview overview = Overview.of(Report.of("t", List.of(d), List.of(rule("label", "contentious-label"), rule("x", "sourcing"))));

        assertThat(overview.findings()).extracting(Overview.FindingRow::link)
                .containsExactly(ReportPaths.articlePage("w/a.md") + "#f-0", ReportPaths.articlePage("w/a.md") + "#f-1");
        assertThat(overview.findings()).extracting(Overview.FindingRow::severityOrder).containsExactly(3, 1);
        assertThat(overview.findings()).extracting(Overview.FindingRow::slot).containsExactly("0", "none");
    }

    @Test
    void paletteSlotsFollowTheSortedCategoriesOfTheActiveRules() {
        List<RuleMetadata> rules = new ArrayList<>();
        for (char c = 'l'; c >= 'a'; c--) {   // 12 categories, given out of order, one with two rules
            rules.add(rule("rule-" + c, "cat-" + c));
        }
        rules.add(rule("rule-a2", "cat-a"));
        CategoryPalette palette = CategoryPalette.of(rules);

        assertThat(palette.categories()).hasSize(12).startsWith("cat-a", "cat-b");
        assertThat(palette.slot("cat-a")).isEqualTo("0");
        assertThat(palette.slot("cat-j")).isEqualTo("9");
        assertThat(palette.slot("cat-k")).as("past the stylesheet's ten colours, they repeat").isEqualTo("0");
        assertThat(palette.slot("unknown")).isEqualTo("none");
        assertThat(palette.categoriesOf(List.of(finding("x", "zzz", Severity.INFO, 0), finding("x", "cat-c", Severity.INFO, 5),
                finding("x", "cat-b", Severity.INFO, 9), finding("x", "cat-c", Severity.INFO, 20))))
                .containsExactly("cat-b", "cat-c", "zzz");
    }

    @Test
    void barChartScalesToTheLargestCountAndMakesRoomForTheLongestLabel() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("contentious-label", 8);
        counts.put("loaded-attribution-verb", 3);
        counts.put("rare", 0);
        counts.put("tiny", 0);
        counts.put("one", 1);
        BarChart chart = BarChart.of(counts, CategoryPalette.of(List.of(rule("a", "contentious-label"), rule("b", "loaded-attribution-verb"))));

        assertThat(chart.labelX()).isEqualTo("loaded-attribution-verb".length() * 8);
        assertThat(chart.barX()).isEqualTo(chart.labelX() + 8);
        assertThat(chart.width()).isEqualTo(chart.barX() + 360 + 48);
        assertThat(chart.height()).isEqualTo(4 + 5 * 28);
        assertThat(chart.bars()).extracting(BarChart.Bar::width).containsExactly(360, 135, 0, 0, 45);
        assertThat(chart.bars()).extracting(BarChart.Bar::y).containsExactly(4, 32, 60, 88, 116);
        assertThat(chart.bars()).extracting(BarChart.Bar::slot).containsExactly("0", "1", "none", "none", "none");
        assertThat(chart.bars().get(0).countX()).isEqualTo(chart.barX() + 360 + 6);

        Map<String, Integer> skewed = new LinkedHashMap<>();
        skewed.put("a", 1000);
        skewed.put("b", 1);
        assertThat(BarChart.of(skewed, CategoryPalette.of(List.of())).bars()).extracting(BarChart.Bar::width)
                .as("a non-zero count stays visible").containsExactly(360, 2);
        assertThat(BarChart.of(skewed, CategoryPalette.of(List.of())).labelX()).as("short labels keep a minimum column").isEqualTo(96);
    }

    @Test
    void sourcingBarSharesItsWidthByMentionsInSourceTypeOrder() {
        SourcingBar bar = SourcingBar.of(List.of(
                new SourceSummary("Qassem", "person", "person:" + "Qassem", "", 2, 2),
                new SourceSummary("a diplomat", "anonymous", "person:" + "a diplomat", "", 1, 0),
                new SourceSummary("the ministry", "official", "person:" + "the ministry", "", 3, 1),
                new SourceSummary("the NGO", "ngo", "person:" + "the NGO", "", 1, 0),
                new SourceSummary("Larijani", "person", "person:" + "Larijani", "", 2, 2)));

        assertThat(bar.mentions()).isEqualTo(9);
        assertThat(bar.sources()).isEqualTo(5);
        assertThat(bar.pieces()).extracting(SourcingBar.Piece::type).containsExactly("anonymous", "official", "ngo", "person");
        assertThat(bar.pieces()).extracting(SourcingBar.Piece::mentions).containsExactly(1, 3, 1, 4);
        assertThat(bar.pieces()).extracting(SourcingBar.Piece::slot).containsExactly("0", "6", "9", "13");
        assertThat(bar.pieces()).extracting(SourcingBar.Piece::x).containsExactly(0, 33, 133, 167);
        assertThat(bar.pieces()).extracting(SourcingBar.Piece::width).containsExactly(33, 100, 34, 133);
        assertThat(SourcingBar.of(List.of()).pieces()).isEmpty();
    }

    @Test
    void ruleCatalogGroupsRulesByCategoryInPaletteOrder() {
        RuleCatalog catalog = RuleCatalog.of(List.of(rule("state-media-source", "sourcing"), rule("so-called", "hedged-attribution"),
                rule("self-sourced-claim", "sourcing")));

        assertThat(catalog.groups()).extracting(RuleCatalog.Group::category).containsExactly("hedged-attribution", "sourcing");
        assertThat(catalog.groups()).extracting(RuleCatalog.Group::slot).containsExactly("0", "1");
        assertThat(catalog.groups().get(1).rules()).extracting(RuleMetadata::id).containsExactly("self-sourced-claim", "state-media-source");
        assertThat(catalog.size()).isEqualTo(3);
    }
}
