package org.framecheck.facts;

/**
 * A word or punctuation mark.
 *
 * @param index    position among the document's tokens
 * @param start    offset of the first character
 * @param end      offset after the last character
 * @param text     the characters as written
 * @param norm     lower-cased, with curly apostrophes and dashes unified (what word lists match)
 * @param kind     word, number or punctuation
 * @param sentence index of the sentence the token belongs to
 */
public record Token(int index, int start, int end, String text, String norm, Kind kind, int sentence) implements Spanned {

    public enum Kind { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return kind != Kind.PUNCT;
    }

    /**
     * True when the word starts with a capital letter, or is a name with a lower-case particle
     * ("al-Sudani", "bin-Laden", "van-Gaal").
     */
    public boolean capitalized() {
        if (kind != Kind.WORD) {
            return false;
        }
        if (Character.isUpperCase(text.codePointAt(0))) {
            return true;
        }
        int hyphen = text.indexOf('-');
        return hyphen > 0 && hyphen <= 3 && hyphen + 1 < text.length() && Character.isUpperCase(text.charAt(hyphen + 1));
    }

    /** True for the possessive {@code 's} that the tokenizer splits off. */
    public boolean possessive() {
        return norm.equals("'s") || norm.equals("'");
    }
}
