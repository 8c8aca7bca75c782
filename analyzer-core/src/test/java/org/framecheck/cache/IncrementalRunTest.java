package org.framecheck.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.framecheck.api.AnalysisExecutor;
import org.framecheck.api.AnalysisRequest;
import org.framecheck.api.AnalysisResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second run with nothing changed analyses nothing and writes the same reports as a full run. */
class IncrementalRunTest {

    @TempDir
    Path dir;
    private Path content;

    @BeforeEach
    void content() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
        // front matter details travel through the cache into the JSON report
        Files.writeString(content.resolve("a.md"), "---\nauthor: Ana Ruiz\nsection: World\n---\n# A\n\nThe regime fell, the group said.\n");
        Files.writeString(content.resolve("b.txt"), "The militia fled.\n");
        Files.writeString(content.resolve("c.html"), "<html><body><p>Critics say the plan failed.</p></body></html>");
    }

    private AnalysisResult run(String out, boolean incremental, Path... rules) throws Exception {
        AnalysisRequest.Builder builder = AnalysisRequest.builder().contentDirectory(content)
                .outputDirectory(dir.resolve(out)).threads(2);
        if (incremental) {
            builder.cacheDirectory(dir.resolve("cache"));
        }
        for (Path r : rules) {
            builder.ruleDirectory(r);
        }
        return new AnalysisExecutor().execute(builder.build(), w -> { });
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void secondRunComesFromTheCacheWithIdenticalReports() throws Exception {
        AnalysisResult first = run("out", true);
        assertThat(first.summaryLine()).startsWith("framecheck: 3 documents: 3 analyzed, 0 from cache");

        AnalysisResult second = run("out2", true);
        assertThat(second.summaryLine()).startsWith("framecheck: 3 documents: 0 analyzed, 3 from cache");
        assertThat(files(dir.resolve("out2"))).isEqualTo(files(dir.resolve("out")));
        assertThat(files(dir.resolve("out2")).get("framecheck.json")).contains("\"author\" : \"Ana Ruiz\"");

        run("full", false);
        assertThat(files(dir.resolve("full"))).isEqualTo(files(dir.resolve("out")));
    }

    /** The seeds module keeps its cache inside the folder it analyses: the cached pages are not articles. */
    @Test
    void aCacheInsideTheContentFolderIsNotReadAsContent() throws Exception {
        AnalysisRequest request = AnalysisRequest.builder().contentDirectory(content)
                .outputDirectory(dir.resolve("out")).cacheDirectory(content.resolve("target/cache")).build();
        new AnalysisExecutor().execute(request, w -> { });
        assertThat(content.resolve("target/cache/pages")).isNotEmptyDirectory();

        AnalysisResult again = new AnalysisExecutor().execute(request, w -> { });
        assertThat(again.summaryLine()).startsWith("framecheck: 3 documents: 0 analyzed, 3 from cache");
    }

    @Test
    void nothingChangedLeavesTheReportsAsTheyAre() throws Exception {
        run("out", true);
        Path index = dir.resolve("out/index.html");
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(index);
        Map<String, String> before = files(dir.resolve("out"));
        Files.setLastModifiedTime(index, java.nio.file.attribute.FileTime.fromMillis(written.toMillis() - 60_000));

        AnalysisResult again = run("out", true);
        assertThat(again.summaryLine()).startsWith("framecheck: 3 documents: 0 analyzed, 3 from cache");
        assertThat(Files.getLastModifiedTime(index).toMillis()).as("not rewritten").isEqualTo(written.toMillis() - 60_000);
        assertThat(files(dir.resolve("out"))).isEqualTo(before);

        Files.delete(index);
        run("out", true);
        assertThat(files(dir.resolve("out"))).as("a report file gone: written again").isEqualTo(before);
    }

    @Test
    void editingOneArticleReanalysesOnlyIt() throws Exception {
        run("out", true);
        Files.writeString(content.resolve("b.txt"), "The militia fled, and the regime fell.\n");
        assertThat(run("out", true).summaryLine()).startsWith("framecheck: 3 documents: 1 analyzed, 2 from cache");
    }

    @Test
    void changingARuleFileReanalysesEverything() throws Exception {
        run("out", true);
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("extra.words"), "plan |\n");
        assertThat(run("out", true, rules).summaryLine()).startsWith("framecheck: 3 documents: 3 analyzed, 0 from cache");
    }

    @Test
    void aDamagedCacheEntryIsDetectedAndRebuilt() throws Exception {
        run("out", true);
        List<Path> entries;
        try (Stream<Path> files = Files.list(dir.resolve("cache/results"))) {
            entries = files.sorted().toList();
        }
        // a changed finding, a truncated entry, and a damaged page
        Files.writeString(entries.get(0), Files.readString(entries.get(0)).replace("\"words\":", "\"words\":1"));
        Files.writeString(entries.get(1), "{ truncated");
        try (Stream<Path> pages = Files.list(dir.resolve("cache/pages"))) {
            Path page = pages.sorted().toList().get(2);
            Files.writeString(page, Files.readString(page).replace("<mark", "<b"));
        }

        AnalysisResult rebuilt = run("out2", true);
        assertThat(rebuilt.summaryLine()).startsWith("framecheck: 3 documents: 3 analyzed, 0 from cache");
        run("full", false);
        assertThat(files(dir.resolve("out2"))).isEqualTo(files(dir.resolve("full")));
    }
}
