package org.framecheck.lexicon;

import java.util.List;

/**
 * One line of a word list.
 *
 * @param term       the term as written (one of its forms, for inflected entries)
 * @param pattern    the term's words as match elements, normalised
 * @param suggestion a neutral alternative, or empty
 * @param tag        a free classification value (a source type, a sense); may be empty
 * @param note       a note for the report; may be empty
 * @param notBefore  phrases that, among the next four words, mean another sense
 * @param notAfter   phrases that, among the four words before, mean another sense
 * @param line       the line of the word-list file the entry comes from
 */
public record LexiconEntry(String term, List<String> pattern, String suggestion, String tag, String note,
                           List<List<String>> notBefore, List<List<String>> notAfter, int line) {
    public LexiconEntry {
        pattern = List.copyOf(pattern);
        notBefore = List.copyOf(notBefore);
        notAfter = List.copyOf(notAfter);
    }

    /** Pattern element for one to four words of any kind. */
    public static final String GAP = "*";
    /** Pattern element for exactly one word. */
    public static final String ANY_WORD = "_";
    /** Pattern element for exactly one capitalised word (a name: "in an ^ airstrike"). */
    public static final String CAPITALIZED = "^";
    /** Pattern element for exactly one number ("some #": "some 300"). */
    public static final String NUMBER = "#";

    /** True when the element matches words by their ending ({@code *-backed}). */
    public static boolean isSuffix(String element) {
        return element.length() > 1 && element.startsWith("*");
    }
}
