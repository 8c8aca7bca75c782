package org.framecheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.framecheck.TestAnalyzer;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Severity;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's pass/fail decision, the same for the plugin's check goal and any other caller. */
class GateTest {

    private static List<DocumentResult> analyze(String text) {
        return List.of(TestAnalyzer.get().analyze("world/story.txt", ContentFormat.TEXT, text));
    }

    @Test
    void findingsAtOrAboveTheSeverityFailAndTheLimitCountsAll() {
        // militia-label is a warning, militant-label info
        List<DocumentResult> run = analyze("The militia fled.\n\nThe militant group attacked.\n");

        assertThat(new Gate(Severity.ERROR, -1).judge(run, null).passed()).isTrue();
        Gate.Verdict warnings = new Gate(Severity.WARNING, -1).judge(run, null);
        assertThat(warnings.passed()).isFalse();
        assertThat(warnings.reason()).isEqualTo("1 findings at or above warning");
        assertThat(warnings.byRule()).isEqualTo("militia-label 1");
        Gate.Verdict tooMany = new Gate(Severity.ERROR, 1).judge(run, null);
        assertThat(tooMany.reason()).isEqualTo("2 findings, more than maxFindings=1");
        assertThat(tooMany.listed()).extracting(e -> e.finding().rule()).containsExactly("militia-label", "militant-label");
    }

    @Test
    void withABaselineOnlyNewFindingsCount(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("b.json");
        Baseline.write(analyze("The militia fled.\n"), file);

        Gate.Verdict verdict = new Gate(Severity.WARNING, -1).judge(analyze("The militia fled.\n\nThe senator slams the plan.\n"), Baseline.read(file));

        assertThat(verdict.counted()).extracting(e -> e.finding().rule()).containsExactly("criticism-verb");
        assertThat(verdict.reason()).isEqualTo("1 findings at or above warning (new since the baseline)");
    }
}
