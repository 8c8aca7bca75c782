package org.framecheck.cli;

import org.framecheck.config.Settings;
import org.framecheck.config.SettingsFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framecheck.findings.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's .framecheck.yml example works as pasted into a repository that has its rule folder. */
class ReadmeConfigurationTest {

    @Test
    void theReadmesConfigurationFileIsAcceptedAsWritten(@TempDir Path repo) throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        Matcher yaml = Pattern.compile("```yaml\n(ruleDirectories:.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(yaml.find()).as("a ```yaml block starting with ruleDirectories in README.md").isTrue();
        Files.writeString(repo.resolve(".framecheck.yml"), yaml.group(1));
        Files.createDirectories(repo.resolve("framecheck-rules"));

        Settings settings = SettingsFile.load(repo.resolve("content/world"));

        assertThat(settings.ruleDirectories()).containsExactly(repo.resolve("framecheck-rules"));
        assertThat(settings.disabledRules()).containsExactly("harm-passive");
        assertThat(settings.severityOverrides()).containsEntry("criticism-verb", Severity.ERROR);
        assertThat(settings.minSeverity()).isEqualTo(Severity.WARNING);
        // the rule ids it names exist: the selection applies to the built-in rules without complaint
        new FramecheckCommand(repo, System.in, new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter())).analyzer(settings);
    }
}
