package org.framecheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.framecheck.TestAnalyzer;
import org.framecheck.api.Analyzer;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;

/** The subject a sentence opens with, as speakers and antecedents are found from it. */
class NounPhrasesTest {

    private static String subject(String sentence) {
        Analyzer analyzer = TestAnalyzer.get();
        DocumentFacts facts = analyzer.facts(analyzer.read("s.txt", ContentFormat.TEXT, sentence));
        int[] span = NounPhrases.subject(facts.tokens(), facts.sentences().get(0), new PartsOfSpeech(facts.tokens()));
        return span[1] <= span[0] ? "" : sentence.substring(facts.tokens().get(span[0]).start(), facts.tokens().get(span[1] - 1).end());
    }

    @Test
    void subjectSkipsConjunctionsAndStopsAtTheVerb() {
        assertThat(subject("But Bombardier said the deal was off.")).isEqualTo("Bombardier");
        assertThat(subject("BAA are also owners of Heathrow.")).isEqualTo("BAA");
        assertThat(subject("Iraq's National Security Adviser Qassem al-Araji signed the deal."))
                .isEqualTo("Iraq's National Security Adviser Qassem al-Araji");
        assertThat(subject("A senior official denied it.")).isEqualTo("A senior official");
        assertThat(subject("The Lebanese militant group reported the attack.")).isEqualTo("The Lebanese militant group");
        assertThat(subject("In theory, the government could act.")).isEqualTo("the government");
        assertThat(subject("The Sun Grid relies on spare capacity.")).isEqualTo("The Sun Grid");
    }

    @Test
    void aSentenceOpeningWithAParticipleHasNoSubjectUpFront() {
        assertThat(subject("Speaking to reporters, he said the talks had failed.")).isEmpty();
    }
}
