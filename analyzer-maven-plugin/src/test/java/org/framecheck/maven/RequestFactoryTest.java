package org.framecheck.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.framecheck.config.Settings;
import org.framecheck.findings.Severity;
import org.framecheck.report.ReportFormat;
import org.framecheck.rules.RuleSelection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameters as Maven passes them (POM lists or one comma-separated -D value) become a request's parts, or one clear error. */
class RequestFactoryTest {

    @Test
    void listsFromThePomAndCommaSeparatedPropertiesSplitAlike() {
        assertThat(RequestFactory.split(List.of("a, b", "c"))).containsExactly("a", "b", "c");
        assertThat(RequestFactory.split(List.of(" , "))).isEmpty();
        assertThat(RequestFactory.split(null)).isEmpty();
    }

    @Test
    void formatsEncodingAndSeverityOverridesAreParsedOrNamed() throws MojoExecutionException {
        assertThat(RequestFactory.formats(List.of("html,json"))).containsExactlyInAnyOrder(ReportFormat.HTML, ReportFormat.JSON);
        assertThatThrownBy(() -> RequestFactory.formats(List.of("pdf")))
                .hasMessage("framecheck: unknown report format 'pdf' (expected html, md, json or sarif)");
        assertThat(RequestFactory.encoding(null)).isEqualTo(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RequestFactory.encoding("latin-9x")).hasMessage("framecheck: unknown encoding 'latin-9x'");

        RuleSelection selection = RequestFactory.selection(List.of("regime-label"), List.of("sourcing"),
                List.of("contentious-label=error, claim-verb = info"));
        assertThat(selection.disabledRules()).containsExactly("regime-label");
        assertThat(selection.categories()).containsExactly("sourcing");
        assertThat(selection.severityOverrides()).isEqualTo(Map.of("contentious-label", Severity.ERROR, "claim-verb", Severity.INFO));
        assertThatThrownBy(() -> RequestFactory.selection(null, null, List.of("claim-verb")))
                .hasMessage("framecheck: severityOverrides entry 'claim-verb' must be rule-or-category=severity");
        assertThatThrownBy(() -> RequestFactory.selection(null, null, List.of("claim-verb=fatal")))
                .hasMessage("framecheck: bad severity 'fatal' in severityOverrides (expected info, warning or error)");
    }

    @Test
    void thePomsSelectionAddsToTheSharedConfigurationAndItsSeveritiesWin() {
        Settings shared = new Settings(Path.of(".framecheck.yml"), List.of(Path.of("house-rules")), java.util.Set.of("vague-source"),
                java.util.Set.of(), Map.of("criticism-verb", Severity.ERROR, "claim-verb", Severity.ERROR), List.of(), List.of(),
                null, Severity.WARNING);
        RuleSelection pom = new RuleSelection(java.util.Set.of("so-called"), java.util.Set.of(), Map.of("claim-verb", Severity.INFO));

        RuleSelection merged = RequestFactory.selection(shared, pom);

        assertThat(merged.disabledRules()).containsExactlyInAnyOrder("vague-source", "so-called");
        assertThat(merged.severityOverrides()).containsExactlyInAnyOrderEntriesOf(
                Map.of("criticism-verb", Severity.ERROR, "claim-verb", Severity.INFO));
        assertThat(RequestFactory.ruleDirectories(shared, List.of(Path.of("pom-rules"), Path.of("house-rules"))))
                .containsExactly(Path.of("house-rules"), Path.of("pom-rules"));
    }

    @Test
    void contentFoldersDefaultToThoseThatExistAndNamedOnesMust(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("content"));
        assertThat(RequestFactory.contentDirectories(dir.toFile(), null, null)).containsExactly(dir.resolve("content"));
        assertThatThrownBy(() -> RequestFactory.contentDirectories(dir.toFile(), dir.resolve("articles").toFile(), null))
                .hasMessageStartingWith("framecheck: content directory does not exist: ");
    }

    @Test
    void theBuildFolderInsideAContentFolderIsExcluded(@TempDir Path dir) {
        assertThat(RequestFactory.excludes(List.of("drafts/**"), List.of(dir), dir.resolve("target")))
                .containsExactly("drafts/**", "target/**");
        assertThat(RequestFactory.excludes(List.of(), List.of(dir.resolve("src/content")), dir.resolve("target"))).isEmpty();
    }

    @Test
    void namedFilesResolveAgainstTheProjectAndMustExist(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("story.md"), "Text.");
        File basedir = dir.toFile();
        assertThat(RequestFactory.files(List.of("story.md"), basedir)).containsExactly(dir.resolve("story.md"));
        assertThatThrownBy(() -> RequestFactory.files(List.of("missing.md"), basedir))
                .hasMessage("framecheck: file does not exist: missing.md");
        assertThat(RequestFactory.threads(0)).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(RequestFactory.threads(3)).isEqualTo(3);
    }
}
