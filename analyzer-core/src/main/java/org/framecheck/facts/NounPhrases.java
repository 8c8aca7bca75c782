package org.framecheck.facts;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the noun phrase that names a source next to an attribution verb, with a few word-class
 * heuristics rather than a parser: good enough for the subject of "X said" and the object of
 * "according to X", which is all the sourcing model needs.
 */
final class NounPhrases {

    /** Where a phrase walking left or right must stop. */
    private static final Set<String> BOUNDARIES = Set.of(
            "that", "which", "who", "whom", "whose", "what", "where", "when", "why", "how", "and", "or", "but", "nor",
            "so", "because", "as", "if", "while", "since", "than", "after", "before", "although", "though", "until",
            "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
            "should", "may", "might", "can", "do", "does", "did", "not", "to", "by", "with", "on", "about", "against",
            "said", "says", "say", "told", "tells", "added", "adds", "into", "over", "during", "amid", "under",
            "also", "then", "now", "there", "here", "it's");

    static final Set<String> DETERMINERS = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
            "some", "several", "many", "two", "three", "one", "another", "other", "most", "no", "any", "each", "both",
            "all");

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");

    /** Words that make what follows a noun: "the report", "her claim" (but "some say" is speech). */
    static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my",
            "your", "this", "these", "those", "every", "each", "no");

    /** Pronouns for one person, which the sourcing model resolves to a name. */
    static final Set<String> SINGULAR_PRONOUNS = Set.of("he", "she");

    /** Words that may sit inside a name or description: "Secretary of State", "officials in Baghdad". */
    private static final Set<String> INNER = Set.of("of", "for", "in", "at", "from", "de", "al", "bin", "van", "von", "del", "la", "le");

    /** Adverbs and auxiliaries that may stand between a source and its verb: "has also said". */
    private static final Set<String> BEFORE_VERB = Set.of("also", "has", "have", "had", "will", "would", "later",
            "earlier", "then", "again", "once", "further", "separately", "previously", "was", "is", "already", "first",
            "last", "not", "never", "yet", "now", "still", "even", "just", "always", "often", "repeatedly", "privately",
            "publicly", "reportedly");

    /** Prepositions that may sit inside a source's description: "experts at", "people close to". */
    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "in", "at", "from", "with", "to", "on",
            "near", "inside", "within", "across", "outside");

    /** Words of time that stand before a name without being part of it: "at the time Lord Woolf said". */
    private static final Set<String> TIME_WORDS = Set.of("time", "week", "year", "day", "month", "night", "morning",
            "afternoon", "evening", "weekend", "moment", "stage", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december", "yesterday", "today", "tonight");

    /** Words of time that stand before a name without being part of it ("on Wednesday Lord Woolf said"). */
    static boolean isTimeWord(Token t) {
        return TIME_WORDS.contains(t.norm());
    }

    /** Words that end the search for a relative clause before a verb. */
    private static final Set<String> SPEECH_BREAKS = Set.of("said", "says", "told", "and", "but", "that");

    private NounPhrases() {
    }

    /**
     * Token range {@code [start, end)} of the phrase ending before {@code verb}, or an empty range. The
     * phrase may hold prepositional phrases ("officials familiar with the talks", "critics of the
     * project") and may be separated from its verb by a relative clause or a parenthetical ("an
     * official who asked not to be named said", "a senior official, speaking on condition of
     * anonymity, said").
     */
    static int[] before(List<Token> tokens, int verb, int sentenceStart) {
        int i = verb - 1;
        // a capitalised "-ly" word after a name is part of it ("China Daily said"), not an adverb
        while (i >= sentenceStart && isAdverbOrAuxiliary(tokens.get(i))
                && !(tokens.get(i).capitalized() && i - 1 >= sentenceStart && tokens.get(i - 1).capitalized())) {
            i--;
        }
        // "The Business Software Alliance (BSA) warned": the bracketed short name belongs to the source
        if (i - 2 >= sentenceStart && tokens.get(i).norm().equals(")") && tokens.get(i - 2).norm().equals("(")
                && tokens.get(i - 1).capitalized()) {
            i -= 3;
        }
        int[] name = appositiveName(tokens, i, sentenceStart);
        if (name != null) {
            return name;
        }
        int skipped = skipInsertion(tokens, i, sentenceStart);
        if (skipped != i) {
            int[] head = before(tokens, skipped + 1, sentenceStart);
            if (head[1] > head[0]) {
                return head; // the attribution still spans the insertion, from source to verb
            }
        }
        int end = i + 1;
        int words = 0;
        boolean nameSoFar = true;
        while (i >= sentenceStart && words < 14) {
            Token t = tokens.get(i);
            if (t.possessive()) {
                i--;
                continue;
            }
            if (!t.isWord()) {
                break;
            }
            if (words > 0 && nameSoFar && isTimeWord(t)) {
                break; // "at the time Lord Woolf", "on Wednesday Lord Woolf": the name alone
            }
            nameSoFar &= t.capitalized();
            if (PREPOSITIONS.contains(t.norm())) {
                if (words > 0 && continuesPhrase(tokens, i - 1, sentenceStart)) {
                    i--;
                    words++;
                    continue;
                }
                break;
            }
            if (BOUNDARIES.contains(t.norm()) && !(t.norm().equals("and") && insideInstitutionName(tokens, i, sentenceStart))) {
                break;
            }
            words++;
            i--;
            if (DETERMINERS.contains(t.norm()) || PRONOUNS.contains(t.norm())) {
                // "the talks" may be the object inside "officials familiar with the talks"
                if (i >= sentenceStart && PREPOSITIONS.contains(tokens.get(i).norm()) && continuesPhrase(tokens, i - 1, sentenceStart)) {
                    continue;
                }
                break;
            }
        }
        int start = i + 1;
        while (start < end && (PREPOSITIONS.contains(tokens.get(start).norm()) || tokens.get(start).possessive())) {
            start++;
        }
        return new int[] {start, end};
    }

    /**
     * The "and" at {@code i} joins the last words of an institution's name: "Department for Work and
     * Pensions", "Organisation for Economic Co-operation and Development" (capitalised words, then
     * "for" or "of" after a capitalised word), not two people ("Mr Smith and Mr Jones").
     */
    private static boolean insideInstitutionName(List<Token> tokens, int i, int sentenceStart) {
        int j = i - 1;
        while (j >= sentenceStart && tokens.get(j).capitalized()) {
            j--;
        }
        return j < i - 1 && j - 1 >= sentenceStart && (tokens.get(j).norm().equals("for") || tokens.get(j).norm().equals("of"))
                && tokens.get(j - 1).capitalized();
    }

    /** The comma that opens the comma-enclosed words ending at {@code close}, or -1. */
    private static int previousComma(List<Token> tokens, int close, int sentenceStart) {
        for (int j = close - 1; j > sentenceStart && close - j <= 16; j--) {
            Token t = tokens.get(j);
            if (t.norm().equals(",")) {
                return j;
            }
            if (!t.isWord() && !t.possessive() && !t.norm().equals("-")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "The group's founder, Leila Haddad, said": a name set off by commas right before the verb is
     * the source. Returns its range, or null.
     */
    private static int[] appositiveName(List<Token> tokens, int close, int sentenceStart) {
        if (close < sentenceStart || !tokens.get(close).norm().equals(",")) {
            return null;
        }
        int open = previousComma(tokens, close, sentenceStart);
        if (open <= sentenceStart || close - open - 1 > 4 || !tokens.get(open - 1).isWord()) {
            return null;
        }
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            if (!t.capitalized() || t.norm().endsWith("'s")) {
                return null;
            }
        }
        if (tokens.get(open + 1).possessive() || open + 2 < close && tokens.get(open + 2).possessive()) {
            return null;
        }
        return new int[] {open + 1, close};
    }

    /** A word that can carry a prepositional phrase: not a boundary, verb or pronoun. */
    private static boolean continuesPhrase(List<Token> tokens, int i, int sentenceStart) {
        if (i < sentenceStart) {
            return false;
        }
        Token t = tokens.get(i);
        return t.isWord() && !BOUNDARIES.contains(t.norm()) && !PRONOUNS.contains(t.norm()) && !PREPOSITIONS.contains(t.norm());
    }

    /**
     * If the words ending at {@code i} are an insertion between a source and its verb (", speaking on
     * condition of anonymity," or "who asked not to be named"), the index just before it; else {@code i}.
     */
    private static int skipInsertion(List<Token> tokens, int i, int sentenceStart) {
        if (i < sentenceStart) {
            return i;
        }
        if (tokens.get(i).norm().equals(",")) {
            int j = previousComma(tokens, i, sentenceStart);
            // ", speaking on condition of anonymity," / ", who asked not to be named," / ", the state
            // broadcaster's channel,": an insertion or apposition after the source
            return j > sentenceStart && tokens.get(j - 1).isWord() ? j - 1 : i;
        }
        for (int j = i; j > sentenceStart && i - j <= 12; j--) {
            String w = tokens.get(j).norm();
            if (w.equals("who")) {
                return j - 1 >= sentenceStart && tokens.get(j - 1).norm().equals(",") ? j - 2 : j - 1;
            }
            if (!tokens.get(j).isWord() || SPEECH_BREAKS.contains(w)) {
                return i;
            }
        }
        return i;
    }

    /** Token range of the phrase starting at {@code from}, or an empty range. */
    static int[] after(List<Token> tokens, int from, int sentenceEnd) {
        if (from < sentenceEnd && PREPOSITIONS.contains(tokens.get(from).norm())) {
            return new int[] {from, from}; // "said in an interview": no source follows
        }
        int i = from;
        int words = 0;
        while (i < sentenceEnd && words < 10) {
            Token t = tokens.get(i);
            if (t.possessive()) {
                i++;
                continue;
            }
            if (isInitialStop(tokens, i, sentenceEnd)) {
                i++; // "said Mr R. Sridharan"
                continue;
            }
            if (!t.isWord() || BOUNDARIES.contains(t.norm()) && !(i == from && DETERMINERS.contains(t.norm()))) {
                break;
            }
            if (words > 0 && isVerbLike(t) && !t.capitalized() && !INNER.contains(t.norm())) { // "Paul King" is a name
                break;
            }
            words++;
            i++;
        }
        int end = i;
        while (end > from && (INNER.contains(tokens.get(end - 1).norm()) || DETERMINERS.contains(tokens.get(end - 1).norm()))) {
            end--;
        }
        return new int[] {from, end};
    }

    /**
     * The sentence's grammatical subject, approximately: its opening name or description, with
     * lower-case words inside a name kept ("Chief executive Daniel Roper").
     */
    static int[] subject(List<Token> tokens, Sentence sentence, PartsOfSpeech tags) {
        int i = sentence.firstToken();
        for (int phrase = 0; phrase < 3; phrase++) {
            while (i < sentence.endToken() && (!tokens.get(i).isWord() || CONJUNCTIONS.contains(tokens.get(i).norm()))) {
                i++; // "But Bombardier said"
            }
            if (i >= sentence.endToken() || !OPENERS.contains(tokens.get(i).norm())) {
                break;
            }
            // "In theory, the government…", "In the US growth is 6%, in China they…": the subject
            // follows the opening phrases
            int comma = i + 1;
            while (comma < sentence.endToken() && comma - i <= 12 && !tokens.get(comma).norm().equals(",")) {
                comma++;
            }
            if (comma >= sentence.endToken() || comma - i > 12) {
                return new int[] {i, i};
            }
            i = comma + 1;
        }
        int start = i;
        if (i < sentence.endToken() && isVerbLike(tokens.get(i))) {
            return new int[] {start, start}; // "Speaking to reporters, he said": no subject up front
        }
        boolean determined = false;
        boolean named = false;
        int end = i;
        while (i < sentence.endToken() && i - start < 8) {
            Token t = tokens.get(i);
            if (t.possessive()) {
                i++;
                continue;
            }
            if (!t.isWord()) {
                break;
            }
            boolean det = DETERMINERS.contains(t.norm());
            boolean inner = INNER.contains(t.norm()) && capitalizedWithin(tokens, i + 1, sentence.endToken(), 1);
            if (i == start && det) {
                determined = true;
            } else if (!t.capitalized() && !inner && !NOMINAL.contains(tags.tag(i))) {
                break; // the verb ("The Sun Grid relies on…", "the government could act"), an adverb, a clause
            } else if (!t.capitalized() && !inner && !determined && !named && i > start
                    && !capitalizedWithin(tokens, i + 1, sentence.endToken(), 2)) {
                break; // a bare capitalised opener and a noun after it is no subject phrase: "However reports…"
            }
            named |= t.capitalized() && i > start;
            i++;
            end = i;
        }
        return new int[] {start, end};
    }

    private static final Set<String> CONJUNCTIONS = Set.of("but", "and", "or", "yet", "so", "nor");

    /** Parts of speech that carry a subject phrase on: "The Lebanese militant group", "A senior official". */
    private static final Set<String> NOMINAL = Set.of("noun", "propn", "adj", "num");

    /** "he", "they", and with a verb run on: "We're", "I've". */
    static boolean isPronoun(Token t) {
        return PRONOUNS.contains(CONTRACTION.matcher(t.norm()).replaceFirst(""));
    }

    private static final Pattern CONTRACTION = Pattern.compile("['\u2019](ve|re|m|d|ll|s)$");

    /** True for a word that joins or opens phrases and is never part of a name or description before one. */
    static boolean isJoiner(Token t) {
        return CONJUNCTIONS.contains(t.norm()) || OPENERS.contains(t.norm()) || JOINERS.contains(t.norm());
    }

    private static final Set<String> JOINERS = Set.of("of", "no", "not", "then", "instead", "only", "just", "also",
            "still", "than", "into", "onto", "is", "are", "was", "were", "has", "have", "had", "said", "says");

    /** Words that open an introductory phrase or clause before the subject. */
    private static final Set<String> OPENERS = Set.of("in", "on", "at", "with", "without", "by", "for", "from", "under",
            "over", "about", "to", "after", "before", "since", "during", "despite", "amid", "if", "while", "whilst",
            "although", "though", "when", "because", "as", "unless", "once", "until", "even", "through",
            "following", "according", "of", "whether", "not", "only", "no", "instead", "however", "meanwhile", "then",
            "now", "still", "also", "indeed", "nonetheless", "nevertheless", "moreover", "furthermore", "separately",
            "similarly", "finally", "yesterday", "today", "earlier", "later", "just");

    private static boolean capitalizedWithin(List<Token> tokens, int from, int to, int words) {
        for (int k = from; k < Math.min(to, from + words); k++) {
            if (tokens.get(k).capitalized()) {
                return true;
            }
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static boolean isAdverbOrAuxiliary(Token t) {
        String w = t.norm();
        return t.kind() == Token.Kind.WORD && (w.endsWith("ly") && w.length() > 4 || BEFORE_VERB.contains(w));
    }

    /** The full stop of an initial inside a name: "R." in "Mr R. Sridharan". */
    private static boolean isInitialStop(List<Token> tokens, int i, int end) {
        if (i == 0 || i + 1 >= end || !tokens.get(i).text().equals(".")) {
            return false;
        }
        Token initial = tokens.get(i - 1);
        return initial.text().length() == 1 && Character.isUpperCase(initial.text().charAt(0))
                && initial.end() == tokens.get(i).start() && tokens.get(i + 1).capitalized();
    }

    private static boolean isVerbLike(Token t) {
        String w = t.norm();
        return w.length() > 3 && (w.endsWith("ed") || w.endsWith("ing")) && !w.endsWith("-based");
    }
}
