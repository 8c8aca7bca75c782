package org.framecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.framecheck.TestAnalyzer;
import org.framecheck.api.Analyzer;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;

/** With explain on, each finding comes with the rule and the facts it matched. */
class ExplanationTest {

    private static List<Explanation> explain(String text) {
        Analyzer analyzer = TestAnalyzer.get();
        return analyzer.explain(analyzer.read("story.txt", ContentFormat.TEXT, text));
    }

    @Test
    void eachFindingNamesItsRuleAndTheFactsItMatched() {
        String text = "Protest leaders met on Monday.\nIranian-backed militias were killed as its fighters advanced, the militant group reported.";
        List<Explanation> explanations = explain(text);

        List<String> explained = explanations.stream().map(Explanation::toString).toList();
        assertThat(explained).containsExactly(
                "backed-label \"Iranian-backed militias\" @ 2:1 <- TermMatch(list=contentious-labels, "
                        + "text=\"Iranian-backed militias\", tag=backed) @ 2:1",
                "harm-passive \"were killed\" @ 2:25 <- TermMatch(list=passive-participles, text=\"killed\", tag=harm) @ 2:30, "
                        + "TermMatch(list=be-forms, text=\"were\") @ 2:25",
                "self-sourced-claim \"the militant group reported\" @ 2:63 <- Attribution(source=\"the militant group\", "
                        + "verb=\"reported\", sourceType=group, selfClaim) @ 2:63",
                "militant-label \"militant group\" @ 2:67 <- TermMatch(list=contentious-labels, text=\"militant group\", "
                        + "tag=militant) @ 2:67");
        assertThat(explanations).extracting(Explanation::finding)
                .containsExactlyElementsOf(TestAnalyzer.get().analyze("story.txt", ContentFormat.TEXT, text).findings());
    }

    @Test
    void ruleThatBindsNoFactExplainsWithItsFindingAlone() {
        List<Explanation> explanations = explain("State television reported that the dam had burst. The flooding spread, "
                + "state media said.");

        assertThat(explanations).filteredOn(e -> e.rule().equals("state-media-only"))
                .singleElement().hasToString("state-media-only \"State television reported that the dam had burst.\" @ 1:1");
    }
}
