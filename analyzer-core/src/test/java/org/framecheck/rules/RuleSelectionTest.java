package org.framecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.framecheck.TestAnalyzer;
import org.framecheck.findings.Severity;
import org.junit.jupiter.api.Test;

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
}
