package org.framecheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.framecheck.TestAnalyzer;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;

/** Sentences, quotes and attributions as the rules see them. */
class FactExtractionTest {

    private static DocumentFacts facts(String text) {
        return TestAnalyzer.get().facts(TestAnalyzer.get().read("t.txt", ContentFormat.TEXT, text));
    }

    private static List<String> sentences(String text) {
        DocumentFacts facts = facts(text);
        return facts.sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void sentencesAreNotFooledByAbbreviationsAndInitials() {
        String text = "The U.S. envoy met Mr. Smith on Sept. 5 at No. 2 Downing Street. J. R. Jones, a Reuters "
                + "reporter, was there. Talks ended at 3.30 p.m. on Friday! Was it a deal? Nobody knew... and nobody said.";
        assertThat(sentences(text)).containsExactly(
                "The U.S. envoy met Mr. Smith on Sept. 5 at No. 2 Downing Street.",
                "J. R. Jones, a Reuters reporter, was there.",
                "Talks ended at 3.30 p.m. on Friday!",
                "Was it a deal?",
                "Nobody knew... and nobody said.");
    }

    @Test
    void theyIsTheNearestOrganisationNotAnEarlierUnnamedGroup() {
        String text = "Opponents say the runway cannot be paid for. BAA are also owners of Heathrow and Gatwick. "
                + "They have said they cannot raise the money from landing charges.";
        assertThat(facts(text).attributions()).extracting(a -> a.source() + "=" + a.speaker() + "|" + a.sourceType() + "|" + a.vague())
                .containsExactly("Opponents=Opponents|anonymous|true", "They=BAA|company|false");
    }

    @Test
    void sentenceEndsAfterAClosingQuote() {
        String text = "\"We will stay,\" he said. \"We always have.\" The crowd cheered.";
        assertThat(sentences(text)).containsExactly("\"We will stay,\" he said.", "\"We always have.\"", "The crowd cheered.");
    }

    @Test
    void quotesPairStraightCurlyAndSingleMarksButNotApostrophes() {
        String text = "Hezbollah's leader praised Tehran's 'Axis of Resistance' and Iraq’s “balanced” policy, "
                + "calling it \"a model\" for the region's states.";
        assertThat(facts(text).quotes()).extracting(Quote::text)
                .containsExactly("Axis of Resistance", "balanced", "a model");
    }

    @Test
    void quotesSpanSentences() {
        String text = "\"We came. We stayed,\" she said.";
        assertThat(facts(text).quotes()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We came. We stayed,");
            assertThat(q.speaker()).isEqualTo("she");
        });
    }

    private static List<String> attributions(String text) {
        return facts(text).attributions().stream()
                .map(a -> a.form() + ": " + a.source() + " / " + a.verb() + " / " + a.sourceType())
                .toList();
    }

    @Test
    void attributionsInEveryCommonForm() {
        assertThat(attributions("The minister said the talks had failed.")).containsExactly("SOURCE_VERB: The minister / said / official");
        // a lone name the story never gives a first name is taken for an organisation
        assertThat(attributions("\"It failed,\" said Larijani.")).containsExactly("VERB_SOURCE: Larijani / said / company");
        assertThat(attributions("The talks failed, according to Iranian state media.")).containsExactly("ACCORDING_TO: Iranian state media / according to / state-media");
        assertThat(attributions("Aoun told Larijani the talks had failed.")).containsExactly("SOURCE_VERB: Aoun / told / company");
        assertThat(attributions("The talks failed, the group reported on Thursday.")).containsExactly("SOURCE_VERB: the group / reported / company");
        assertThat(attributions("Wilson wrote on social media that the talks had failed.")).containsExactly("SOURCE_VERB: Wilson / wrote / company");
        assertThat(attributions("Wilson criticized the visit, saying it was a mistake.")).containsExactly(
                "SOURCE_VERB: Wilson / criticized / company", "PARTICIPLE: Wilson / saying / company");
        assertThat(attributions("Officials familiar with the talks said they had failed.")).containsExactly("SOURCE_VERB: Officials familiar with the talks / said / anonymous");
    }

    @Test
    void callingSomeoneIsNotSpeechButCallingSomethingAQuoteIs() {
        assertThat(attributions("She called the police.")).isEmpty();
        assertThat(attributions("She called the plan \"a disgrace\".")).containsExactly("SOURCE_VERB: She / called / person");
    }

    @Test
    void pronounSourcesResolveToTheSentenceSubject() {
        DocumentFacts facts = facts("Qassem thanked Iran for what he called its support.");
        assertThat(facts.attributions()).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo("he");
            assertThat(a.speaker()).isEqualTo("Qassem");
        });
    }

    /** Which side each source speaks for: what one-sided-sourcing counts. */
    private static List<String> parties(String text) {
        return facts(text).attributions().stream().map(a -> a.source() + " -> " + a.party()).toList();
    }

    @Test
    void aDescriptionSpeaksForTheOrganisationTheStoryNamesUnlessItIsOfAnotherKind() {
        assertThat(parties("The group said the attack had failed. JNIM said in a statement that five died."))
                .containsExactly("The group -> body:jnim", "JNIM -> body:jnim");
        assertThat(parties("Vektra said it would close the plant. The company said 2,300 jobs would go."))
                .containsExactly("Vektra -> body:vektra", "The company -> body:vektra");
        // the seed article: the Lebanese group is not the US State Department it names at the end
        assertThat(parties("The Lebanese militant group reported the visit. The US State Department said it was a mistake."))
                .containsExactly("The Lebanese militant group -> body:lebanese militant group",
                        "The US State Department -> body:us state department");
    }

    @Test
    void termMatchesInsideAttributedQuotesAreMarkedQuoted() {
        DocumentFacts facts = facts("\"The regime must go,\" the senator said of the militia.");
        assertThat(facts.terms()).filteredOn(t -> t.list().equals("contentious-labels"))
                .extracting(TermMatch::text, TermMatch::quoted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("regime", true), org.assertj.core.groups.Tuple.tuple("militia", false));
    }

    @Test
    void wordCountLeavesOutPunctuationAndPossessives() {
        assertThat(facts("Hezbollah's leader, Naim Qassem, spoke.").article().words()).isEqualTo(5);
    }
}
