package org.framecheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.framecheck.findings.DocumentResult;
import org.framecheck.rules.RuleMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a person sees it: rendered into a folder, opened from file:// in headless
 * chromium and used with keyboard and mouse. Skipped when {@code /usr/bin/chromium} is absent.
 *
 * <p>With {@code -Dframecheck.screenshots=DIR} it also renders the seed articles ({@code ../seeds})
 * and saves {@code DIR/overview.png} and {@code DIR/article.png} (see {@code scripts/screenshots.sh}).
 */
@DisplayName("HTML report in headless chromium (skipped when /usr/bin/chromium is absent)")
class BrowserReportTest {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 900;
    private static final String VISIBLE_ROWS = "[...document.querySelectorAll('#findings-table tbody tr')].filter(r => !r.hidden)";

    @TempDir
    static Path temp;
    private static HeadlessChromium chromium;
    private static Report report;
    private static Path site;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(HeadlessChromium.BINARY),
                "skipped: " + HeadlessChromium.BINARY + " is absent (apt-get install -y chromium)");
        site = temp.resolve("site");
        report = ReportSite.write(ReportSite.fixtures(Files.createDirectories(temp.resolve("content"))), site);
        chromium = HeadlessChromium.start(Files.createDirectories(temp.resolve("profile")));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    @DisplayName("overview: no errors, no network, filters, search and sorting work")
    void overviewFiltersSearchesAndSorts() throws IOException {
        HeadlessChromium.Tab tab = chromium.open(url("index.html"), WIDTH, HEIGHT);
        int total = report.summary().findings();

        // Keyboard: the first Tab reaches the skip link, which then comes into view.
        tab.press("Tab", 9);
        assertThat(tab.eval("document.activeElement.className").asText()).isEqualTo("skip");
        assertThat(tab.eval("document.activeElement.getBoundingClientRect().left >= 0").asBoolean()).isTrue();

        assertThat(tab.eval("document.querySelector('form.filters[data-table=findings-table]').hidden").asBoolean()).as("filters shown once the script runs").isFalse();
        assertThat(tab.eval(VISIBLE_ROWS + ".length").asInt()).isEqualTo(total);
        assertThat(tab.eval("document.getElementById('findings-status').textContent").asText())
                .isEqualTo("Showing all " + total + " findings.");

        // Category filter, chosen as a person would: focus the select and pick an option.
        String category = "contentious-label";
        int inCategory = report.summary().byCategory().get(category);
        assertThat(inCategory).isPositive().isLessThan(total);
        tab.eval("(() => { const s = document.getElementById('filter-category'); s.focus(); s.value = '" + category
                + "'; s.dispatchEvent(new Event('change', {bubbles: true})); })()");
        assertThat(tab.eval(VISIBLE_ROWS + ".length").asInt()).isEqualTo(inCategory);
        assertThat(tab.eval(VISIBLE_ROWS + ".every(r => r.dataset.category === '" + category + "')").asBoolean()).isTrue();
        assertThat(tab.eval("document.getElementById('findings-status').textContent").asText())
                .isEqualTo("Showing " + inCategory + " of " + total + " findings.");

        // Printing shows every row and no controls, whatever is filtered on screen.
        tab.call("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        assertThat(tab.eval("[...document.querySelectorAll('#findings-table tbody tr')].filter(r => getComputedStyle(r).display !== 'none').length").asInt())
                .isEqualTo(total);
        assertThat(tab.eval("getComputedStyle(document.querySelector('form.filters[data-table=findings-table]')).display").asText()).isEqualTo("none");
        tab.call("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));

        // Clear, then search by typing into the search box: the hostile file name, markup and all.
        tab.eval("document.querySelector('form.filters[data-table=findings-table] button[type=reset]').click()");
        tab.eval("new Promise(r => setTimeout(r, 20))");
        assertThat(tab.eval(VISIBLE_ROWS + ".length").asInt()).isEqualTo(total);
        tab.eval("document.getElementById('filter-search').focus()");
        tab.type("odd <x>");
        int inHostileFile = document(ReportSite.HOSTILE_NAME).findings().size();
        assertThat(inHostileFile).isPositive();
        assertThat(tab.eval(VISIBLE_ROWS + ".length").asInt()).isEqualTo(inHostileFile);
        assertThat(tab.eval(VISIBLE_ROWS + ".every(r => r.cells[0].textContent === " + jsString(ReportSite.HOSTILE_NAME) + ")").asBoolean()).isTrue();
        tab.eval("document.querySelector('form.filters[data-table=findings-table] button[type=reset]').click()");
        tab.eval("new Promise(r => setTimeout(r, 20))");

        // Sorting by rule: ascending, then descending; ties keep path and position order.
        List<String> original = rowKeys(Overview.of(report).findings());
        List<String> ascending = new ArrayList<>(original);
        ascending.sort(Comparator.comparing(BrowserReportTest::ruleOf));
        List<String> descending = new ArrayList<>(original);
        descending.sort(Comparator.comparing(BrowserReportTest::ruleOf).reversed());
        assertThat(ascending).isNotEqualTo(original);

        String ruleHeader = "[...document.querySelectorAll('#findings-table th')].find(th => th.textContent.trim() === 'Rule')";
        String keys = "[...document.querySelectorAll('#findings-table tbody tr')].map(r => r.dataset.rule + ' ' + r.cells[0].textContent + ' ' + r.cells[1].textContent)";
        assertThat(strings(tab.eval(keys))).isEqualTo(original);
        tab.eval(ruleHeader + ".querySelector('button').click()");
        assertThat(strings(tab.eval(keys))).isEqualTo(ascending);
        assertThat(tab.eval(ruleHeader + ".getAttribute('aria-sort')").asText()).isEqualTo("ascending");
        tab.eval(ruleHeader + ".querySelector('button').click()");
        assertThat(strings(tab.eval(keys))).isEqualTo(descending);
        assertThat(tab.eval(ruleHeader + ".getAttribute('aria-sort')").asText()).isEqualTo("descending");

        assertThat(tab.eval("typeof window.__pwned").asText()).as("no article text ran as script").isEqualTo("undefined");
        assertCleanLoad(tab);
    }

    @Test
    @DisplayName("overview at phone width (400 px): nothing wider than the screen, the ranking readable")
    void overviewFitsAPhone() throws IOException {
        HeadlessChromium.Tab tab = chromium.open(url("index.html"), 400, 800);

        assertThat(tab.eval("document.documentElement.scrollWidth").asInt()).as("page width").isLessThanOrEqualTo(400);
        // wide tables scroll inside their own box rather than widening the page
        assertThat(tab.eval("[...document.querySelectorAll('main > *, section')].every(e => e.getBoundingClientRect().right <= 400)")
                .asBoolean()).isTrue();
        assertThat(tab.eval("getComputedStyle(document.getElementById('to-act')).display").asText()).isNotEqualTo("none");
        assertThat(tab.eval("document.getElementById('to-act').getBoundingClientRect().width > 0").asBoolean()).isTrue();

        // the articles filter on what the front matter gives: section, author, date
        String visible = "[...document.querySelectorAll('#articles-table tbody tr')].filter(r => !r.hidden).map(r => r.cells[0].dataset.sort)";
        assertThat(strings(tab.eval(visible))).hasSize(report.documents().size());
        tab.eval("(() => { const s = document.getElementById('filter-section'); s.value = 'World';"
                + " s.dispatchEvent(new Event('change', {bubbles: true})); })()");
        assertThat(strings(tab.eval(visible))).containsExactly("world/talks.md");
        assertThat(tab.eval("document.getElementById('articles-status').textContent").asText())
                .isEqualTo("Showing 1 of " + report.documents().size() + " articles.");
        assertCleanLoad(tab);
    }

    @Test
    @DisplayName("article page: highlights show rule, explanation and suggestion on hover and focus; overlaps list both")
    void articlePageExplainsHighlights() throws IOException {
        DocumentResult talks = document("world/talks.md");
        HeadlessChromium.Tab tab = chromium.open(url(ReportPaths.articlePage(talks.path())), WIDTH, HEIGHT);

        assertThat(tab.eval("document.querySelectorAll('ol.findings > li').length").asInt()).isEqualTo(talks.findings().size());
        assertThat(tab.eval("document.querySelectorAll('aside.panel tbody tr').length").asInt()).isEqualTo(talks.sources().size());
        assertThat(tab.eval("getComputedStyle(document.querySelector('mark.hl .tip')).display").asText()).isEqualTo("none");

        // Tab to the first highlight: its tooltip shows the rule, the rule's explanation and the suggestion.
        String tabUntilHighlight = "document.activeElement.matches('mark.hl')";
        for (int i = 0; i < 20 && !tab.eval(tabUntilHighlight).asBoolean(); i++) {
            tab.press("Tab", 9);
        }
        assertThat(tab.eval(tabUntilHighlight).asBoolean()).as("a highlight takes keyboard focus").isTrue();
        var firstFinding = talks.findings().get(0);
        RuleMetadata rule = report.rules().stream().filter(r -> r.id().equals(firstFinding.rule())).findFirst().orElseThrow();
        assertThat(firstFinding.suggestion()).isNotEmpty();
        String tip = "document.activeElement.querySelector('.tip')";
        assertThat(tab.eval("getComputedStyle(" + tip + ").display").asText()).isEqualTo("block");
        assertThat(tab.eval(tip + ".textContent").asText())
                .contains(firstFinding.rule(), rule.explanation(), "Instead: " + firstFinding.suggestion());
        tab.press("Escape", 27);
        assertThat(tab.eval("getComputedStyle(" + tip + ").display").asText()).as("Escape dismisses the tooltip").isEqualTo("none");

        // Overlapping findings: one highlight, striped, whose tooltip lists both.
        assertThat(tab.eval("document.querySelectorAll('mark.hl.multi').length").asInt()).isPositive();
        assertThat(tab.eval("document.querySelector('mark.hl.multi .tip').querySelectorAll('.tip-item').length").asInt()).isEqualTo(2);

        // Hover: the pointer over a highlight shows its tooltip.
        JsonNode box = tab.eval("(() => { const m = document.querySelector('mark.hl.multi'); m.scrollIntoView({block: 'center'});"
                + " const r = m.getClientRects()[0]; return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        tab.hover(box.get("x").asDouble(), box.get("y").asDouble());
        assertThat(tab.eval("getComputedStyle(document.querySelector('mark.hl.multi .tip')).display").asText()).isEqualTo("block");

        assertThat(tab.eval("document.querySelector('a[href$=\"index.html\"]') !== null").asBoolean()).isTrue();
        assertCleanLoad(tab);
    }

    @Test
    @DisplayName("hostile article page and rule catalog: markup stays text, nothing runs, nothing is fetched")
    void hostilePagesStayInert() throws IOException {
        for (String page : List.of(ReportPaths.articlePage("hostile.md"), ReportPaths.articlePage(ReportSite.HOSTILE_NAME), "rules.html")) {
            HeadlessChromium.Tab tab = chromium.open(url(page), WIDTH, HEIGHT);
            assertThat(tab.eval("typeof window.__pwned").asText()).as(page).isEqualTo("undefined");
            assertThat(tab.eval("document.querySelectorAll('main script, main img, main b').length").asInt()).as(page).isZero();
            assertCleanLoad(tab);
        }
        HeadlessChromium.Tab hostile = chromium.open(url(ReportPaths.articlePage("hostile.md")), WIDTH, HEIGHT);
        String title = document("hostile.md").title();
        assertThat(title).contains("<script>", "\" onmouseover=");
        assertThat(hostile.eval("document.querySelector('h1').textContent").asText()).as("the title shows as text").isEqualTo(title);
        assertThat(hostile.eval("document.title").asText()).isEqualTo(title + " — framecheck");
    }

    @Test
    @DisplayName("screenshots of the seed articles, when -Dframecheck.screenshots=DIR is set")
    void screenshots() throws IOException {
        String dir = System.getProperty("framecheck.screenshots", "");
        assumeTrue(!dir.isBlank(), "skipped: set -Dframecheck.screenshots=DIR to save overview.png and article.png");
        Path seeds = Path.of("..", "seeds");
        assumeTrue(Files.isDirectory(seeds), "skipped: no seeds folder at " + seeds.toAbsolutePath());
        // only the articles: seeds/ also holds its pom and, after a build, its target folder
        Path articles = Files.createDirectories(temp.resolve("seeds"));
        try (var files = Files.list(seeds)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".txt")).toList()) {
                Files.copy(file, articles.resolve(file.getFileName()));
            }
        }
        Path out = temp.resolve("seeds-site");
        Report seedReport = ReportSite.write(articles, out);
        Path target = Path.of(dir);

        HeadlessChromium.Tab overview = chromium.open(out.resolve("index.html").toUri().toString(), WIDTH, HEIGHT);
        overview.screenshot(target.resolve("overview.png"), 1800);
        assertCleanLoad(overview);

        DocumentResult article = seedReport.documents().stream().filter(d -> d.path().endsWith(".md")).findFirst().orElseThrow();
        HeadlessChromium.Tab page = chromium.open(out.resolve(ReportPaths.articlePage(article.path())).toUri().toString(), WIDTH, HEIGHT);
        page.eval("(document.querySelector('mark.hl.multi') || document.querySelector('mark.hl')).focus()");
        page.screenshot(target.resolve("article.png"), 1400);
        assertCleanLoad(page);
        assertThat(target.resolve("overview.png")).isNotEmptyFile();
        assertThat(target.resolve("article.png")).isNotEmptyFile();
    }

    /** No console error, no uncaught exception, no log error, and no request but for local files. */
    private static void assertCleanLoad(HeadlessChromium.Tab tab) {
        List<String> problems = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        for (JsonNode e : tab.events()) {
            JsonNode params = e.path("params");
            switch (e.path("method").asText()) {
                case "Runtime.consoleAPICalled" -> {
                    if ("error".equals(params.path("type").asText())) {
                        problems.add("console.error: " + params.path("args"));
                    }
                }
                case "Runtime.exceptionThrown" -> problems.add("exception: " + params.path("exceptionDetails"));
                case "Log.entryAdded" -> {
                    if ("error".equals(params.path("entry").path("level").asText())) {
                        problems.add("log: " + params.path("entry").path("text").asText() + " " + params.path("entry").path("url").asText());
                    }
                }
                case "Network.requestWillBeSent" -> requests.add(params.path("request").path("url").asText());
                default -> { }
            }
        }
        assertThat(problems).as("errors while loading and using the page").isEmpty();
        assertThat(requests).as("requests").isNotEmpty().allMatch(u -> u.startsWith("file://"), "is a local file");
    }

    private static String url(String page) {
        return site.resolve(page).toUri().toString();
    }

    private static DocumentResult document(String path) {
        return report.documents().stream().filter(d -> d.path().equals(path)).findFirst().orElseThrow();
    }

    private static List<String> rowKeys(List<Overview.FindingRow> rows) {
        return rows.stream().map(r -> r.finding().rule() + " " + r.document().path() + " " + r.finding().line() + ":" + r.finding().column()).toList();
    }

    private static String ruleOf(String key) {
        return key.substring(0, key.indexOf(' ')).toLowerCase(Locale.ROOT);
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static String jsString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
