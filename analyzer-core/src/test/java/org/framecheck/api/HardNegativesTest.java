package org.framecheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.framecheck.TestAnalyzer;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.findings.Severity;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentences that look like framing devices and are not, and the devices they resemble. */
class HardNegativesTest {

    private static List<Finding> findings(String text) {
        DocumentResult result = TestAnalyzer.get().analyze("t.txt", ContentFormat.TEXT, text);
        return result.findings();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "She called the police after the break-in.",
            "He claimed the title in straight sets on Sunday.",
            "The group claimed responsibility for the attack, the interior minister said.",
            "The minister said the talks would resume next week.",
            "\"We will rebuild,\" said the mayor.",
            "The patient was admitted to hospital on Friday.",
            "The union took a militant stance in the pay talks.",
            "The new tax regime takes effect in April.",
            "Hezbollah's statement called for calm, and the region's leaders agreed.",
            "The U.S. delegation met Mr. Smith on Sept. 5 at No. 2 Downing Street.",
            "Iraq’s government and Hezbollah's leaders spoke about the region's future.",
            "The army said the rebels' commander had been captured."})
    void noFindingOnLookalikes(String sentence) {
        assertThat(findings(sentence)).isEmpty();
    }

    @Test
    void labelInsideAnAttributedQuoteIsTheSpeakersAndMarkedQuoted() {
        List<Finding> found = findings("\"The militants attacked our village at dawn,\" the mayor said.");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("militant-label");
            assertThat(f.text()).isEqualTo("militants");
            assertThat(f.quoted()).isTrue();
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("inside a quotation attributed to the mayor");
        });
    }

    @Test
    void labelInTheOutletsOwnVoiceIsAWarning() {
        List<Finding> found = findings("The militia attacked the village at dawn, the mayor said.");

        assertThat(found).extracting(Finding::rule, Finding::text, Finding::severity, Finding::quoted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("militia-label", "militia", Severity.WARNING, false));
    }

    @Test
    void loadedVerbsAreFoundInEveryInflection() {
        List<Finding> found = findings("The senator slams the plan.\n\nHer aide slammed it too.\n\nThe mayor is slamming it.");

        assertThat(found).extracting(Finding::rule, Finding::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("criticism-verb", "slams"),
                org.assertj.core.groups.Tuple.tuple("criticism-verb", "slammed"),
                org.assertj.core.groups.Tuple.tuple("criticism-verb", "slamming"));
    }

    @Test
    void loadedVerbOfSpeechIsFlaggedWithItsNeutralAlternative() {
        List<Finding> found = findings("The minister claimed the figures were accurate.");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("claim-verb");
            assertThat(f.category()).isEqualTo("loaded-attribution-verb");
            assertThat(f.text()).isEqualTo("claimed");
            assertThat(f.suggestion()).isEqualTo("said");
            assertThat(f.line()).isEqualTo(1);
            assertThat(f.column()).isEqualTo(14);
        });
    }

    @Test
    void soCalledAndSelfStyledAreDistancingFrames() {
        List<Finding> found = findings("The so-called peace plan was drafted by a self-styled mediator.");

        assertThat(found).extracting(Finding::rule, Finding::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("so-called", "so-called"),
                org.assertj.core.groups.Tuple.tuple("self-styled", "self-styled"));
    }

    @Test
    void reportedSpeechInQuotesIsNotAScareQuote() {
        assertThat(findings("Wilson called the situation \"a scam\" on Tuesday.")).isEmpty();
        assertThat(findings("She said the deal was \"a good first step\" for both sides.")).isEmpty();
    }

    @Test
    void aShortQuotedLabelNobodySaidIsAScareQuote() {
        List<Finding> found = findings("The ministry defended its \"humane\" policy on Monday.");

        assertThat(found).extracting(Finding::rule, Finding::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("scare-quotes", "\"humane\""));
    }
}
