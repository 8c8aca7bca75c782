package org.framecheck.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.DefaultPOSContextGenerator;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.TagDictionary;
import opennlp.tools.util.SequenceValidator;

/**
 * Parts of speech of one document's words, tagged only where a word-list entry asks for them
 * ("critics slam" is a verb, "Grand Slam" a name, "jobless claims" a noun).
 * Tagging costs about as much as everything else the analyzer does to a word, so it is lazy: a
 * document with no ambiguous candidate is never tagged. Tags are coarse Universal Dependencies
 * tags in lower case: {@code verb}, {@code aux}, {@code noun}, {@code propn}, {@code adj},
 * {@code adv}, {@code det}, {@code adp}, {@code pron}, {@code num}, {@code part}, {@code punct}…
 *
 * <p>The model is OpenNLP's English maxent tagger of release 1.5 ({@code en-pos-maxent.bin}),
 * read once per class loader on first use and shared: it is immutable. The build writes it in a
 * compact form ({@link TaggerModel}) that reads several times faster than OpenNLP's own file. Two things
 * keep tagging cheap enough for a million words a second: a word the model's tag dictionary allows
 * only one tag gets it without the model, and any other is tagged with three words on either side
 * (the model reads two words and two tags back), not with its whole sentence. A
 * {@code PartsOfSpeech} serves one document on one thread.
 */
public final class PartsOfSpeech {

    private static final class Model {
        static final TaggerModel INSTANCE = TaggerModel.load();
        static final MaxentModel MAXENT = INSTANCE.maxent();
        static final TagDictionary DICTIONARY = INSTANCE.dictionary();
        /** Penn Treebank tags, as the model gives them, to Universal Dependencies tags. */
        static final Map<String, String> UD = universalTags();

        private static Map<String, String> universalTags() {
            String[] penn = new String[MAXENT.getNumOutcomes()];
            for (int i = 0; i < penn.length; i++) {
                penn[i] = MAXENT.getOutcome(i);
            }
            POSTagFormatMapper mapper = new POSTagFormatMapper(penn) { };
            Map<String, String> ud = new HashMap<>();
            for (String tag : penn) {
                ud.put(tag, mapper.convertTag(tag).toLowerCase(java.util.Locale.ROOT));
            }
            return Map.copyOf(ud);
        }
    }

    /** Words tagged on each side of the word asked about: the model reads two words and two tags back. */
    private static final int MARGIN = 3;

    private final List<Token> tokens;
    private final String[] tags;
    private POSContextGenerator contexts;
    private SequenceValidator<String> validator;
    private BeamSearch beam; // OpenNLP's decoder with its default beam of three: it has scratch state, so one per document
    private int tagged;

    PartsOfSpeech(List<Token> tokens) {
        this.tokens = tokens;
        this.tags = new String[tokens.size()];
    }

    /** The tag of every token, for tools that show a document's facts (the analyzer itself tags only where asked). */
    public static List<String> tagsOf(List<Token> tokens) {
        PartsOfSpeech tags = new PartsOfSpeech(tokens);
        List<String> out = new java.util.ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tags.tag(i));
        }
        return out;
    }

    /** Loads the model now rather than on first use, for tools that want a predictable first document. */
    public static void preload() {
        if (Model.INSTANCE == null) {
            throw new IllegalStateException("no part-of-speech model");
        }
    }

    /**
     * The tag of token {@code index}. A word the model's tag dictionary allows only one tag ("the",
     * "asked") has it without tagging; another is tagged with a few words on either side.
     */
    String tag(int index) {
        if (tags[index] == null) {
            String only = onlyTag(modelWord(tokens.get(index).text()));
            if (only != null) {
                tags[index] = only;
            } else {
                tagAround(index);
            }
        }
        return tags[index];
    }

    /** How many tokens this document has had tagged by the model (for the benchmark). */
    int taggedTokens() {
        return tagged;
    }

    private static String onlyTag(String word) {
        String[] allowed = Model.DICTIONARY.getTags(word);
        if (allowed == null || allowed.length == 0) {
            return null;
        }
        String only = Model.UD.get(allowed[0]);
        for (String tag : allowed) {
            if (!Model.UD.getOrDefault(tag, "x").equals(only)) {
                return null;
            }
        }
        return only;
    }

    /** Tags the words around {@code index} within its sentence and keeps the tags of those with context on both sides. */
    private void tagAround(int index) {
        int sentence = tokens.get(index).sentence();
        int from = index;
        while (from > 0 && index - from < MARGIN && tokens.get(from - 1).sentence() == sentence) {
            from--;
        }
        int to = index + 1;
        while (to < tokens.size() && to - index <= MARGIN && tokens.get(to).sentence() == sentence) {
            to++;
        }
        String[] window = tagRange(from, to);
        boolean sentenceStart = from == 0 || tokens.get(from - 1).sentence() != sentence;
        boolean sentenceEnd = to == tokens.size() || tokens.get(to).sentence() != sentence;
        for (int i = from; i < to; i++) {
            boolean leftKnown = sentenceStart || i - from >= 2;
            boolean rightKnown = sentenceEnd || to - i > 2;
            if (i == index || tags[i] == null && leftKnown && rightKnown) {
                tags[i] = window[i - from];
            }
        }
    }

    private String[] tagRange(int from, int to) {
        if (contexts == null) {
            // what OpenNLP's factory gives a model of release 1.5 with no n-gram dictionary
            contexts = new DefaultPOSContextGenerator(0, null);
            validator = new DefaultPOSSequenceValidator(Model.DICTIONARY);
            beam = new BeamSearch(3, Model.MAXENT, 0);
        }
        String[] words = new String[to - from];
        for (int i = from; i < to; i++) {
            words[i - from] = modelWord(tokens.get(i).text());
        }
        List<String> penn = beam.bestSequence(words, null, contexts, validator).getOutcomes();
        String[] ud = new String[words.length];
        for (int i = 0; i < ud.length; i++) {
            ud[i] = Model.UD.getOrDefault(penn.get(i), "x");
        }
        tagged += words.length;
        return ud;
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
