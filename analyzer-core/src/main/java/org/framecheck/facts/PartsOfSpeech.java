package org.framecheck.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Parts of speech of one document's words, tagged only where a word-list entry asks for them
 * ("critics slam" is a verb, "Grand Slam" a name, "jobless claims" a noun), a sentence at a time.
 * Tagging costs about as much as everything else the analyzer does to a word, so it is lazy: a
 * document with no ambiguous candidate is never tagged. Tags are coarse Universal Dependencies
 * tags in lower case: {@code verb}, {@code aux}, {@code noun}, {@code propn}, {@code adj},
 * {@code adv}, {@code det}, {@code adp}, {@code pron}, {@code num}, {@code part}, {@code punct}…
 *
 * <p>The model is OpenNLP's English maxent tagger of release 1.5 ({@code en-pos-maxent.bin}),
 * read once per class loader on first use (about a second) and shared: it is immutable. A
 * {@code PartsOfSpeech} serves one document on one thread.
 */
public final class PartsOfSpeech {

    /** Sentences longer than this are tagged in a window around the word asked about. */
    private static final int MAX_TAGGED = 60;
    private static final int WINDOW = 20;

    private static final class Model {
        static final POSModel INSTANCE = load();

        private static POSModel load() {
            try (InputStream in = PartsOfSpeech.class.getResourceAsStream("/en-pos-maxent.bin")) {
                if (in == null) {
                    throw new IllegalStateException("the part-of-speech model en-pos-maxent.bin is not on the class path");
                }
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the part-of-speech model", e);
            }
        }
    }

    private final List<Token> tokens;
    private final Map<Integer, String[]> windows = new HashMap<>();
    private final Map<Integer, Integer> windowStart = new HashMap<>();
    private POSTaggerME tagger;
    private int tagged;

    PartsOfSpeech(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Loads the model now rather than on first use, for tools that want a predictable first document. */
    public static void preload() {
        if (Model.INSTANCE == null) {
            throw new IllegalStateException("no part-of-speech model");
        }
    }

    /** The tag of token {@code index}, tagging the sentence around it on first use. */
    String tag(int index) {
        Token token = tokens.get(index);
        int key = token.sentence();
        String[] tags = windows.get(key);
        Integer start = windowStart.get(key);
        if (tags == null || index < start || index >= start + tags.length) {
            int[] range = range(index);
            tags = tagRange(range[0], range[1]);
            start = range[0];
            windows.put(key, tags);
            windowStart.put(key, start);
        }
        return tags[index - start];
    }

    /** How many tokens this document has had tagged (for the benchmark). */
    int taggedTokens() {
        return tagged;
    }

    private int[] range(int index) {
        int sentence = tokens.get(index).sentence();
        int from = index;
        while (from > 0 && tokens.get(from - 1).sentence() == sentence) {
            from--;
        }
        int to = index + 1;
        while (to < tokens.size() && tokens.get(to).sentence() == sentence) {
            to++;
        }
        if (to - from > MAX_TAGGED) {
            from = Math.max(from, index - WINDOW);
            to = Math.min(to, index + WINDOW + 1);
        }
        return new int[] {from, to};
    }

    private String[] tagRange(int from, int to) {
        if (tagger == null) {
            tagger = new POSTaggerME(Model.INSTANCE);
        }
        String[] words = new String[to - from];
        for (int i = from; i < to; i++) {
            words[i - from] = modelWord(tokens.get(i).text());
        }
        String[] tags = tagger.tag(words);
        for (int i = 0; i < tags.length; i++) {
            tags[i] = tags[i].toLowerCase(java.util.Locale.ROOT);
        }
        tagged += words.length;
        return tags;
    }

    /** The model was trained on straight quotation marks and apostrophes. */
    private static String modelWord(String text) {
        return switch (text) {
            case "\u201C", "\u201D", "\u201E" -> "\"";
            case "\u2018", "\u2019" -> "'";
            default -> text.replace('\u2019', '\'');
        };
    }
}
