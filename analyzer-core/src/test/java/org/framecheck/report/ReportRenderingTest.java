package org.framecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.framecheck.TestAnalyzer;
import org.framecheck.document.Document;
import org.framecheck.document.DocumentReader;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Severity;
import org.framecheck.rules.RuleMetadata;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;

class ReportRenderingTest {

    private static final String HOSTILE = """
            ---
            title: "<script>alert(1)</script>\\" onmouseover=\\"x"
            author: "<img src=x onerror=alert(5)>"
            date: 2026-11-02
            section: "World & <b>Europe</b>"
            ---
            The militant group <script>alert('x')</script> said " onmouseover="alert(2) it was [a link](javascript:alert(3)) | ${'$'}{7*7} <#assign x=1>.
            """;
    private static final String HOSTILE_PATH = "b/hostile <x>.md";

    /** Template syntax, Markdown tricks, table pipes and control characters in a title, a front matter value, text and a file name. */
    private static final String TRICKY_TITLE = "${7*7} <#assign t=1> | a | b | [x](javascript:alert(1)) ![i](http://evil.example/p.png) \u0007\u202E";
    private static final String TRICKY = "---\ntitle: \"${7*7} <#assign t=1> | a | b | [x](javascript:alert(1)) ![i](http://evil.example/p.png) \\a\\u202E\"\n"
            + "author: \"<script>alert('author')</script>\"\n---\n"
            + "| a | b |\n|---|---|\n| the militant group | ${x} |\n\n"
            + "The militant group said ![x](http://evil.example/x.png) [y](javascript:alert(4)) <#assign z=2> ${7*7} what he called \u0000\u0007\u001B\u202E a truce.\n";
    private static final String TRICKY_PATH = "c/${x} <#assign y=1> | \u202E.md";

    /** A rule whose own metadata is hostile: rule files come from users too. */
    private static final RuleMetadata HOSTILE_RULE = new RuleMetadata("x-<script>", "cat\" onmouseover=\"y", Severity.INFO,
            "m", "<script>alert('explanation')</script>", "\" onmouseover=\"alert('reason')", "<b>bold</b>",
            "<img src=x onerror=alert(1)>", "</dd><script>", "info", "span", "x.drl", 1);

    private static Report report() {
        List<DocumentResult> docs = new ArrayList<>();
        docs.add(TestAnalyzer.get().analyze(HOSTILE_PATH, ContentFormat.MARKDOWN, HOSTILE));
        docs.add(TestAnalyzer.get().analyze("a/plain.txt", ContentFormat.TEXT, "The militia said its fighters took what it called \"help\" at night."));
        docs.add(TestAnalyzer.get().analyze(TRICKY_PATH, ContentFormat.MARKDOWN, TRICKY));
        List<RuleMetadata> rules = new ArrayList<>(TestAnalyzer.get().rules().metadata());
        rules.add(HOSTILE_RULE);
        return Report.of("test", docs, rules);
    }

    private static String render(ReportRenderer renderer, Report report) throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(report, out);
        return out.toString();
    }

    private static String companion(String name, Report report) throws IOException {
        StringWriter out = new StringWriter();
        TemplateRenderer.html(null, TestAnalyzer.get().rules().rules()).renderCompanion(name, report, out);
        return out.toString();
    }

    private static String hostilePage() throws IOException {
        Document document = new DocumentReader().read(HOSTILE_PATH, ContentFormat.MARKDOWN, HOSTILE);
        DocumentResult result = TestAnalyzer.get().analyze(document);
        StringWriter out = new StringWriter();
        TemplateRenderer.html(null, TestAnalyzer.get().rules().rules()).renderPage(ArticleView.of(document, result), result, out);
        return out.toString();
    }

    /** The one script element a page may have is the report's own, loaded from the report folder. */
    private static void assertNoInjectedMarkup(String html, String root) {
        assertThat(html.replace("<script src=\"" + root + "framecheck.js\" defer></script>", ""))
                .doesNotContain("<script").doesNotContain("\" onmouseover=").doesNotContain("<img").doesNotContain("<b>bold")
                .doesNotContain("<x>").doesNotContain("<#assign").doesNotContain("javascript:alert(3)\"");
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
        assertThat(json.at("/documents/0/words").asInt()).isEqualTo(12);
        assertThat(json.at("/documents/1/author").asText()).isEqualTo("<img src=x onerror=alert(5)>");
        assertThat(json.at("/documents/1/date").asText()).isEqualTo("2026-11-02");
        assertThat(json.at("/documents/1/section").asText()).isEqualTo("World & <b>Europe</b>");
        assertThat(json.at("/documents/0").has("author")).as("no front matter, no author field").isFalse();
        assertThat(json.at("/documents/0/sources/0/name").asText()).isEqualTo("The militia");
        assertThat(json.at("/documents/0/sources/0/type").asText()).isEqualTo("group");
        assertThat(json.at("/documents/0/sources/0/side").asText()).isEmpty();
        assertThat(json.at("/documents/0/sourcing").asText()).isEqualTo("1 source: 1 party or group; no independent source");
    }

    @Test
    void sameInputSameBytes() throws IOException {
        for (ReportRenderer renderer : List.of(new JsonRenderer(), new SarifRenderer(), TemplateRenderer.html(null, TestAnalyzer.get().rules().rules()), TemplateRenderer.markdown(null))) {
            assertThat(render(renderer, report())).as(renderer.format().id()).isEqualTo(render(renderer, report()));
        }
        assertThat(companion(TemplateRenderer.RULES_PAGE, report())).isEqualTo(companion(TemplateRenderer.RULES_PAGE, report()));
        assertThat(hostilePage()).isEqualTo(hostilePage());
    }

    @Test
    void overviewEscapesArticleTextTitlesAndPaths() throws IOException {
        String html = render(TemplateRenderer.html(null, TestAnalyzer.get().rules().rules()), report());

        assertNoInjectedMarkup(html, "");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("hostile &lt;x&gt;.md");
        assertThat(html).contains("&quot; onmouseover=&quot;");
        assertThat(ReportPaths.articlePage(HOSTILE_PATH)).matches("articles/b/hostile__x_\\.md-[0-9a-f]{8}\\.html");
        assertThat(html).contains("<a href=\"" + ReportPaths.articlePage(HOSTILE_PATH) + "\">b/hostile &lt;x&gt;.md</a>");
    }

    @Test
    void articlePageEscapesTitleTextAndPath() throws IOException {
        String html = hostilePage();

        assertNoInjectedMarkup(html, "../../");
        // The front matter title is YAML: its \" escapes are undone, and the quotes it then holds are escaped as HTML.
        assertThat(html).contains("<title>&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x — framecheck</title>");
        assertThat(html).contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x</h1>");
        assertThat(html).contains("{7*7} &lt;#assign x=1&gt;.</p>");
        assertThat(html).contains("said &quot; onmouseover=&quot;alert(2)");
        assertThat(html).contains("b/hostile &lt;x&gt;.md · ");
        assertThat(html).contains("<p class=\"byline\"><span class=\"author\">By &lt;img src=x onerror=alert(5)&gt;</span> · "
                + "<span class=\"date\">2026-11-02</span> · <span class=\"section\">World &amp; &lt;b&gt;Europe&lt;/b&gt;</span></p>");
        assertThat(html).contains("<a href=\"../../index.html\">");
    }

    @Test
    void ruleCatalogEscapesRuleMetadata() throws IOException {
        String html = companion(TemplateRenderer.RULES_PAGE, report());

        assertNoInjectedMarkup(html, "");
        assertThat(html).contains("<dd>&lt;script&gt;alert(&#39;explanation&#39;)&lt;/script&gt;</dd>");
        assertThat(html).contains("<dd>&quot; onmouseover=&quot;alert(&#39;reason&#39;)</dd>");
        assertThat(html).contains("<dd class=\"example\">&lt;/dd&gt;&lt;script&gt;</dd>");
        assertThat(html).contains("<h3 id=\"" + ReportPaths.ruleAnchor("x-<script>") + "-name\">x-&lt;script&gt;</h3>");
        assertThat(ReportPaths.ruleAnchor("x-<script>")).matches("rule-x-_script_-[0-9a-f]{8}");
    }

    @Test
    void markdownEscapesArticleText() throws IOException {
        String md = render(TemplateRenderer.markdown(null), report());

        assertThat(md).doesNotContain("<script>").doesNotContain("[a link](");
        assertThat(md).contains("### b/hostile \\<x\\>.md — \\<script\\>alert(1)\\</script\\>");
        assertThat(md).contains("a/plain.txt:1 **militia-label**");
    }

    @Test
    void htmlReportWritesItsCatalogStylesheetAndScriptBesideIt() throws IOException {
        TemplateRenderer html = TemplateRenderer.html(null, Map.of());

        assertThat(html.companions()).containsExactly("rules.html", "framecheck.css", "framecheck.js");
        assertThat(TemplateRenderer.markdown(null).companions()).isEmpty();
        assertThat(companion(TemplateRenderer.STYLESHEET, report())).startsWith("/* framecheck report").contains("@media print");
        assertThat(companion(TemplateRenderer.SCRIPT, report())).startsWith("/* framecheck report").contains("'use strict'");
    }

    private static String trickyPage() throws IOException {
        Document document = new DocumentReader().read(TRICKY_PATH, ContentFormat.MARKDOWN, TRICKY);
        DocumentResult result = TestAnalyzer.get().analyze(document);
        StringWriter out = new StringWriter();
        TemplateRenderer.html(null, TestAnalyzer.get().rules().rules()).renderPage(ArticleView.of(document, result), result, out);
        return out.toString();
    }

    /** HTML: template syntax is printed, never run; links and images in text or title never become elements. */
    private static void assertInertInHtml(String html, String root) {
        assertNoInjectedMarkup(html, root);
        assertThat(html).doesNotContain("49").doesNotContain("<#assign").doesNotContain("javascript:alert(1)\"")
                .doesNotContain("href=\"javascript").doesNotContain("src=\"http://evil").doesNotContain("<script>alert('author')");
    }

    @Test
    void hostileTitlesPathsAndTextAreInertInEveryHtmlPage() throws IOException {
        String overview = render(TemplateRenderer.html(null, TestAnalyzer.get().rules().rules()), report());
        assertInertInHtml(overview, "");
        assertThat(overview).contains("${7*7} &lt;#assign t=1&gt; | a | b | [x](javascript:alert(1)) ![i](http://evil.example/p.png)");
        assertThat(overview).contains("c/${x} &lt;#assign y=1&gt; | \u202E.md");

        String page = trickyPage();
        assertInertInHtml(page, "../../");
        assertThat(page).contains("<h1>${7*7} &lt;#assign t=1&gt; | a | b | [x](javascript:alert(1)) ![i](http://evil.example/p.png) \u0007\u202E</h1>");
        assertThat(page).contains("&lt;#assign z=2&gt; ${7*7}");

        String catalog = companion(TemplateRenderer.RULES_PAGE, report());
        assertInertInHtml(catalog, "");
    }

    @Test
    void hostileTextIsInertInMarkdown() throws IOException {
        String md = render(TemplateRenderer.markdown(null), report());
        // Every character Markdown could read as syntax is escaped: no link, image, table cell or template.
        assertThat(md).doesNotContainPattern("(?<!\\\\)\\]\\(").doesNotContain("![").doesNotContain(" | a | b |")
                .doesNotContain("<#assign").doesNotContainPattern("(?<!\\\\)\\$\\{");
        // The bell became a blank: Markdown output never carries control characters.
        assertThat(md).contains("### c/\\${x} \\<\\#assign y=1\\> \\| \u202E.md — \\${7\\*7} \\<\\#assign t=1\\> \\| a \\| b \\| "
                + "\\[x\\](javascript:alert(1)) !\\[i\\](http://evil.example/p.png)  \u202E");
    }

    @Test
    void hostileTextRoundTripsThroughJsonAndSarif() throws IOException {
        Report report = report();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json = mapper.readTree(render(new JsonRenderer(), report));
        JsonNode tricky = json.at("/documents/2");
        assertThat(tricky.get("path").asText()).isEqualTo(TRICKY_PATH);
        assertThat(tricky.get("title").asText()).isEqualTo(TRICKY_TITLE);
        JsonNode finding = tricky.get("findings").findParents("rule").stream().filter(f -> f.get("rule").asText().equals("distancing-frame"))
                .findFirst().orElseThrow();
        assertThat(finding.at("/text").asText()).isEqualTo("what he called");

        JsonNode sarif = mapper.readTree(render(new SarifRenderer(), report));
        List<String> uris = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(r -> uris.add(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText()));
        // SARIF locations are URIs: the path's unsafe characters are percent-encoded, and decode back to the path.
        String uri = uris.stream().filter(u -> u.startsWith("c/")).findFirst().orElseThrow();
        assertThat(java.net.URLDecoder.decode(uri.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(TRICKY_PATH);
        assertThat(render(new SarifRenderer(), report)).doesNotContain("\u0007").doesNotContain("\u0000");
    }

    @Test
    void aBaselineMarksNewFindingsFirstInEveryFormatAndSarifPathsAreFromTheRepositoryRoot() throws IOException {
        DocumentResult old = TestAnalyzer.get().analyze("world/a.md", ContentFormat.MARKDOWN,
                "The militia said its fighters took what it called \"help\" at night.\n");
        DocumentResult changed = TestAnalyzer.get().analyze("world/a.md", ContentFormat.MARKDOWN,
                "The militia said its fighters took what it called \"help\" at night.\n\nCritics slammed the regime.\n");
        java.nio.file.Path baselineFile = java.nio.file.Files.createTempFile("baseline", ".json");
        org.framecheck.baseline.Baseline.write(List.of(old), baselineFile);
        Report report = Report.of("test", List.of(changed), List.copyOf(TestAnalyzer.get().rules().metadata()),
                java.util.Map.of("world/a.md", "src/content/world/a.md"), org.framecheck.baseline.Baseline.read(baselineFile));

        assertThat(report.newCount()).isEqualTo(2);
        JsonNode sarif = new ObjectMapper().readTree(render(new SarifRenderer(), report));
        List<String> states = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(r -> states.add(r.at("/ruleId").asText() + " " + r.at("/baselineState").asText()));
        assertThat(states).containsExactly("self-sourced-claim unchanged", "militia-label unchanged",
                "distancing-frame unchanged", "criticism-verb new", "regime-label new");
        JsonNode location = sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(location.at("/uri").asText()).isEqualTo("src/content/world/a.md");
        assertThat(location.at("/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(sarif.at("/runs/0/results/0/partialFingerprints/framecheck~1v1").asText()).hasSize(24);

        JsonNode json = new ObjectMapper().readTree(render(new JsonRenderer(), report));
        assertThat(json.at("/newFindings").asInt()).isEqualTo(2);
        assertThat(json.at("/documents/0/findings/3/new").asBoolean()).isTrue();
        assertThat(json.at("/documents/0/findings/0/new").asBoolean()).isFalse();

        String md = render(TemplateRenderer.markdown(null), report);
        assertThat(md).contains("**2** new since the baseline, listed first.");
        assertThat(md.indexOf("- **new** world/a.md:3 **criticism-verb**")).isGreaterThan(0)
                .isLessThan(md.indexOf("- world/a.md:1 **self-sourced-claim**"));

        String html = render(TemplateRenderer.html(null, TestAnalyzer.get().rules().rules()), report);
        assertThat(html).contains("Only new since the baseline (2)").contains("data-new=\"true\"").contains("class=\"badge-new\"");
        // without a baseline nothing is new and SARIF has no baseline state
        Report plain = Report.of("test", List.of(changed), List.copyOf(TestAnalyzer.get().rules().metadata()));
        assertThat(render(new SarifRenderer(), plain)).doesNotContain("baselineState");
        assertThat(render(TemplateRenderer.markdown(null), plain)).doesNotContain("**new**");
    }
}
