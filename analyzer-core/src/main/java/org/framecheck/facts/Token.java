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

    /** True when the word starts with a capital letter. */
    public boolean capitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** True for the possessive {@code 's} that the tokenizer splits off. */
    public boolean possessive() {
        return norm.equals("'s") || norm.equals("'");
    }
}
