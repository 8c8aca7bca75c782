package org.framecheck.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.framecheck.api.AnalysisExecutor;
import org.framecheck.api.AnalysisRequest;
import org.framecheck.findings.DocumentResult;
import org.framecheck.report.JsonRenderer;
import org.framecheck.report.Report;
import org.framecheck.report.ReportFormat;
import org.framecheck.report.ReportRenderer;
import org.framecheck.report.ReportWriter;
import org.framecheck.rules.RuleSetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyzer only reads content folders, and a failed run leaves the previous report whole. */
class NothingLostTest {

    @TempDir
    Path tmp;

    /** Every file and folder below {@code root} but {@code except}, with its size, modification time and content hash. */
    private static Map<String, String> snapshot(Path root, Path except) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> !p.startsWith(except)).toList()) {
                String modified = ", modified " + Files.getLastModifiedTime(p).toMillis();
                if (Files.isDirectory(p)) {
                    // Creating the excepted folder (or a staging folder inside it) touches its parent's time.
                    files.put(root.relativize(p).toString(), "dir" + (p.equals(except.getParent()) || p.equals(except) ? "" : modified));
                } else {
                    files.put(root.relativize(p).toString(), Files.size(p) + " bytes, " + java.util.Arrays.hashCode(Files.readAllBytes(p)) + modified);
                }
            }
        }
        return files;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        // An old time, so a rewrite within the same clock tick still shows as a change.
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
    }

    private static void analyse(Path content, Path out) throws Exception {
        new AnalysisExecutor().execute(new AnalysisRequest(List.of(content), out, List.of(), null,
                EnumSet.allOf(ReportFormat.class), StandardCharsets.UTF_8, 2, Set.of()), w -> { });
    }

    @Test
    void contentFolderIsOnlyReadEvenWithTheReportInsideIt() throws Exception {
        Path content = tmp.resolve("content");
        write(content.resolve("a.md"), "---\ntitle: A\n---\nThe militant group said what he called a truce.\n");
        write(content.resolve("world/b.txt"), "Headline\n\nThe regime claimed victory.\n");
        Files.write(content.resolve("bad.txt"), new byte[] {(byte) 0xC3, 0x28});
        Files.write(content.resolve("binary.html"), new byte[] {0, 1, 2});
        write(content.resolve(".hidden/c.md"), "The militant group said.\n");
        Path inside = content.resolve("reports");
        Map<String, String> before = snapshot(content, inside);

        analyse(content, tmp.resolve("out"));
        analyse(content, inside); // the output folder inside the content folder: only it changes
        analyse(content, inside); // twice, so the second run reads a folder that already holds a report

        assertThat(snapshot(content, inside)).isEqualTo(before);
        assertThat(inside.resolve("framecheck.json")).isRegularFile();
        // The report in the content folder is never analysed as content.
        String json = Files.readString(inside.resolve("framecheck.json"));
        assertThat(json).doesNotContain("reports/");
    }

    /** A renderer that writes half a report and fails, as a full disk or a template error would. */
    private static final class FailingRenderer implements ReportRenderer {
        @Override
        public ReportFormat format() {
            return ReportFormat.SARIF;
        }

        @Override
        public void render(Report report, Writer out) throws IOException {
            out.write("{\"half\":");
            throw new IOException("disk full");
        }
    }

    @Test
    void failedRenderingLeavesThePreviousReportWholeAndNoStagingFolder() throws IOException {
        Path out = tmp.resolve("out");
        Report report = Report.of("test", List.of(DocumentResult.skipped("a.txt", "text", "why")), List.of());
        try (ReportWriter.Session session = new ReportWriter(List.of(new JsonRenderer()), null).open(out)) {
            session.finish(report);
        }
        Map<String, String> previous = snapshot(out, out.resolve("nothing"));
        assertThat(previous).containsOnlyKeys("", "framecheck.json");

        ReportWriter failing = new ReportWriter(List.of(new JsonRenderer(), new FailingRenderer()), null);
        assertThatThrownBy(() -> {
            try (ReportWriter.Session session = failing.open(out)) {
                session.finish(Report.of("test", List.of(), List.of()));
            }
        }).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(snapshot(out, out.resolve("nothing"))).isEqualTo(previous);
    }
}
