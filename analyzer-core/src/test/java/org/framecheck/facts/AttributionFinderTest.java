package org.framecheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.framecheck.TestAnalyzer;
import org.framecheck.api.Analyzer;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;

/** Who is reported as saying what: the four forms of attribution, each with its source and claim. */
class AttributionFinderTest {

    private static List<String> attributions(String text) {
        Analyzer analyzer = TestAnalyzer.get();
        DocumentFacts facts = analyzer.facts(analyzer.read("s.txt", ContentFormat.TEXT, text));
        return facts.attributions().stream()
                .map(a -> a.form() + " " + a.source() + " / " + a.verb() + " / " + text.substring(a.claimStart(), a.claimEnd()))
                .toList();
    }

    @Test
    void sourceThenVerbAndVerbThenSource() {
        assertThat(attributions("The ministry said the border would reopen. \"It is over,\" said Ali Larijani."))
                .containsExactly("SOURCE_VERB The ministry / said / the border would reopen.",
                        "VERB_SOURCE Ali Larijani / said / It is over,");
    }

    @Test
    void accordingToAndAParticipleOfTheSubject() {
        assertThat(attributions("Prices rose, according to Iranian state media. Joe Wilson criticised the visit, saying it was a scam."))
                .containsExactly("ACCORDING_TO Iranian state media / according to / Prices rose",
                        "SOURCE_VERB Joe Wilson / criticised / the visit, saying it was a scam.",
                        "PARTICIPLE Joe Wilson / saying / it was a scam.");
    }

    @Test
    void aClaimEndsWhereAnotherSourceTakesTheWord() {
        assertThat(attributions("The White House said the budget is due on Monday, and many commentators believe the deficit will grow."))
                .containsExactly("SOURCE_VERB The White House / said / the budget is due on Monday",
                        "SOURCE_VERB many commentators / believe / the deficit will grow.");
        assertThat(attributions("Mr Milburn said he understood the concerns but insisted that the posters were fair."))
                .containsExactly("SOURCE_VERB Mr Milburn / said / he understood the concerns",
                        "PARTICIPLE Mr Milburn / insisted / that the posters were fair.");
    }

    @Test
    void aParentheticalAttributionCoversItsSentence() {
        assertThat(attributions("Before now, Mr Jobs said, Apple had been seen as a premium brand."))
                .containsExactly("SOURCE_VERB Mr Jobs / said / Before now, Mr Jobs said, Apple had been seen as a premium brand.");
    }

    @Test
    void aVerbAfterAnAsideOrAfterForHasTheSubjectAsSpeaker() {
        assertThat(attributions("Chancellor Gordon Brown did, however, admit that borrowing would rise."))
                .containsExactly("SOURCE_VERB Chancellor Gordon Brown / admit / that borrowing would rise.");
        assertThat(attributions("The Home Office was criticised for insisting the detentions would continue."))
                .containsExactly("PARTICIPLE The Home Office / insisting / the detentions would continue.");
    }

    @Test
    void aSentenceFinalAccordingToReportsTheWordsBeforeIt() {
        assertThat(attributions("British voters would reject the constitution, according to a poll posing the question."))
                .containsExactly("SOURCE_VERB British voters / reject / the constitution",
                        "ACCORDING_TO a poll / according to / British voters would reject the constitution");
    }

    @Test
    void theWordsAfterTellAreWhoIsToldNotWhoSpeaks() {
        assertThat(attributions("Barbara Follet, elected in 1997, told researchers: \"I remember it well.\""))
                .containsExactly("SOURCE_VERB Barbara Follet / told / I remember it well.");
    }

    @Test
    void wordsAfterAPlainVerbAreItsObjectNotASpeaker() {
        assertThat(attributions("The utility will help users find and remove any spyware.")).isEmpty();
        assertThat(attributions("Only then can consumers stop worrying that the picture will not arrive.")).isEmpty();
        assertThat(attributions("Leading economists have warned that taxpayers may pay."))
                .containsExactly("SOURCE_VERB Leading economists / warned / that taxpayers may pay.");
    }

    @Test
    void aWayOfDoingSomethingIsNoAttribution() {
        assertThat(attributions("People can play any song just by saying its name.")).isEmpty();
    }
}
