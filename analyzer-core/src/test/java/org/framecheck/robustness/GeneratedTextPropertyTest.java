package org.framecheck.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.framecheck.TestAnalyzer;
import org.framecheck.api.AnalysisExecutor;
import org.framecheck.api.AnalysisRequest;
import org.framecheck.api.Analyzer;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.report.ReportFormat;
import org.framecheck.rules.RuleSetException;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties that hold for any text, checked on generated articles ({@link ArticleGenerator}): a
 * fixed list of seeds keeps the run fast and reproducible, and a failure prints the seed and the text.
 */
class GeneratedTextPropertyTest {

    /** Tries per property; each is one generated article read as Markdown, HTML and plain text. */
    private static final int TRIES = 200;

    private static String describe(long seed, ContentFormat format, String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(cp -> escaped.append(cp >= 0x20 && cp < 0x7F ? Character.toString(cp) : String.format("\\u{%X}", cp)));
        return "seed " + seed + ", " + format + ": " + escaped;
    }

    @Test
    void everyFindingPointsAtItsTextAndNothingThrows() {
        Analyzer analyzer = TestAnalyzer.get();
        int findings = 0;
        for (long seed = 0; seed < TRIES; seed++) {
            String text = new ArticleGenerator(seed).article();
            for (ContentFormat format : ContentFormat.values()) {
                DocumentResult result;
                try {
                    result = analyzer.analyze("gen." + format.id(), format, text);
                } catch (RuntimeException | StackOverflowError e) {
                    throw new AssertionError("threw " + e + " for " + describe(seed, format, text), e);
                }
                if (result.status() != DocumentResult.Status.ANALYZED) {
                    fail(result.status() + " (" + result.message() + ") for " + describe(seed, format, text));
                }
                for (Finding f : result.findings()) {
                    String where = f.rule() + " " + f.start() + ".." + f.end() + " for " + describe(seed, format, text);
                    assertThat(f.start()).as(where).isBetween(0, text.length());
                    assertThat(f.end()).as(where).isBetween(f.start(), text.length());
                    findings++;
                }
                assertFindingsPointAtTheirText(text, result, describe(seed, format, text));
            }
        }
        // The generator mixes in word-list terms so that the offsets above are checked on real findings.
        assertThat(findings).isGreaterThan(TRIES);
    }

    @Test
    void analysisIsDeterministic() {
        Analyzer analyzer = TestAnalyzer.get();
        for (long seed = 0; seed < TRIES; seed += 8) {
            String text = new ArticleGenerator(seed).article();
            for (ContentFormat format : ContentFormat.values()) {
                assertThat(analyzer.analyze("gen", format, text)).as(describe(seed, format, text))
                        .isEqualTo(analyzer.analyze("gen", format, text));
            }
        }
    }

    /** Same documents, one thread or four: the same bytes in every report. */
    @Test
    void reportsDoNotDependOnThreadCount(@TempDir Path tmp) throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        String[] extensions = {"md", "html", "txt"};
        for (int seed = 0; seed < 24; seed++) {
            String name = "doc-" + seed + "." + extensions[seed % 3];
            // getBytes, not writeString: a lone surrogate becomes "?", as any editor would save it
            Files.write(content.resolve(name), new ArticleGenerator(1000 + seed).article().getBytes(StandardCharsets.UTF_8));
        }
        for (int threads : new int[] {1, 4}) {
            new AnalysisExecutor().execute(new AnalysisRequest(List.of(content), tmp.resolve("out-" + threads), List.of(),
                    null, EnumSet.allOf(ReportFormat.class), StandardCharsets.UTF_8, threads, Set.of()), w -> { });
        }
        try (var files = Files.walk(tmp.resolve("out-1"))) {
            List<Path> written = files.filter(Files::isRegularFile).sorted().toList();
            assertThat(written).hasSizeGreaterThan(24); // every article's page besides the four reports
            for (Path one : written) {
                Path four = tmp.resolve("out-4").resolve(tmp.resolve("out-1").relativize(one));
                assertThat(Files.readAllBytes(four)).as(one.getFileName().toString()).isEqualTo(Files.readAllBytes(one));
            }
        }
    }

    /**
     * Each finding's text is {@code text.substring(start, end)}, and its lines and columns are those
     * of its offsets, counted here from scratch (not with the analyzer's LineIndex): lines end at
     * \n, \r\n or a lone \r, as the report formats count them; columns count UTF-16 units from 1.
     */
    static void assertFindingsPointAtTheirText(String text, DocumentResult result, String context) {
        int[] line = new int[text.length() + 1];
        int[] column = new int[text.length() + 1];
        int l = 1;
        int c = 1;
        for (int i = 0; i <= text.length(); i++) {
            line[i] = l;
            column[i] = c++;
            if (i < text.length()) {
                char ch = text.charAt(i);
                if (ch == '\n' || ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                    l++;
                    c = 1;
                }
            }
        }
        for (Finding f : result.findings()) {
            String where = result.path() + " " + f.rule() + " " + f.start() + ".." + f.end() + " in " + context;
            // the text is what a reader sees: the file's characters with entities such as &quot; decoded
            String raw = text.substring(f.start(), f.end());
            if (!raw.equals(f.text())) {
                assertThat(raw).as(where).contains("&");
                // an entity's no-break space reads as a space; a no-break space typed as such stays one
                String decoded = org.jsoup.parser.Parser.unescapeEntities(raw.replace('\u00A0', '\uE000'), false)
                        .replace('\u00A0', ' ').replace('\uE000', '\u00A0');
                assertThat(f.text()).as(where).isEqualTo(decoded);
            }
            int last = Math.max(f.start(), f.end() - 1);
            assertThat(List.of(f.line(), f.column(), f.endLine(), f.endColumn())).as(where)
                    .isEqualTo(List.of(line[f.start()], column[f.start()], line[last], column[last] + 1));
        }
    }
}
