package org.framecheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framecheck.TestAnalyzer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall on real news: the report half of the real-news set (the tune half is for
 * working on rules). Writes target/realnews-evaluation.md (the README's table) and, for each half,
 * the false alarms and misses. Skips where the corpus is absent.
 */
class RealNewsEvaluationTest {

    @Test
    void realNewsFindingsAndSourcesStayAboveTheirMeasuredFloors() throws IOException {
        Path corpus = RealNewsSet.corpus().orElse(null);
        Assumptions.assumeTrue(corpus != null, "the BBC corpus (../shared/corpus/bbc) is not here");
        List<RealNewsSet.Annotated> set = RealNewsSet.load(corpus);
        RealNewsScore report = RealNewsScore.score(TestAnalyzer.get(), set, "report");
        RealNewsScore tune = RealNewsScore.score(TestAnalyzer.get(), set, "tune");
        write(report, tune);
        System.out.println("Real-news evaluation written to target/realnews-evaluation.md");

        assertThat(set).hasSizeGreaterThanOrEqualTo(150);
        assertThat(report.sentences + tune.sentences).isGreaterThanOrEqualTo(1500);
        // Floors under the report half as measured on 2026-12-02 (findings 0.83 / 0.60, sources 0.90 /
        // 0.82 / types 0.55), so that no change makes real news worse unnoticed. The targets (0.9 / 0.85
        // for findings, 0.9 / 0.9 / 0.85 for sources) are not met yet: see the README.
        assertThat(report.total.precision()).as("precision of warnings on the report half").isGreaterThanOrEqualTo(0.90);
        assertThat(report.total.recall()).as("recall of warning-level devices on the report half").isGreaterThanOrEqualTo(0.57);
        assertThat(report.sources.precision()).as("source-list precision on the report half").isGreaterThanOrEqualTo(0.87);
        assertThat(report.sources.recall()).as("source-list recall on the report half").isGreaterThanOrEqualTo(0.78);
        assertThat(report.sources.typeAccuracy()).as("source type accuracy on the report half").isGreaterThanOrEqualTo(0.50);
    }

    static void write(RealNewsScore report, RealNewsScore tune) throws IOException {
        Path out = Path.of("target", "realnews-evaluation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.table() + "\n" + tune.table(), StandardCharsets.UTF_8);
        // the tune half alone, for rule work that must not look at the report half
        Files.writeString(Path.of("target", "realnews-tune.md"), tune.table(), StandardCharsets.UTF_8);
        for (RealNewsScore s : List.of(report, tune)) {
            Files.writeString(Path.of("target", "realnews-" + s.half + "-errors.txt"),
                    "## False alarms\n" + String.join("\n", s.falseAlarms) + "\n\n## Misses\n" + String.join("\n", s.misses)
                            + "\n\n## Sources\n" + String.join("\n", s.sourceErrors) + "\n", StandardCharsets.UTF_8);
        }
    }
}
