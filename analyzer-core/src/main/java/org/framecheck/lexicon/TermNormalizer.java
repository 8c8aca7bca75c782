package org.framecheck.lexicon;

import java.util.Locale;

/**
 * The one normalisation that both word lists and article tokens go through, so that matching
 * survives case, curly apostrophes and the many dashes of typeset text.
 */
public final class TermNormalizer {

    private TermNormalizer() {
    }

    public static String normalize(CharSequence word) {
        if (word instanceof String s && isPlainLowerAscii(s)) {
            return s; // most words: nothing to change, nothing to allocate
        }
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            switch (c) {
                case '\u2019', '\u2018', '\u02BC', '`' -> out.append('\'');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2212' -> out.append('-');
                default -> out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isPlainLowerAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 || c >= 'A' && c <= 'Z' || c == '`') {
                return false;
            }
        }
        return true;
    }
}
