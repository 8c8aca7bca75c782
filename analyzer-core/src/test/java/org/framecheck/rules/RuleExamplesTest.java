package org.framecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.framecheck.TestAnalyzer;
import org.framecheck.findings.Finding;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every rule's own metadata examples are tests: the example fires the rule, the counter-example does not. */
class RuleExamplesTest {

    private static List<String> rulesFiring(String sentence) {
        return TestAnalyzer.get().analyze("example.txt", ContentFormat.TEXT, sentence).findings().stream()
                .map(Finding::rule).toList();
    }

    private static Stream<RuleMetadata> spanRules() {
        return TestAnalyzer.get().rules().metadata().stream().filter(r -> !r.documentLevel());
    }

    @TestFactory
    Stream<DynamicTest> exampleFiresItsRule() {
        return spanRules().map(r -> DynamicTest.dynamicTest(r.id() + ": " + r.example(),
                () -> assertThat(rulesFiring(r.example())).as(r.file() + ":" + r.line()).contains(r.id())));
    }

    @TestFactory
    Stream<DynamicTest> counterExampleDoesNotFireItsRule() {
        return spanRules().map(r -> DynamicTest.dynamicTest(r.id() + ": " + r.counterExample(),
                () -> assertThat(rulesFiring(r.counterExample())).as(r.file() + ":" + r.line()).doesNotContain(r.id())));
    }

    @Test
    void theLibraryCoversEveryCategoryWithAtLeastSixtyRules() {
        assertThat(TestAnalyzer.get().rules().rules()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(TestAnalyzer.get().rules().categories()).containsExactly("agentless-passive", "contentious-label",
                "hedged-attribution", "loaded-attribution-verb", "loaded-language", "scare-quotes", "sourcing",
                "weasel-attribution");
    }
}
