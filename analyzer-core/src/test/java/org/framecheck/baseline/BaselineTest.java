package org.framecheck.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framecheck.TestAnalyzer;
import org.framecheck.findings.DocumentResult;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static List<DocumentResult> analyze(String text) {
        return List.of(TestAnalyzer.get().analyze("world/story.txt", ContentFormat.TEXT, text));
    }

    @Test
    void fingerprintsSurviveLinesMovingAndNewFindingsAreNamed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("framecheck-baseline.json");
        Baseline.write(analyze("The regime fell.\n\nThe regime fell again.\n"), file);

        Baseline baseline = Baseline.read(file);
        assertThat(baseline.fingerprints()).hasSize(2);

        List<DocumentResult> edited = analyze("A new opening paragraph.\n\nThe regime fell.\n\nThe regime fell again.\n\nThe militia fled.\n");
        assertThat(baseline.newFindings(edited)).singleElement().satisfies(e -> {
            assertThat(e.finding().rule()).isEqualTo("militia-label");
            assertThat(e.finding().line()).isEqualTo(7);
            assertThat(e.path()).isEqualTo("world/story.txt");
        });
        assertThat(Files.readString(file)).contains("\"rule\" : \"regime-label\"", "\"text\" : \"regime\"");
    }

    @Test
    void aThirdOccurrenceOfTheSameWordsIsNew(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("b.json");
        Baseline.write(analyze("The regime fell.\n\nThe regime fell again.\n"), file);
        assertThat(Baseline.read(file).newFindings(analyze("The regime fell.\n\nThe regime fell again.\n\nThe regime won.\n")))
                .extracting(e -> e.finding().line()).containsExactly(5);
    }

    @Test
    void aBrokenBaselineIsOneClearError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("b.json");
        Files.writeString(file, "{ not json");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Baseline.read(file))
                .isInstanceOf(IOException.class).hasMessageStartingWith("baseline " + file + " is not valid JSON");
    }
}
