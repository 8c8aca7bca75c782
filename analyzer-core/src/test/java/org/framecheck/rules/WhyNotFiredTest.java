package org.framecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framecheck.TestAnalyzer;
import org.framecheck.api.Analyzer;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why a rule does not fire: each candidate fact is stopped at the first condition it fails. */
class WhyNotFiredTest {

    private static final String TEXT = "Militias fired on the convoy.\nWashington designated the militias a threat.\nThe regime fell.";

    @Test
    void countsTheCandidatesStoppedAtEachConditionAndShowsTheNearMisses(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("house.drl"), """
                package house;
                import org.framecheck.facts.*;
                import function org.framecheck.rules.Conditions.before;
                global org.framecheck.rules.FindingCollector findings;
                rule "house-militia"
                    @category("contentious-label") @severity("warning") @message("m") @explanation("e") @reason("r")
                    @example("Militias fired.") @counterExample("Armed men fired.")
                when
                    $label : TermMatch( list == "contentious-labels",
                                        tag == "militia" )
                    not TermMatch( list == "designation-verbs", sentence == $label.sentence, before(this, $label, 4) )
                then
                    findings.flag(kcontext, $label);
                end
                """);
        Analyzer analyzer = Analyzer.withRules(List.of(dir));
        List<String> lines = analyzer.whyNotFired(analyzer.read("story.txt", ContentFormat.TEXT, TEXT), "house-militia", List.of(dir))
                .lines();

        String file = dir.resolve("house.drl").toString().replace('\\', '/');
        assertThat(lines).containsExactly(
                "house-militia (" + file + "): 7 candidates for $label : TermMatch( list == \"contentious-labels\", "
                        + "tag == \"militia\" ); 1 pass every condition and the rule fires on them",
                "  4 stop at line 9: list == \"contentious-labels\"",
                "  1 stop at line 10: tag == \"militia\"",
                "  1 stop at line 11: not TermMatch( list == \"designation-verbs\", sentence == $label.sentence, before(this, $label, 4) )",
                "      TermMatch(list=contentious-labels, text=\"militias\", tag=militia) @ 2:27");
    }

    @Test
    void unknownRuleGetsTheNearestName() {
        Analyzer analyzer = TestAnalyzer.get();
        assertThatThrownBy(() -> analyzer.whyNotFired(analyzer.read("story.txt", ContentFormat.TEXT, TEXT), "militia-labels", List.of()))
                .hasMessage("unknown rule 'militia-labels' (did you mean militia-label?)");
    }
}
