package org.framecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report folder as a whole: deterministic, and a site that needs nothing from outside itself. */
class ReportSiteTest {

    @TempDir
    Path temp;

    @Test
    void sameArticlesGiveTheSameBytesWhereverTheReportIsWritten() throws IOException {
        Path content = ReportSite.fixtures(Files.createDirectories(temp.resolve("content")));
        Path first = temp.resolve("one/out");
        Path second = temp.resolve("two/somewhere/else/out");

        ReportSite.write(content, first);
        ReportSite.write(content, second);
        Map<String, byte[]> a = ReportSite.files(first);
        Map<String, byte[]> b = ReportSite.files(second);

        assertThat(a.keySet()).containsExactly(
                ReportPaths.articlePage("brief.txt"), ReportPaths.articlePage("hostile.md"),
                ReportPaths.articlePage(ReportSite.HOSTILE_NAME), ReportPaths.articlePage("world/talks.md"),
                "framecheck.css", "framecheck.js", "framecheck.json", "framecheck.sarif", "index.html", "report.md", "rules.html");
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (String file : a.keySet()) {
            assertThat(b.get(file)).as(file).isEqualTo(a.get(file));
            String text = new String(a.get(file), StandardCharsets.UTF_8);
            assertThat(text).as(file + " names no absolute path").doesNotContain(temp.toString()).doesNotContain("file:");
        }
    }

    @Test
    void rewritingTheSameFolderGivesTheSameBytesAndDropsPagesOfArticlesGone() throws IOException {
        Path content = ReportSite.fixtures(Files.createDirectories(temp.resolve("content")));
        Path out = temp.resolve("out");
        ReportSite.write(content, out);
        Map<String, byte[]> before = ReportSite.files(out);

        ReportSite.write(content, out);
        Map<String, byte[]> again = ReportSite.files(out);
        Files.delete(content.resolve("brief.txt"));
        ReportSite.write(content, out);

        assertThat(again.keySet()).isEqualTo(before.keySet());
        again.forEach((file, bytes) -> assertThat(bytes).as(file).isEqualTo(before.get(file)));
        assertThat(out.resolve(ReportPaths.articlePage("brief.txt"))).doesNotExist();
        assertThat(out).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith(".framecheck-staging-"));
    }

    @Test
    void everyLinkStaysInsideTheReportFolderAndFindsItsTarget() throws IOException {
        Path out = temp.resolve("out");
        ReportSite.write(ReportSite.fixtures(Files.createDirectories(temp.resolve("content"))), out);
        List<String> pages = ReportSite.files(out).keySet().stream().filter(f -> f.endsWith(".html")).toList();
        assertThat(pages).hasSize(6);

        int links = 0;
        for (String page : pages) {
            Path file = out.resolve(page);
            Document html = Jsoup.parse(file.toFile(), "UTF-8");
            assertThat(html.select("link[rel=stylesheet]").eachAttr("href")).as(page).containsExactly(root(page) + "framecheck.css");
            assertThat(html.select("script").eachAttr("src")).as(page).containsExactly(root(page) + "framecheck.js");
            assertThat(html.select("script:not([src]), style, [style], iframe, object, embed, img, base, form[action]")).as(page).isEmpty();
            for (Element e : html.select("[href], [src], [srcset], [poster]")) {
                for (String attr : List.of("href", "src", "srcset", "poster")) {
                    if (!e.hasAttr(attr)) {
                        continue;
                    }
                    URI link = URI.create(e.attr(attr));
                    assertThat(link.getScheme()).as(page + ": " + e.outerHtml()).isNull();
                    assertThat(link.getRawAuthority()).as(page + ": " + e.outerHtml()).isNull();
                    Path target = link.getPath().isEmpty() ? file : file.getParent().resolve(link.getPath()).normalize();
                    assertThat(target).as(page + " links to " + link).startsWith(out).isRegularFile();
                    if (link.getFragment() != null) {
                        Document targetHtml = target.equals(file) ? html : Jsoup.parse(target.toFile(), "UTF-8");
                        assertThat(targetHtml.getElementById(link.getFragment())).as(page + " links to #" + link.getFragment() + " in " + target.getFileName()).isNotNull();
                    }
                    links++;
                }
            }
        }
        assertThat(links).isGreaterThan(50);
    }

    @Test
    void stylesheetAndScriptFetchNothing() throws IOException {
        Path out = temp.resolve("out");
        ReportSite.write(ReportSite.fixtures(Files.createDirectories(temp.resolve("content"))), out);

        for (String asset : List.of("framecheck.css", "framecheck.js")) {
            String text = Files.readString(out.resolve(asset));
            List<String> forbidden = new ArrayList<>(List.of("http:", "https:", "//cdn", "url(", "@import", "@font-face",
                    "fetch(", "XMLHttpRequest", "WebSocket", "sendBeacon", "import(", "eval(", "innerHTML"));
            for (String word : forbidden) {
                assertThat(text).as(asset + " uses " + word).doesNotContain(word);
            }
        }
    }

    private static String root(String page) {
        return "../".repeat((int) page.chars().filter(c -> c == '/').count());
    }
}
