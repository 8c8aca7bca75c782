package org.framecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Excerpt;
import org.framecheck.findings.Finding;
import org.framecheck.findings.Severity;
import org.framecheck.findings.SourceSummary;
import org.framecheck.rules.RuleMetadata;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    private static final RuleMetadata RULE = new RuleMetadata("loaded-attribution-verb", "loaded-attribution-verb",
            Severity.WARNING, "m", "e", "r", "said", "ex", "counter", "info", "span", "x.drl", 1);

    private static Finding finding(int line) {
        return new Finding("loaded-attribution-verb", "loaded-attribution-verb", Severity.WARNING,
                "'claimed' judges the speaker instead of reporting what was said", "said", line, 5, line, 12,
                line * 100, line * 100 + 7, "claimed", false, new Excerpt("The minister ", "claimed", " it worked."));
    }

    private static DocumentResult article(String path, int findings) {
        List<Finding> list = new ArrayList<>();
        for (int i = 1; i <= findings; i++) {
            list.add(finding(i));
        }
        return new DocumentResult(path, "", "markdown", DocumentResult.Status.ANALYZED, "", 500, list,
                List.of(new SourceSummary("the minister", "official", "person:" + "the minister", "", 1, 0)), "1 source: 1 official");
    }

    private static String render(Report report) throws IOException {
        StringWriter out = new StringWriter();
        TemplateRenderer.markdown(null).render(report, out);
        return out.toString();
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void smallReportListsEveryFindingAndCollapsesOnlyLongArticles() throws IOException {
        Report report = Report.of("t", List.of(article("a.md", 10), article("b.md", 11), article("c.md", 0),
                DocumentResult.skipped("d.bin.md", "markdown", "not text")), List.of(RULE));

        String md = render(report);

        assertThat(count(md, "^- a\\.md:\\d+ \\*\\*loaded-attribution-verb\\*\\* \\(warning\\): “claimed” — .* \\*Suggestion:\\* said$")).isEqualTo(10);
        assertThat(count(md, "^- b\\.md:\\d+ ")).isEqualTo(11);
        assertThat(md).contains("### b.md\n\n*Sources:* 1 source: 1 official\n\n<details><summary>11 findings</summary>\n\n- b.md:1 ");
        assertThat(md).contains("- b.md:11 **loaded-attribution-verb** (warning): “claimed” — 'claimed' judges the speaker instead of reporting what was said *Suggestion:* said\n\n</details>\n");
        assertThat(count(md, "<details>")).as("a.md has exactly 10 findings: not collapsed").isEqualTo(1);
        assertThat(md).doesNotContain("### c.md").contains("Articles without findings: 1.");
        assertThat(md).contains("### d.bin.md\n\n*skipped: not text*\n");
        assertThat(md).doesNotContain("Shortened");
    }

    @Test
    void longReportStopsAtSixtyThousandCharactersAndSaysWhatItLeftOut() throws IOException {
        List<DocumentResult> docs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            docs.add(article(String.format("world/article-%02d.md", i), 12));
        }
        Report report = Report.of("t", docs, List.of(RULE));
        int total = 60 * 12;

        String md = render(report);

        assertThat(md.length()).isLessThanOrEqualTo(MarkdownReport.LIMIT).isGreaterThan(MarkdownReport.LIMIT - 1_000);
        int listed = count(md, "^- world/article-\\d\\d\\.md:\\d+ ");
        int articlesListed = count(md, "^### world/article-");
        Matcher note = Pattern.compile("> \\*\\*Shortened to fit a comment:\\*\\* (\\d+) more findings \\((\\d+) articles not listed at all\\) "
                + "are left out here\\. The HTML report \\(`index\\.html` in the report folder\\) shows them all\\.").matcher(md);
        assertThat(note.find()).as("the note naming what was left out").isTrue();
        assertThat(Integer.parseInt(note.group(1))).isEqualTo(total - listed);
        assertThat(Integer.parseInt(note.group(2))).isEqualTo(60 - articlesListed);
        // The last article listed says how many of its own findings are left out, if any.
        int leftInLast = articlesListed * 12 - listed;
        assertThat(count(md, "^- \\*…and " + leftInLast + " more in the HTML report\\.\\*$")).isEqualTo(leftInLast > 0 ? 1 : 0);
        assertThat(count(md, "<details>")).isEqualTo(articlesListed).isEqualTo(count(md, "</details>"));
        // what was left out, in numbers: one row per rule and severity
        assertThat(md).contains("| Left out | Severity | Findings |\n|---|---|---:|\n| loaded-attribution-verb | warning | "
                + (total - listed) + " |\n");
        // As much as fits: one more finding would pass the limit.
        TemplateRenderer renderer = TemplateRenderer.markdown(null);
        assertThat(renderer.markdownText(MarkdownReport.of(report, listed))).isEqualTo(md);
        assertThat(renderer.markdownText(MarkdownReport.of(report, listed + 1)).length()).isGreaterThan(MarkdownReport.LIMIT);
    }

    @Test
    void fitKeepsAsManyItemsAsTheLimitAllows() throws IOException {
        Report report = Report.of("t", List.of(article("a.md", 30), article("b.md", 30)), List.of(RULE));
        // A renderer whose length is known exactly: 100 characters of summary plus 10 per finding listed.
        MarkdownReport.Renderer fake = m -> "x".repeat(100 + 10 * m.sections().stream().mapToInt(s -> s.findings().size()).sum());

        assertThat(MarkdownReport.fit(report, 10_000, fake)).hasSize(700);
        assertThat(MarkdownReport.fit(report, 555, fake)).hasSize(550);
        assertThat(MarkdownReport.fit(report, 50, fake)).as("nothing fits: the summary alone").hasSize(100);

        MarkdownReport cut = MarkdownReport.of(report, 45);
        assertThat(cut.sections()).hasSize(2);
        assertThat(cut.sections().get(0).findings()).hasSize(30);
        assertThat(cut.sections().get(1).findings()).hasSize(15);
        assertThat(cut.sections().get(1).omitted()).isEqualTo(15);
        assertThat(cut.omittedFindings()).isEqualTo(15);
        assertThat(cut.omittedArticles()).isZero();
        assertThat(cut.omittedByRule()).containsExactly(new MarkdownReport.Omitted("loaded-attribution-verb", Severity.WARNING, 15));
        assertThat(MarkdownReport.of(report, 30).omittedArticles()).isEqualTo(1);
        assertThat(MarkdownReport.of(report).truncated()).isFalse();
    }
}
