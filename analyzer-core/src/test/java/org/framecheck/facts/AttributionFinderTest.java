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
}
