package org.framecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule authors get one line per problem, naming file, line and column. */
class RuleSetLoaderTest {

    private static final String HEADER = "package test;\nimport org.framecheck.facts.*;\nglobal org.framecheck.rules.FindingCollector findings;\n";
    private static final String META = "    @category(\"test\") @severity(\"warning\") @message(\"m\") @explanation(\"e\") @reason(\"r\")\n"
            + "    @example(\"a\") @counterExample(\"b\")\n";

    private static List<RuleFile> withBuiltIns(RuleFile... extra) {
        List<RuleFile> files = new ArrayList<>(RuleSetLoader.builtInFiles());
        files.addAll(List.of(extra));
        return files;
    }

    @Test
    void builtInRulesCompileWithMetadata() throws RuleSetException {
        RuleSet rules = RuleSetLoader.load(List.of());
        assertThat(rules.rules()).containsKeys("distancing-frame", "scare-quotes", "militant-label",
                "claim-verb", "self-sourced-claim", "state-media-source");
        assertThat(rules.rules().get("scare-quotes").file()).isEqualTo("framecheck:rules/scare-quotes/scare-quotes.drl");
        assertThat(rules.rules().get("scare-quotes").line()).isEqualTo(10);
    }

    @Test
    void syntaxErrorNamesFileAndLine() {
        RuleFile broken = new RuleFile("my-rules/broken.drl", HEADER + "rule \"x\"\n" + META + "when\n    $t : TermMatch( list == )\nthen\nend\n", false);
        assertThatThrownBy(() -> RuleSetLoader.compile(withBuiltIns(broken)))
                .isInstanceOf(RuleSetException.class)
                .satisfies(e -> {
                    List<RuleProblem> problems = ((RuleSetException) e).problems();
                    assertThat(problems).singleElement().satisfies(p -> {
                        assertThat(p.toString()).startsWith("my-rules/broken.drl:8:29: [ERR 101] no viable alternative at input ')'");
                    });
                    assertThat(e.getMessage()).doesNotContain("\tat ").doesNotContain("\n");
                });
    }

    @Test
    void unknownFactFieldIsReported() {
        RuleFile broken = new RuleFile("my-rules/field.drl", HEADER + "rule \"y\"\n" + META + "when\n    $t : TermMatch( colour == \"red\" )\nthen\nend\n", false);
        assertThatThrownBy(() -> RuleSetLoader.compile(withBuiltIns(broken)))
                .isInstanceOf(RuleSetException.class)
                .hasMessageStartingWith("my-rules/field.drl:")
                .hasMessageContaining("colour");
    }

    @Test
    void missingMetadataAndBadSeverityAreReported() {
        RuleFile file = new RuleFile("my-rules/meta.drl", HEADER
                + "rule \"no-meta\"\nwhen\n    $t : TermMatch()\nthen\nend\n"
                + "rule \"bad-severity\"\n" + META.replace("warning", "fatal") + "when\n    $t : TermMatch()\nthen\nend\n", false);
        assertThatThrownBy(() -> RuleSetLoader.compile(withBuiltIns(file)))
                .isInstanceOf(RuleSetException.class)
                .satisfies(e -> assertThat(((RuleSetException) e).problems()).extracting(RuleProblem::toString).containsExactly(
                        "my-rules/meta.drl:4:1: rule 'no-meta' lacks @category, @severity, @message, @explanation, @reason, @example, @counterExample",
                        "my-rules/meta.drl:9:1: rule 'bad-severity' has @severity(\"fatal\"); expected info, warning or error"));
    }

    @Test
    void badWordListLineNamesFileLineAndColumn() {
        RuleFile words = new RuleFile("my-rules/labels.words", "# labels\nfoe | enemy | colour=red\n", false);
        assertThatThrownBy(() -> RuleSetLoader.compile(withBuiltIns(words)))
                .isInstanceOf(RuleSetException.class)
                .hasMessageStartingWith("my-rules/labels.words:2:15: unknown attribute 'colour=red'");
    }

    @Test
    void duplicateRuleIdInUserFilesIsAnError() {
        String rule = "rule \"dup\"\n" + META + "when\n    $t : TermMatch()\nthen\nend\n";
        RuleFile a = new RuleFile("my-rules/a.drl", HEADER + rule, false);
        RuleFile b = new RuleFile("my-rules/b.drl", HEADER.replace("package test;", "package test2;") + rule, false);
        assertThatThrownBy(() -> RuleSetLoader.compile(withBuiltIns(a, b)))
                .isInstanceOf(RuleSetException.class)
                .hasMessage("my-rules/b.drl:4:1: duplicate rule id 'dup', already declared at my-rules/a.drl:4");
    }

    @Test
    void userRuleReplacesBuiltInRuleOfTheSameId() throws RuleSetException {
        RuleFile override = new RuleFile("my-rules/labels.drl", HEADER
                + "rule \"regime-label\"\n" + META.replace("warning", "error") + "when\n    $t : TermMatch( list == \"contentious-labels\" )\nthen\n    findings.flag(kcontext, $t);\nend\n", false);
        RuleSet rules = RuleSetLoader.compile(withBuiltIns(override));
        assertThat(rules.rules().get("regime-label").severity().id()).isEqualTo("error");
        assertThat(rules.rules().get("regime-label").file()).isEqualTo("my-rules/labels.drl");
        long count = rules.kieBase().getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .filter(r -> r.getName().equals("regime-label")).count();
        assertThat(count).isEqualTo(1);
    }
}
