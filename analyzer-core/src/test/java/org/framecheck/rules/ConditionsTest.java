package org.framecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.framecheck.facts.Attribution;
import org.framecheck.facts.Sentence;
import org.framecheck.facts.TermMatch;
import org.junit.jupiter.api.Test;

/** The position helpers rules call, on hand-made facts. */
class ConditionsTest {

    /** A one-token term match in {@code sentence} at token {@code token}, characters {@code [start, end)}. */
    private static TermMatch term(int sentence, int token, int start, int end) {
        return new TermMatch("list", "t", "", "", "", start, end, "t", sentence, token, token, -1, false, false, false, false, false);
    }

    @Test
    void beforeCountsTheTokensBetweenTwoFactsOfOneSentence() {
        TermMatch first = term(0, 2, 10, 14);
        TermMatch third = term(0, 4, 20, 24);
        assertThat(Conditions.before(first, third, 1)).isTrue();
        assertThat(Conditions.before(first, third, 0)).isFalse();
        assertThat(Conditions.before(third, first, 5)).isFalse();
        assertThat(Conditions.near(third, first, 1)).isTrue();
        assertThat(Conditions.before(first, term(1, 3, 30, 34), 5)).isFalse();
    }

    @Test
    void withinCountsSentencesInEitherOrder() {
        TermMatch inFirst = term(3, 10, 100, 104);
        Sentence next = new Sentence(4, 120, 180, 20, 30, 1, false);
        Sentence afterNext = new Sentence(5, 181, 200, 30, 35, 1, false);
        assertThat(Conditions.within(inFirst, next, 1)).isTrue();
        assertThat(Conditions.within(next, inFirst, 1)).isTrue();
        assertThat(Conditions.within(inFirst, afterNext, 1)).isFalse();
        assertThat(Conditions.within(inFirst, inFirst, 0)).isTrue();
    }

    @Test
    void reportsMeansInsideTheClaimButOutsideTheAttributionPhrase() {
        // "The minister said the attack was shocking." attribution 0..17, claim 18..41
        Attribution said = new Attribution(0, 0, 0, 17, 0, 2, "said", 13, 17, Attribution.Form.SOURCE_VERB, false,
                "The minister", 0, 12, "The minister", "official", false, true, false, false, 18, 41, false, false, false,
                "body:minister", "body:minister");
        assertThat(Conditions.reports(said, term(0, 6, 32, 40))).isTrue();
        assertThat(Conditions.reports(said, term(0, 2, 13, 17))).isFalse();
        assertThat(Conditions.reports(said, term(1, 9, 50, 55))).isFalse();
    }

    @Test
    void lemmaTakesEachWordToItsBaseForm() {
        assertThat(Conditions.lemma("slammed")).isEqualTo("slam");
        assertThat(Conditions.lemma("  Militias  slammed ")).isEqualTo("militia slam");
        assertThat(Conditions.lemma("according to")).isEqualTo("accord to");
    }
}
