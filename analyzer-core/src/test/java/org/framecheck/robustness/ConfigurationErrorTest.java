package org.framecheck.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.framecheck.api.AnalysisExecutor;
import org.framecheck.api.AnalysisRequest;
import org.framecheck.api.AnalysisResult;
import org.framecheck.api.ConfigurationException;
import org.framecheck.report.ReportFormat;
import org.framecheck.rules.RuleSetException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that is set up wrong stops before it analyses anything, with one line naming the problem,
 * and writes nothing: no output folder appears, and a file in the output folder's place is untouched.
 */
class ConfigurationErrorTest {

    private static final String HEADER = "package custom;\nimport org.framecheck.facts.*;\nglobal org.framecheck.rules.FindingCollector findings;\n";
    private static final String META = "    @category(\"custom\") @severity(\"%s\") @message(\"m\") @explanation(\"e\") @reason(\"r\")\n"
            + "    @example(\"a\") @counterExample(\"b\")\n";

    @TempDir
    Path tmp;
    Path content;
    Path rules;
    Path out;

    @BeforeEach
    void folders() throws IOException {
        content = Files.createDirectories(tmp.resolve("content"));
        Files.writeString(content.resolve("a.txt"), "The militant group said its fighters agreed what he called a truce.\n");
        rules = Files.createDirectories(tmp.resolve("my-rules"));
        out = tmp.resolve("out");
    }

    private AnalysisResult run(Path contentDir, Path output, Set<String> disabled) throws Exception {
        return new AnalysisExecutor().execute(new AnalysisRequest(List.of(contentDir), output, List.of(rules), null,
                EnumSet.allOf(ReportFormat.class), StandardCharsets.UTF_8, 2, disabled), w -> { });
    }

    private void assertNothingWritten() {
        assertThat(out).doesNotExist();
    }

    @Test
    void brokenDrlNamesFileLineAndColumn() throws IOException {
        Files.writeString(rules.resolve("broken.drl"), HEADER + "rule \"x\"\n" + META.formatted("warning")
                + "when\n    $t : TermMatch( list == )\nthen\nend\n");
        assertThatThrownBy(() -> run(content, out, Set.of())).isInstanceOf(RuleSetException.class)
                .hasMessage(rules.resolve("broken.drl") + ":8:29: [ERR 101] no viable alternative at input ')' in rule \"x\""
                        + " (syntax errors are reported at the next token: the mistake may be just before it)");
        assertNothingWritten();
    }

    @Test
    void badWordListLineNamesFileAndLine() throws IOException {
        Files.writeString(rules.resolve("labels.words"), "# term | suggestion | attributes\nfirebrand | leader | colour=red\n");
        assertThatThrownBy(() -> run(content, out, Set.of())).isInstanceOf(RuleSetException.class)
                .hasMessage(rules.resolve("labels.words") + ":2:22: unknown attribute 'colour=red' (expected one of forms,"
                        + " not-after, not-before, not-object, note, pos, tag, as key=value)");
        assertNothingWritten();
    }

    @Test
    void badSeverityIsNamed() throws IOException {
        Files.writeString(rules.resolve("severity.drl"), HEADER + "rule \"loud\"\n" + META.formatted("fatal")
                + "when\n    $t : TermMatch()\nthen\nend\n");
        assertThatThrownBy(() -> run(content, out, Set.of())).isInstanceOf(RuleSetException.class)
                .hasMessage(rules.resolve("severity.drl") + ":4:1: rule 'loud' has @severity(\"fatal\"); expected info, warning or error");
        assertNothingWritten();
    }

    @Test
    void unknownDisabledRuleIdIsRefused() {
        assertThatThrownBy(() -> run(content, out, Set.of("militant-lable", "distancing-frame", "no-such-rule")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("disabledRules names unknown rule ids 'militant-lable' (did you mean militant-label?), 'no-such-rule'"
                        + " (the rule ids are listed in rules.html of the HTML report)");
        assertNothingWritten();
    }

    @Test
    void disabledRulesAreNotReported() throws Exception {
        assertThat(run(content, out, Set.of()).documents().get(0).findings()).extracting(f -> f.rule())
                .containsExactly("self-sourced-claim", "militant-label", "distancing-frame");
        assertThat(run(content, out, Set.of("militant-label")).documents().get(0).findings()).extracting(f -> f.rule())
                .containsExactly("self-sourced-claim", "distancing-frame");
    }

    @Test
    void missingContentFolder() {
        Path missing = tmp.resolve("no-such-folder");
        assertThatThrownBy(() -> run(missing, out, Set.of())).isInstanceOf(ConfigurationException.class)
                .hasMessage("content directory does not exist or is not a directory: " + missing);
        assertNothingWritten();
    }

    @Test
    void unreadableContentFolder() throws IOException {
        Files.setPosixFilePermissions(content, PosixFilePermissions.fromString("---------"));
        try {
            assumeThat(Files.isReadable(content)).as("running as root, which reads folders whatever their mode: case not testable here").isFalse();
            assertThatThrownBy(() -> run(content, out, Set.of())).isInstanceOf(IOException.class)
                    .hasMessage("content directory cannot be read: " + content);
            assertNothingWritten();
        } finally {
            Files.setPosixFilePermissions(content, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void outputFolderThatIsAFileIsLeftAlone() throws IOException {
        Files.writeString(out, "not a folder");
        assertThatThrownBy(() -> run(content, out, Set.of())).isInstanceOf(ConfigurationException.class)
                .hasMessage("output directory is a file: " + out);
        assertThat(out).hasContent("not a folder");
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("content", "my-rules", "out");
        }
    }
}
