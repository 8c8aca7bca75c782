package org.framecheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a run reads as articles, and by what path the reports name them. */
class ContentSelectionTest {

    @Test
    void foldersAreScannedFilteredAndPrefixedAndOurOwnOutputIsLeftOut(@TempDir Path dir) throws Exception {
        Path news = Files.createDirectories(dir.resolve("news"));
        Path blogs = Files.createDirectories(dir.resolve("blogs"));
        Files.writeString(Files.createDirectories(news.resolve("world")).resolve("a.md"), "# A\n");
        Files.writeString(Files.createDirectories(news.resolve("drafts")).resolve("b.md"), "# B\n");
        Files.writeString(blogs.resolve("c.txt"), "C.\n");
        Path report = Files.createDirectories(news.resolve("report"));
        Files.writeString(report.resolve("index.html"), "<html></html>");
        List<String> warnings = new ArrayList<>();

        List<ContentItem> items = ContentSelection.of(List.of(news, blogs), List.of(), List.of(), List.of("drafts/**"),
                Set.of(report), warnings::add);

        assertThat(items).extracting(ContentItem::path).containsExactly("blogs/c.txt", "news/world/a.md");
        assertThat(warnings).isEmpty();
    }

    @Test
    void aFileAskedForByNameIsNamedFromItsFolder(@TempDir Path dir) throws Exception {
        Path news = Files.createDirectories(dir.resolve("news"));
        Path file = Files.writeString(Files.createDirectories(news.resolve("world")).resolve("a.md"), "# A\n");

        assertThat(ContentSelection.of(List.of(news), List.of(file), List.of(), List.of(), Set.of(), w -> { }))
                .extracting(ContentItem::path, ContentItem::format)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("world/a.md", ContentFormat.MARKDOWN));
    }
}
