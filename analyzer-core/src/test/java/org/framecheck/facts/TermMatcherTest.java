package org.framecheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.framecheck.TestAnalyzer;
import org.framecheck.api.Analyzer;
import org.framecheck.lexicon.LexiconParser;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;

/** Word-list entries matched against a sentence's tokens: pattern elements, senses and overlaps. */
class TermMatcherTest {

    private static List<String> matches(String words, String sentence) throws Exception {
        TermMatcher matcher = new TermMatcher(List.of(LexiconParser.parse("x", "x.words", words)));
        Analyzer analyzer = TestAnalyzer.get();
        DocumentFacts facts = analyzer.facts(analyzer.read("s.txt", ContentFormat.TEXT, sentence));
        List<TermMatch> out = new ArrayList<>();
        for (Sentence s : facts.sentences()) {
            matcher.match(facts.tokens(), s.firstToken(), s.endToken(), sentence, out);
        }
        return out.stream().map(TermMatch::text).toList();
    }

    @Test
    void patternElementsMatchWordsNamesNumbersAndEndings() throws Exception {
        assertThat(matches("what * called\n", "It was what he called a deal and what the new minister called a coup."))
                .containsExactly("what he called", "what the new minister called");
        assertThat(matches("in an ^ airstrike\n", "Two died in an Israeli airstrike, not in an airstrike at sea."))
                .containsExactly("in an Israeli airstrike");
        assertThat(matches("shed # jobs\n", "The firm will shed 300 jobs and shed many jobs later."))
                .containsExactly("shed 300 jobs");
        assertThat(matches("*-backed militias\n", "Iran-backed militias and Moscow-backed militias fought."))
                .containsExactly("Iran-backed militias", "Moscow-backed militias");
    }

    @Test
    void braceGroupsListAlternativesAndAnEmptyOneIsOptional() throws Exception {
        assertThat(matches("there {is,are,have been} {also,growing,} fears\n",
                "There are fears of a split, there have been growing fears since May and there is also fears. There were fears."))
                .containsExactly("There are fears", "there have been growing fears", "there is also fears");
        assertThat(matches("{many,some} {,*} believe\n", "Many believe it, some voters still believe it and few believe it."))
                .containsExactly("Many believe", "some voters still believe");
    }

    @Test
    void hyphenatedTermsMatchWithASpaceAndTheLongestOverlapWins() throws Exception {
        assertThat(matches("so-called\n", "The so called reform and the so-called plan.")).containsExactly("so called", "so-called");
        assertThat(matches("militias\niranian-backed militias\n", "Iranian-backed militias fired."))
                .containsExactly("Iranian-backed militias");
    }

    @Test
    void aSenseExceptionTestsTheAdjacentWordOnly() throws Exception {
        assertThat(matches("called | | not-before=for\n", "He called for calm. She called it a historic agreement for all."))
                .containsExactly("called");
    }
}
