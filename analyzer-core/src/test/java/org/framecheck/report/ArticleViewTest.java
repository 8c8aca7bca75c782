package org.framecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.framecheck.TestAnalyzer;
import org.framecheck.document.Document;
import org.framecheck.document.DocumentReader;
import org.framecheck.findings.DocumentResult;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;

class ArticleViewTest {

    @Test
    void overlappingFindingsShareASegmentAndEachIsAnchoredOnce() {
        Document document = new DocumentReader().read("world/a.txt", ContentFormat.TEXT, "The militia said its fighters took what it called \"help\".");
        DocumentResult result = TestAnalyzer.get().analyze(document);
        assertThat(result.findings()).extracting(f -> f.rule() + " " + f.text())
                .containsExactly("self-sourced-claim The militia said", "militia-label militia", "distancing-frame what it called");

        ArticleView view = ArticleView.of(document, result);

        List<ArticleView.Segment> segments = view.paragraphs().get(0).segments();
        assertThat(segments).extracting(ArticleView.Segment::text).containsExactly("The ", "militia", " said", " its fighters took ", "what it called", " \"help\".");
        assertThat(segments).extracting(ArticleView.Segment::findings)
                .containsExactly(List.of(0), List.of(0, 1), List.of(0), List.of(), List.of(2), List.of());
        assertThat(segments).extracting(ArticleView.Segment::starts)
                .containsExactly(List.of(0), List.of(1), List.of(), List.of(), List.of(2), List.of());
        assertThat(segments).extracting(ArticleView.Segment::overlapping).containsExactly(false, true, false, false, false, false);
        assertThat(view.highlighted(1)).isTrue();
        assertThat(view.highlighted(3)).isFalse();
        assertThat(view.page()).isEqualTo(ReportPaths.articlePage("world/a.txt"));
        assertThat(view.root()).isEqualTo("../../");
        assertThat(view.ruleLink("hedged-attribution")).isEqualTo("../../rules.html#rule-hedged-attribution");
        assertThat(ArticleView.findingId(2)).isEqualTo("f-2");
    }

    @Test
    void entitiesAreDecodedInFindingsExcerptsAndPagesWhileOffsetsStayInTheFile() {
        String html = "<p>Tehran&#39;s &quot;Axis of Resistance&quot; grew &amp; what he called its &ldquo;ongoing support&rdquo; held.</p>";
        Document document = new DocumentReader().read("a.html", ContentFormat.HTML, html);
        DocumentResult result = TestAnalyzer.get().analyze(document);

        assertThat(result.findings()).extracting(f -> f.rule() + " " + f.text() + " = " + html.substring(f.start(), f.end()))
                .contains("unattributed-quoted-phrase \"Axis of Resistance\" = &quot;Axis of Resistance&quot;",
                        "distancing-frame what he called = what he called");
        assertThat(result.findings().get(0).excerpt().before()).isEqualTo("Tehran's ");

        List<ArticleView.Segment> segments = ArticleView.of(document, result).paragraphs().get(0).segments();
        assertThat(String.join("", segments.stream().map(ArticleView.Segment::text).toList()).strip())
                .isEqualTo("Tehran's \"Axis of Resistance\" grew & what he called its \u201congoing support\u201d held.");
    }
}
