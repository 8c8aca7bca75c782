package org.framecheck.facts;

import java.util.List;
import java.util.Set;

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

    /** Pronouns for one person, which the sourcing model resolves to a name. */
    static final Set<String> SINGULAR_PRONOUNS = Set.of("he", "she");

    /** Words that may sit inside a name or description: "Secretary of State", "officials in Baghdad". */
    private static final Set<String> INNER = Set.of("of", "for", "in", "at", "from", "de", "al", "bin", "van", "von", "del", "la", "le");

    /** Adverbs and auxiliaries that may stand between a source and its verb: "has also said". */
    private static final Set<String> BEFORE_VERB = Set.of("also", "has", "have", "had", "will", "would", "later",
            "earlier", "then", "again", "once", "further", "separately", "previously", "was", "is", "already", "first",
            "last", "not", "never", "yet");

    /** Links inside descriptions of unnamed sources: "familiar with the matter", "close to the talks". */
    private static final Set<String> CONNECTORS = Set.of("familiar with", "close to", "briefed on", "knowledge of",
            "involved in", "privy to");

    private NounPhrases() {
    }

    /** Token range {@code [start, end)} of the phrase ending before {@code verb}, or an empty range. */
    static int[] before(List<Token> tokens, int verb, int sentenceStart) {
        int i = verb - 1;
        while (i >= sentenceStart && isAdverbOrAuxiliary(tokens.get(i))) {
            i--;
        }
        int end = i + 1;
        int words = 0;
        while (i >= sentenceStart && words < 10) {
            Token t = tokens.get(i);
            if (t.possessive()) {
                i--;
                continue;
            }
            if (!t.isWord() || BOUNDARIES.contains(t.norm())) {
                break;
            }
            words++;
            i--;
            if (DETERMINERS.contains(t.norm()) || PRONOUNS.contains(t.norm())) {
                break;
            }
        }
        int start = i + 1;
        // "people familiar with the talks", "a source close to the minister": the phrase goes on.
        if (start - 2 > sentenceStart && CONNECTORS.contains(tokens.get(start - 2).norm() + " " + tokens.get(start - 1).norm())) {
            int[] head = before(tokens, start - 2, sentenceStart);
            if (head[1] > head[0]) {
                return new int[] {head[0], end};
            }
        }
        while (start < end && (INNER.contains(tokens.get(start).norm()) || tokens.get(start).possessive())) {
            start++;
        }
        return new int[] {start, end};
    }

    /** Token range of the phrase starting at {@code from}, or an empty range. */
    static int[] after(List<Token> tokens, int from, int sentenceEnd) {
        int i = from;
        int words = 0;
        while (i < sentenceEnd && words < 10) {
            Token t = tokens.get(i);
            if (t.possessive()) {
                i++;
                continue;
            }
            if (!t.isWord() || BOUNDARIES.contains(t.norm()) && !(i == from && DETERMINERS.contains(t.norm()))) {
                break;
            }
            if (words > 0 && isVerbLike(t) && !INNER.contains(t.norm())) {
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

    /** The sentence's grammatical subject, approximately: its opening name or description. */
    static int[] subject(List<Token> tokens, Sentence sentence) {
        int i = sentence.firstToken();
        while (i < sentence.endToken() && !tokens.get(i).isWord()) {
            i++;
        }
        int start = i;
        boolean determined = false;
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
            if (i == start && det) {
                determined = true;
            } else if (!t.capitalized() && !(determined && !isVerbLike(t)) && !INNER.contains(t.norm())) {
                break;
            }
            i++;
        }
        return new int[] {start, i};
    }

    private static boolean isAdverbOrAuxiliary(Token t) {
        String w = t.norm();
        return t.kind() == Token.Kind.WORD && (w.endsWith("ly") && w.length() > 4 || BEFORE_VERB.contains(w));
    }

    private static boolean isVerbLike(Token t) {
        String w = t.norm();
        return w.length() > 3 && (w.endsWith("ed") || w.endsWith("ing")) && !w.endsWith("-based");
    }
}
