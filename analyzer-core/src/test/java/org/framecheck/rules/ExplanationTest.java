package org.framecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.framecheck.TestAnalyzer;
import org.framecheck.api.Analyzer;
import org.framecheck.facts.DocumentFacts;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/** With explain on, each finding comes with the rule and the facts it matched. */
class ExplanationTest {

    /**
     * Fires the rules as {@link RuleEngine#run} does, into a collector with explain on; stands in
     * for the engine's explain entry point.
     */
    private static FindingCollector fire(String text, boolean explain) {
        Analyzer analyzer = TestAnalyzer.get();
        DocumentFacts facts = analyzer.facts(analyzer.read("story.txt", ContentFormat.TEXT, text));
        FindingCollector collector = new FindingCollector(facts, analyzer.rules().rules(), Set.of(), explain);
        DroolsClassLoader.call(() -> {
            KieSession session = analyzer.rules().kieBase().newKieSession();
            try {
                session.setGlobal(RuleEngine.GLOBAL, collector);
                session.insert(facts.article());
                facts.sentences().forEach(session::insert);
                facts.quotes().forEach(session::insert);
                facts.attributions().forEach(session::insert);
                facts.terms().forEach(session::insert);
                facts.sources().forEach(session::insert);
                session.fireAllRules();
            } finally {
                session.dispose();
            }
            return null;
        });
        return collector;
    }

    @Test
    void eachFindingNamesItsRuleAndTheFactsItMatched() {
        FindingCollector collector = fire("Protest leaders met on Monday.\nIranian-backed militias were killed, the group reported.", true);

        List<String> explained = collector.explanations().stream().map(Explanation::toString).toList();
        assertThat(explained).containsExactly(
                "backed-label \"Iranian-backed militias\" @ 2:1 <- TermMatch(list=contentious-labels, "
                        + "text=\"Iranian-backed militias\", tag=backed) @ 2:1",
                "harm-passive \"were killed\" @ 2:25 <- TermMatch(list=passive-participles, text=\"killed\", tag=harm) @ 2:30, "
                        + "TermMatch(list=be-forms, text=\"were\") @ 2:25",
                "self-sourced-claim \"the group reported\" @ 2:38 <- Attribution(source=\"the group\", verb=\"reported\", "
                        + "sourceType=subject) @ 2:38");
        assertThat(collector.explanations()).extracting(Explanation::finding).containsExactlyElementsOf(collector.findings());
    }

    @Test
    void ruleThatBindsNoFactExplainsWithItsFindingAlone() {
        FindingCollector collector = fire("State television reported that the dam had burst. The flooding spread, "
                + "state media said.", true);

        assertThat(collector.explanations()).filteredOn(e -> e.rule().equals("state-media-only"))
                .singleElement().hasToString("state-media-only \"State television reported that the dam had burst.\" @ 1:1");
    }

    @Test
    void explanationsAreOffByDefault() {
        FindingCollector collector = fire("Iranian-backed militias fired on the convoy.", false);

        assertThat(collector.findings()).hasSize(1);
        assertThat(collector.explanations()).isEmpty();
    }
}
