package org.framecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framecheck.TestAnalyzer;
import org.framecheck.api.Analyzer;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Severity;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSelectionTest {

    private static final RuleSet ALL = TestAnalyzer.get().rules();

    @Test
    void unknownIdsAndCategoriesAreOneClearLine() {
        RuleSelection bad = new RuleSelection(Set.of("no-such-rule"), Set.of("no-such-category"), Map.of("nope", Severity.ERROR));
        assertThatThrownBy(() -> bad.applyTo(ALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("disabledRules names unknown rule id 'no-such-rule'")
                .hasMessageContaining("categories names unknown category 'no-such-category' (known: agentless-passive, ")
                .hasMessageContaining("severityOverrides names unknown rule id or category 'nope'")
                .hasMessageNotContaining("\n");
    }

    @Test
    void disabledRulesAndCategoriesLeaveTheRestAndOverridesSetSeverities() {
        RuleSet selected = new RuleSelection(Set.of("regime-label"), Set.of("contentious-label", "sourcing"),
                Map.of("contentious-label", Severity.ERROR, "militant-label", Severity.WARNING)).applyTo(ALL);

        assertThat(selected.rules()).doesNotContainKeys("regime-label", "claim-verb").containsKeys("militia-label", "self-sourced-claim");
        assertThat(selected.rules().get("militia-label").severity()).isEqualTo(Severity.ERROR);
        assertThat(selected.rules().get("militant-label").severity()).as("a rule id wins over its category").isEqualTo(Severity.WARNING);
        assertThat(selected.rules().get("self-sourced-claim").severity()).isEqualTo(Severity.WARNING);
    }

    /** A switched-off rule does not fire at all: its consequence, which here would fail the article, never runs. */
    @Test
    void aDisabledRuleNeverFires(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("boom.drl"), """
                package house;
                import org.framecheck.facts.*;
                global org.framecheck.rules.FindingCollector findings;
                rule "boom"
                    @category("house") @severity("warning") @message("m") @explanation("e") @reason("r")
                    @example("Anything.") @counterExample("Nothing.")
                when
                    Sentence( )
                then
                    throw new IllegalStateException("boom fired");
                end
                """);
        RuleSet rules = RuleSetLoader.load(List.of(dir));

        DocumentResult on = new Analyzer(rules).analyze("story.txt", ContentFormat.TEXT, "The regime fell.");
        DocumentResult off = new Analyzer(new RuleSelection(Set.of("boom"), Set.of(), Map.of()).applyTo(rules))
                .analyze("story.txt", ContentFormat.TEXT, "The regime fell.");

        assertThat(on.status()).isEqualTo(DocumentResult.Status.FAILED);
        assertThat(off.status()).isEqualTo(DocumentResult.Status.ANALYZED);
        assertThat(off.findings()).extracting(f -> f.rule() + " " + f.text()).containsExactly("regime-label regime");
    }
}
