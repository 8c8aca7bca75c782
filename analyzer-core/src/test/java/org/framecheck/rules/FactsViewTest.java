package org.framecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.framecheck.TestAnalyzer;
import org.framecheck.api.Analyzer;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;

/** The facts view shows a rule author every fact and field a pattern can test, with positions. */
class FactsViewTest {

    private static final String TEXT = "Budget talks stalled.\nCritics say the so-called reform failed, the minister claimed.";

    private static FactsView view() {
        Analyzer analyzer = TestAnalyzer.get();
        return new FactsView(analyzer.facts(analyzer.read("story.txt", ContentFormat.TEXT, TEXT)));
    }

    @Test
    void listsTokensWithPartOfSpeechAndLemmaThenEachFactWithItsFields() {
        String text = view().text();

        assertThat(text).startsWith("# story.txt\nTokens (15)\n  1:1 Budget/");
        assertThat(text).contains("\n  2:1 Critics/", "\n  2:55 claimed/verb lemma=claim\n");
        assertThat(text.lines().filter(l -> l.startsWith("  where=\"2:1\"") && l.contains("verb=\"say\""))).hasSize(1);
        assertThat(text.lines().filter(l -> l.contains("list=\"distancing-frames\"") && l.contains("tag=\"so-called\""))
                .toList()).singleElement().asString().startsWith("  where=\"2:17\"");
        assertThat(text).containsSubsequence("\nArticle (1)", "\nSentence (2)", "\nQuote (0)", "\nAttribution (",
                "\nTermMatch (", "\nSource (");
    }

    @Test
    void jsonHasTheSameFactsByType() throws Exception {
        JsonNode json = new ObjectMapper().readTree(view().json());

        assertThat(json.get("path").asText()).isEqualTo("story.txt");
        assertThat(json.get("tokens")).hasSize(15);
        assertThat(json.get("tokens").get(13).get("text").asText()).isEqualTo("claimed");
        assertThat(json.get("tokens").get(13).get("lemma").asText()).isEqualTo("claim");
        assertThat(json.get("Sentence")).hasSize(2);
        assertThat(json.get("Sentence").get(1).get("where").asText()).isEqualTo("2:1");
        assertThat(json.get("Sentence").get(1).get("start").asInt()).isEqualTo(22);
    }
}
