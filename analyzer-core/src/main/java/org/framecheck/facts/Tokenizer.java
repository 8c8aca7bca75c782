package org.framecheck.facts;

import java.util.List;
import org.framecheck.lexicon.TermNormalizer;

/**
 * Splits prose into words and punctuation in one pass. Words keep inner hyphens ("so-called",
 * "Iranian-backed"), inner apostrophes ("don't"), and inner full stops of abbreviations ("U.S.");
 * a possessive {@code 's} becomes a token of its own so that "regime's" still matches "regime".
 */
final class Tokenizer {

    private Tokenizer() {
    }

    /** Raw tokens of {@code prose[start, end)}, without sentence numbers yet. */
    static void tokenize(String prose, int start, int end, List<Token> out) {
        int i = start;
        while (i < end) {
            int cp = prose.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isInvisible(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                i = word(prose, i, end, out);
            } else {
                int next = i + Character.charCount(cp);
                if (cp == '.' && next + 1 < end && prose.charAt(next) == '.' && prose.charAt(next + 1) == '.') {
                    next += 2;
                }
                add(out, prose, i, next, Token.Kind.PUNCT);
                i = next;
            }
        }
    }

    private static int word(String prose, int start, int end, List<Token> out) {
        int i = start;
        boolean digitsOnly = true;
        while (i < end) {
            int cp = prose.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                digitsOnly &= Character.isDigit(cp) || cp == ',';
                i += Character.charCount(cp);
                continue;
            }
            if (i + 1 < end && Character.isLetterOrDigit(prose.codePointAt(i + 1)) && joinsWord(prose, start, i, cp)) {
                i += 1;
                continue;
            }
            break;
        }
        // "U.S." keeps its final full stop: a single letter before it and an abbreviation inside.
        if (i < end && prose.charAt(i) == '.' && i - start >= 3 && prose.charAt(i - 2) == '.' && Character.isLetter(prose.charAt(i - 1))) {
            i++;
        }
        int wordEnd = i;
        int possessive = possessiveStart(prose, start, wordEnd);
        if (possessive > start) {
            add(out, prose, start, possessive, digitsOnly ? Token.Kind.NUMBER : Token.Kind.WORD);
            add(out, prose, possessive, wordEnd, Token.Kind.PUNCT);
        } else {
            add(out, prose, start, wordEnd, digitsOnly ? Token.Kind.NUMBER : Token.Kind.WORD);
        }
        return wordEnd;
    }

    /** Characters that join two word parts: hyphens, apostrophes, and the points of "U.S." or "3.5". */
    private static boolean joinsWord(String prose, int start, int at, int cp) {
        switch (cp) {
            case '-', '\u2010', '\u2011', '\'', '\u2019', '&' -> {
                return true;
            }
            case '.', ',' -> {
                boolean digitsAround = Character.isDigit(prose.charAt(at - 1)) && Character.isDigit(prose.charAt(at + 1));
                boolean abbreviation = cp == '.' && at - start == 1 && Character.isLetter(prose.charAt(at - 1))
                        || cp == '.' && at >= start + 2 && prose.charAt(at - 2) == '.';
                return digitsAround || abbreviation && Character.isLetter(prose.charAt(at + 1));
            }
            default -> {
                return false;
            }
        }
    }

    /** Where a trailing {@code 's} or {@code ’s} starts, or -1. */
    private static int possessiveStart(String prose, int start, int end) {
        if (end - start >= 3 && (prose.charAt(end - 1) == 's' || prose.charAt(end - 1) == 'S')) {
            char apostrophe = prose.charAt(end - 2);
            if (apostrophe == '\'' || apostrophe == '\u2019') {
                return end - 2;
            }
        }
        return -1;
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL;
    }

    private static void add(List<Token> out, String prose, int start, int end, Token.Kind kind) {
        String text = prose.substring(start, end);
        out.add(new Token(out.size(), start, end, text, TermNormalizer.normalize(text), kind, -1));
    }
}
