package org.framecheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.framecheck.TestAnalyzer;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.SourceSummary;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Sources panel of every article in the BBC corpus lists parties, never a function word, a
 * pronoun or a fragment cut from a clause ("But", "In", "There", "Some analysts put a positive gloss
 * on the"). Skips where the corpus is absent.
 */
class CorpusSourcesTest {

    /** Words that open or close a clause and never begin or end a party's name or description. */
    private static final Set<String> JOINERS = Set.of("but", "if", "while", "when", "as", "so", "and", "or",
            "because", "although", "though", "after", "before", "since", "then", "yet", "however", "also", "still",
            "even", "just", "only", "not", "no", "nor", "whether", "once", "until", "unless", "whereas", "meanwhile",
            "instead", "of", "to", "in", "on", "at", "for", "from", "with", "by", "about", "into", "over", "under", "than");

    private static final Set<String> ENDINGS = Set.of("the", "a", "an", "his", "her", "its", "their");

    private static final Set<String> PRONOUNS = Set.of("it", "its", "we", "they", "he", "she", "i", "you", "me", "him",
            "her", "us", "them", "this", "that", "these", "those", "there", "here", "what", "which", "who", "whom",
            "one", "someone", "somebody", "anyone", "anybody", "everyone", "nobody", "something", "anything", "everything",
            "nothing");

    @Test
    void noCorpusArticleListsAFunctionWordPronounOrFragmentAsASource() throws IOException {
        Path corpus = RealNewsSet.corpus().orElse(null);
        Assumptions.assumeTrue(corpus != null, "the BBC corpus (../shared/corpus/bbc) is not here");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("UPSTREAM"))
                    .sorted().toList();
        }
        List<String> junk = new ArrayList<>();
        int sources = 0;
        for (Path file : files) {
            String rel = corpus.relativize(file).toString().replace('\\', '/');
            DocumentResult result = TestAnalyzer.get().analyze(rel, ContentFormat.TEXT, Files.readString(file, StandardCharsets.UTF_8));
            for (SourceSummary s : result.sources()) {
                sources++;
                if (isJunk(s.name())) {
                    junk.add(rel + ": " + s.name());
                }
            }
        }

        assertThat(files).hasSizeGreaterThan(2000);
        assertThat(sources).isGreaterThan(5000);
        assertThat(junk).isEmpty();
    }

    private static boolean isJunk(String name) {
        // "We're", "I've": a pronoun with its verb run on
        String[] words = name.toLowerCase(Locale.ROOT).replaceAll("['’](ve|re|m|d|ll)\\b", "")
                .replaceAll("[\"'“”‘’,.]", "").trim().split("\\s+");
        String first = words[0];
        String last = words[words.length - 1];
        return words.length == 1 && PRONOUNS.contains(first) || JOINERS.contains(first) || JOINERS.contains(last)
                || ENDINGS.contains(last);
    }
}
