package org.framecheck.lexicon;

import java.util.List;
import java.util.Set;

/**
 * One line of a word list.
 *
 * @param term       the term as written (one of its forms, for inflected entries)
 * @param pattern    the term's words as match elements, normalised
 * @param suggestion a neutral alternative, or empty
 * @param tag        a free classification value (a source type, a sense); may be empty
 * @param note       a note for the report; may be empty
 * @param notBefore  phrases that, right after the term, make it another sense ("called for")
 * @param notAfter   phrases that, right before the term, make it another sense ("tax regime")
 * @param notObject  heads of the term's object that make it another sense ("claimed the title")
 * @param pos        the parts of speech the term's first word must have to be this sense (for
 *                   example {@code verb}: "critics slam", not "Grand Slam"); empty for any
 * @param line       the line of the word-list file the entry comes from
 */
public record LexiconEntry(String term, List<String> pattern, String suggestion, String tag, String note,
                           List<List<String>> notBefore, List<List<String>> notAfter, Set<String> notObject,
                           Set<String> pos, int line) {
    public LexiconEntry {
        pattern = List.copyOf(pattern);
        notBefore = List.copyOf(notBefore);
        notAfter = List.copyOf(notAfter);
        notObject = Set.copyOf(notObject);
        pos = Set.copyOf(pos);
    }

    /** An entry with no part-of-speech or object test. */
    public LexiconEntry(String term, List<String> pattern, String suggestion, String tag, String note,
                        List<List<String>> notBefore, List<List<String>> notAfter, int line) {
        this(term, pattern, suggestion, tag, note, notBefore, notAfter, Set.of(), Set.of(), line);
    }

    /** Parts of speech a word list may ask for, as {@code pos=} values. */
    public static final Set<String> PARTS_OF_SPEECH = Set.of("verb", "noun", "propn", "adj", "adv");

    /** True when matching this entry needs the part of speech of words around it. */
    public boolean needsTags() {
        return !pos.isEmpty() || !notObject.isEmpty();
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
