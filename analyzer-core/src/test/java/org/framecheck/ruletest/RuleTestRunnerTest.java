package org.framecheck.ruletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framecheck.TestAnalyzer;
import org.framecheck.rules.RuleFile;
import org.framecheck.rules.RuleFiles;
import org.framecheck.rules.RuleProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule-test grammar and the comparison, on small tests written here. */
class RuleTestRunnerTest {

    private static final String LABELS = "framecheck:rules/contentious-label/tests/t.txt";
    private static final RuleTestRunner RUNNER = new RuleTestRunner(TestAnalyzer.get());

    private static FixtureResult run(String name, String content) {
        return RUNNER.run(new RuleFile(name, content, true));
    }

    @Test
    void passingTestCountsItsMarksPerRule() {
        FixtureResult result = run(LABELS, "# rules: regime-label, militia-label\n"
                + "The {{regime|regime-label}} armed the {{militias|militia-label}}.\n\nThe tax regime changed.\n");

        assertThat(result.passed()).isTrue();
        assertThat(result.rules()).containsExactly("militia-label", "regime-label");
        assertThat(result.marks()).isEqualTo(Map.of("militia-label", 1, "regime-label", 1));
    }

    @Test
    void differencesArePlacedWhereTheAuthorWroteThem() {
        FixtureResult result = run(LABELS, "# rules: regime-label, militia-label\n"
                + "# a comment\n"
                + "{{Militias|militia-label}} and the {{army|militia-label}} met.\n"
                + "\n"
                + "The regime and its {{militias|militia-label}} met.\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.differences()).extracting(Difference::toString).containsExactly(
                "- " + LABELS + ":3:38 [militia-label] army",
                "+ " + LABELS + ":5:5 [regime-label] regime");
    }

    @Test
    void aFindingMustCoverExactlyTheMarkedWords() {
        FixtureResult result = run(LABELS, "# rules: backed-label\n{{Moscow-backed|backed-label}} separatists shelled the town.\n");

        assertThat(result.differences()).extracting(Difference::toString).containsExactly(
                "- " + LABELS + ":2:3 [backed-label] Moscow-backed",
                "+ " + LABELS + ":2:3 [backed-label] Moscow-backed separatists");
    }

    @Test
    void brokenMarkIsAProblemAtItsPlace() {
        FixtureResult result = run(LABELS, "# rules: regime-label\nThe {{regime fell.\n");

        assertThat(result.problems()).extracting(RuleProblem::toString)
                .containsExactly(LABELS + ":2:5: mark opened with '{{' is never closed");
    }

    @Test
    void markWithoutItsClosingBracesIsNamedAndTheRestOfTheTestStillRuns() {
        FixtureResult result = run(LABELS, "# rules: regime-label, militia-label\n"
                + "The {{regime|regime-label fell.\n\nThe {{militias|militia-label}} fired and the {{army|militia-label}} left.\n"
                + "{{Rebels|}} came.\n");

        assertThat(result.problems()).extracting(RuleProblem::toString).containsExactly(
                LABELS + ":2:5: mark '{{regime|regime-label' is not closed with '}}' after its label",
                LABELS + ":5:1: mark '{{Rebels|}}' has no label after '|'");
        assertThat(result.marks()).isEqualTo(Map.of("militia-label", 2, "regime-label", 1));
        assertThat(result.differences()).extracting(Difference::toString).containsExactly(
                "- " + LABELS + ":4:48 [militia-label] army");
    }

    @Test
    void unknownRulesAndUncoveredMarksAreProblems() {
        FixtureResult result = run(LABELS, "# rules: regime-label, contentious-label\n"
                + "The {{regime|regime-label}} armed the {{militias|militia-label}} and {{thugs|thug}}.\n");

        assertThat(result.problems()).extracting(RuleProblem::toString).containsExactly(
                LABELS + ":1:1: unknown rule 'contentious-label' in the header (that is a category; marks and headers name rule ids)",
                LABELS + ":2:41: mark names rule 'militia-label', which this test does not cover (it tests regime-label, contentious-label)",
                LABELS + ":2:72: mark names unknown rule 'thug'");
    }

    @Test
    void withoutAHeaderATestCoversTheRulesOfItsFolder() {
        FixtureResult result = run("framecheck:rules/hedged-attribution/tests/t.txt", "Nothing to see here.\n");

        assertThat(result.passed()).isTrue();
        assertThat(result.rules()).containsExactly("distancing-frame", "purported", "self-styled", "so-called",
                "supposed-doubt", "unattributed-alleged");
    }

    /** Analysed together, the named mayor would keep state-media-only quiet on the first paragraph. */
    @Test
    void eachParagraphOfAPlainTextTestIsADocumentOfItsOwn() {
        FixtureResult result = run("framecheck:rules/sourcing/tests/t.txt", "# rules: state-media-only\n"
                + "{{The dam burst, state television reported.|state-media-only}}\n\nThe flood spread, Mayor Ana Ruiz said.\n");

        assertThat(result.passed()).isTrue();
    }

    @Test
    void userRuleIsTestedByTheUsersTestsNotByTheBuiltInTestsOfTheRuleItReplaces(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("labels.drl"), "package mine;\nimport org.framecheck.facts.*;\n"
                + "global org.framecheck.rules.FindingCollector findings;\n"
                + "rule \"regime-label\"\n"
                + "    @category(\"contentious-label\") @severity(\"warning\") @message(\"m\") @explanation(\"e\") @reason(\"r\")\n"
                + "    @example(\"Militias fired.\") @counterExample(\"The regime fell.\")\n"
                + "when\n    $t : TermMatch( list == \"contentious-labels\", tag == \"militia\" )\nthen\n    findings.flag(kcontext, $t);\nend\n");
        Files.createDirectories(dir.resolve("tests"));
        Files.writeString(dir.resolve("tests/labels.txt"), "{{Militias|regime-label}} fired.\n\nThe regime fell.\n");

        RuleTestReport report = RuleTestRunner.run(List.of(dir));

        assertThat(report.problems()).isEmpty();
        assertThat(report.rules()).filteredOn(r -> r.rule().equals("regime-label")).singleElement()
                .satisfies(r -> assertThat(r.summary()).isEqualTo("PASS regime-label (1 fixture)"));
        assertThat(report.passed()).isTrue();
        int rules = TestAnalyzer.get().rules().rules().size();
        int fixtures = RuleFiles.builtInTests().size() + 1;
        assertThat(report.summary()).isEqualTo(rules + " rules: " + rules + " passed, 0 failed, 0 untested; " + fixtures + " fixtures");
    }

    @Test
    void oneRuleOrOneTestFileRunsAlone() {
        List<RuleFile> tests = List.of(
                new RuleFile(LABELS, "# rules: regime-label\nThe {{regime|regime-label}} fell.\n", true),
                new RuleFile("framecheck:rules/contentious-label/tests/u.txt", "# rules: militia-label\n{{Militias|militia-label}} fired.\n", true),
                new RuleFile("framecheck:rules/loaded-verb/tests/v.txt", "# rules: claim-verb\nHe spoke.\n", true));

        RuleTestReport byRule = RUNNER.runAll(tests, new RuleTestSelection(Set.of("militia-label"), List.of()));
        assertThat(byRule.fixtures()).extracting(FixtureResult::file).containsExactly("framecheck:rules/contentious-label/tests/u.txt");
        assertThat(byRule.rules()).extracting(RuleResult::summary).containsExactly("PASS militia-label (1 fixture)");

        RuleTestReport byFile = RUNNER.runAll(tests, new RuleTestSelection(Set.of(), List.of("loaded-verb/tests/v.txt")));
        assertThat(byFile.rules()).extracting(RuleResult::summary).containsExactly("PASS claim-verb (1 fixture)");
        assertThat(byFile.summary()).isEqualTo("1 rule: 1 passed, 0 failed, 0 untested; 1 fixture");

        RuleTestReport unknown = RUNNER.runAll(tests, new RuleTestSelection(Set.of("militia-labels"), List.of("tests/w.txt")));
        assertThat(unknown.problems()).extracting(RuleProblem::toString).containsExactly(
                "rule selection: unknown rule 'militia-labels' (did you mean militia-label?)",
                "test selection: no rule test is named 'tests/w.txt'");
        assertThat(unknown.passed()).isFalse();
    }

    @Test
    void rulesThatDoNotCompileGiveTheirProblemsAndNoResults(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.drl"), "package mine;\nrule \"x\"\nwhen\n    Quote( words == )\nthen\nend\n");

        RuleTestReport report = RuleTestRunner.run(List.of(dir));

        assertThat(report.passed()).isFalse();
        assertThat(report.rules()).isEmpty();
        assertThat(report.problems()).extracting(RuleProblem::toString).containsExactly(dir.resolve("broken.drl").toString()
                .replace('\\', '/') + ":4:21: [ERR 101] no viable alternative at input ')' in rule \"x\" "
                + "(syntax errors are reported at the next token: the mistake may be just before it)");
    }
}
