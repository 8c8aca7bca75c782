package org.framecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.framecheck.TestAnalyzer;
import org.framecheck.findings.DocumentResult;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;

class ReportRenderingTest {

    private static final String HOSTILE = """
            ---
            title: "<script>alert(1)</script>\\" onmouseover=\\"x"
            ---
            The militant group <script>alert('x')</script> said " onmouseover="alert(2) it was [a link](javascript:alert(3)) | ${'$'}{7*7} <#assign x=1>.
            """;

    private static Report report() {
        List<DocumentResult> docs = new ArrayList<>();
        docs.add(TestAnalyzer.get().analyze("b/hostile <x>.md", ContentFormat.MARKDOWN, HOSTILE));
        docs.add(TestAnalyzer.get().analyze("a/plain.txt", ContentFormat.TEXT, "The militia said what it called \"help\" arrived."));
        return Report.of("test", docs, List.copyOf(TestAnalyzer.get().rules().metadata()));
    }

    private static String render(ReportRenderer renderer, Report report) throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(report, out);
        return out.toString();
    }

    @Test
    void jsonHasTheDocumentedShapeSortedByPath() throws IOException {
        JsonNode json = new ObjectMapper().readTree(render(new JsonRenderer(), report()));

        assertThat(json.at("/tool/name").asText()).isEqualTo("framecheck");
        assertThat(json.at("/tool/version").asText()).isEqualTo("test");
        assertThat(json.at("/documents/0/path").asText()).isEqualTo("a/plain.txt");
        assertThat(json.at("/documents/1/path").asText()).isEqualTo("b/hostile <x>.md");
        assertThat(json.at("/documents/0/findings/0/rule").asText()).isEqualTo("self-sourced-claim");
        assertThat(json.at("/documents/0/findings/0/text").asText()).isEqualTo("The militia said");
        JsonNode first = json.at("/documents/0/findings/1");
        assertThat(first.fieldNames()).toIterable().contains("rule", "category", "severity", "line", "column", "start",
                "end", "text", "message", "suggestion", "quoted");
        assertThat(first.get("rule").asText()).isEqualTo("militia-label");
        assertThat(first.get("text").asText()).isEqualTo("militia");
        assertThat(first.get("start").asInt()).isEqualTo(4);
        assertThat(first.get("end").asInt()).isEqualTo(11);
        assertThat(json.at("/documents/0/words").asInt()).isEqualTo(8);
        assertThat(json.at("/documents/0/sources/0/name").asText()).isEqualTo("The militia");
    }

    @Test
    void sameInputSameBytes() throws IOException {
        for (ReportRenderer renderer : List.of(new JsonRenderer(), new SarifRenderer(), TemplateRenderer.html(null, TestAnalyzer.get().rules().rules()), TemplateRenderer.markdown(null))) {
            assertThat(render(renderer, report())).as(renderer.format().id()).isEqualTo(render(renderer, report()));
        }
    }

    @Test
    void htmlEscapesArticleTextTitlesAndPaths() throws IOException {
        String html = render(TemplateRenderer.html(null, TestAnalyzer.get().rules().rules()), report());

        assertThat(html).doesNotContain("<script>").doesNotContain("\" onmouseover=").doesNotContain("<x>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("hostile &lt;x&gt;.md");
        assertThat(html).contains("&quot; onmouseover=&quot;");
        assertThat(html).doesNotContain("<link").doesNotContain("src=\"http").doesNotContain("href=\"http");
    }

    @Test
    void markdownEscapesArticleText() throws IOException {
        String md = render(TemplateRenderer.markdown(null), report());

        assertThat(md).doesNotContain("<script>").doesNotContain("[a link](");
        assertThat(md).contains("\\<script\\>alert(1)\\</script\\>");
        assertThat(md).contains("a/plain.txt:1 **militia-label**");
    }
}
