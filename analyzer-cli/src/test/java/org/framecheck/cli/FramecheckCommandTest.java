package org.framecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FramecheckCommandTest {
    @TempDir
    Path repo;

    private String out;
    private String err;

    @BeforeEach
    void articles() throws IOException {
        Files.createDirectories(repo.resolve("news/world"));
        Files.writeString(repo.resolve("news/world/senate.md"), """
                # Senate vote

                The senator slammed the proposal on Tuesday.

                Critics say the plan is flawed.
                """);
        Files.writeString(repo.resolve("news/plain.txt"), "The council met on Monday and approved the budget.\n");
        Files.writeString(repo.resolve("news/notes.csv"), "not,an,article\n");
    }

    private int runWithInput(String stdin, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = new FramecheckCommand(repo, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(o), new PrintWriter(e)).commandLine().execute(args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    private int run(String... args) {
        return runWithInput("", args);
    }

    @Test
    void checkPrintsOneLinePerFindingAndFailsOnWarnings() {
        int code = run("check", "news");

        assertThat(out.lines()).containsExactly(
                "news/world/senate.md:3:13 warning [criticism-verb] 'slammed' dramatises criticism",
                "news/world/senate.md:5:1 warning [vague-source] 'Critics say': the claim rests on an unnamed group");
        assertThat(code).isEqualTo(1);
        assertThat(err).isEmpty();
    }

    @Test
    void aCleanArticlePassesAndInfoFindingsShowOnlyWhenAsked() {
        assertThat(run("check", "news/plain.txt")).isZero();
        assertThat(out).isEmpty();

        assertThat(run("check", "--min-severity", "error", "news")).isZero();
        assertThat(out).isEmpty();
    }

    @Test
    void standardInputIsCheckedUnderTheNameGiven() {
        int code = runWithInput("Opposition leaders slammed the budget.\n", "check", "--stdin-name", "draft.txt", "-");

        assertThat(out.lines()).containsExactly("draft.txt:1:20 warning [criticism-verb] 'slammed' dramatises criticism");
        assertThat(code).isEqualTo(1);
    }

    @Test
    void githubFormatWritesWorkflowAnnotationsWithEscapedProperties() {
        run("check", "--format", "github", "news/world/senate.md");

        assertThat(out.lines().findFirst()).hasValue("::warning file=news/world/senate.md,line=3,col=13,endLine=3,"
                + "endColumn=20,title=framecheck criticism-verb::'slammed' dramatises criticism Suggestion: criticised");
        assertThat(OutputFormat.property("a,b:c%")).isEqualTo("a%2Cb%3Ac%25");
    }

    @Test
    void jsonAndSarifCarryTheSameFindings() throws IOException {
        run("check", "--format", "json", "news");
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.at("/documents/1/path").asText()).isEqualTo("news/world/senate.md");
        assertThat(json.at("/documents/1/findings/0/rule").asText()).isEqualTo("criticism-verb");

        run("check", "--format", "sarif", "news");
        JsonNode sarif = new ObjectMapper().readTree(out);
        JsonNode result = sarif.at("/runs/0/results/0");
        assertThat(result.at("/ruleId").asText()).isEqualTo("criticism-verb");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
    }

    @Test
    void theConfigurationFileAboveTheWorkingFolderSwitchesRulesOffAndSetsTheThreshold() throws IOException {
        Files.writeString(repo.resolve(".framecheck.yml"), """
                disabledRules: [vague-source]
                severityOverrides:
                  criticism-verb: error
                minSeverity: error
                """);

        int code = run("check", "news");

        assertThat(out.lines()).containsExactly("news/world/senate.md:3:13 error [criticism-verb] 'slammed' dramatises criticism");
        assertThat(code).isEqualTo(1);
    }

    @Test
    void includesAndExcludesOfTheConfigurationSelectTheArticlesOfAFolder() throws IOException {
        Files.writeString(repo.resolve(".framecheck.yml"), "excludes: [\"world/**\"]\n");
        assertThat(run("check", "--min-severity", "info", "news")).isZero();
        assertThat(out).isEmpty();

        Files.writeString(repo.resolve(".framecheck.yml"), "includes: [\"**/*.md\"]\n");
        assertThat(run("check", "news")).isEqualTo(1);
        assertThat(out.lines()).allMatch(line -> line.startsWith("news/world/senate.md:"));
    }

    @Test
    void aBaselineAcceptsTodaysFindingsAndOnlyNewOnesFailLater() throws IOException {
        assertThat(run("check", "--write-baseline", "framecheck-baseline.json", "news")).isZero();
        assertThat(err.strip()).isEqualTo("framecheck: wrote framecheck-baseline.json: 2 findings accepted");
        assertThat(run("check", "--baseline", "framecheck-baseline.json", "news")).isZero();

        Files.writeString(repo.resolve("news/plain.txt"), "The mayor slammed the budget on Monday.\n");
        assertThat(run("check", "--baseline", "framecheck-baseline.json", "news")).isEqualTo(1);
        assertThat(out.lines()).contains("news/plain.txt:1:11 warning [criticism-verb] 'slammed' dramatises criticism (new)",
                "news/world/senate.md:3:13 warning [criticism-verb] 'slammed' dramatises criticism");
    }

    @Test
    void configurationErrorsAreOneLineNamingFileAndLineAndExitWithTwo() throws IOException {
        Files.writeString(repo.resolve(".framecheck.yml"), "disabledRules: [vague-source]\ndisabledRule: [x]\n");
        assertThat(run("check", "news")).isEqualTo(2);
        assertThat(err.lines()).singleElement().asString()
                .startsWith("framecheck: " + repo.resolve(".framecheck.yml") + ":2: unknown setting 'disabledRule' (did you mean disabledRules?)");

        Files.writeString(repo.resolve(".framecheck.yml"), "disabledRules: [vague-sources]\n");
        assertThat(run("check", "news")).isEqualTo(2);
        assertThat(err).contains("vague-sources").contains("vague-source");
        assertThat(err.lines()).hasSize(1);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("check", "news/notes.csv")).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("framecheck: news/notes.csv: not an article framecheck reads (.md, .markdown, .html, .htm, .txt)");

        assertThat(run("check", "--format", "lines", "news")).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("framecheck: --format: unknown format 'lines' (did you mean line?) (known: line, github, json, sarif)");

        assertThat(run("check", "missing.md")).isEqualTo(2);
        assertThat(run("check")).isEqualTo(2);
    }

    @Test
    void changedLinesComeFromTheUnifiedDiff() {
        ChangedLines changed = ChangedLines.parse("""
                diff --git a/news/a.md b/news/a.md
                --- a/news/a.md
                +++ b/news/a.md
                @@ -3 +3,2 @@
                -old
                +new
                +newer
                @@ -10,0 +12 @@
                +added
                """);

        assertThat(List.of(2, 3, 4, 5, 12).stream().map(line -> changed.changed("news/a.md", line)))
                .containsExactly(false, true, true, false, true);
        assertThat(changed.changed("news/b.md", 3)).isFalse();
    }

    @Test
    void reportWritesTheFourReports() {
        int code = run("report", "news", "-o", "out");

        assertThat(code).isZero();
        assertThat(repo.resolve("out/index.html")).exists();
        assertThat(repo.resolve("out/report.md")).exists();
        assertThat(repo.resolve("out/framecheck.json")).exists();
        assertThat(repo.resolve("out/framecheck.sarif")).exists();
        assertThat(out.lines().findFirst()).hasValue(
                "framecheck: 2 documents: 2 analyzed, 0 from cache, 0 skipped; 2 findings: 0 error, 2 warning, 0 info");
    }

    @Test
    void factsShowsTheAttributions() {
        assertThat(run("facts", "news/world/senate.md")).isZero();
        assertThat(out.lines()).startsWith("# news/world/senate.md", "Tokens (17)", "  1:3 Senate/propn lemma=senate")
                .contains("  3:13 slammed/verb lemma=slam");
    }
}
