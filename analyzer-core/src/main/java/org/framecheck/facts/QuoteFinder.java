package org.framecheck.facts;

import java.util.List;

/**
 * Pairs quotation marks within a block. Double marks (straight and curly) pair in order; single
 * marks open only before a letter after a space or bracket and close only before a non-letter, so
 * apostrophes ("Hezbollah's", "Iraq’s", "don't") never start or end a quote. An unclosed mark is
 * ignored rather than swallowing the rest of the block.
 */
final class QuoteFinder {

    /** A quote's marks before linking: {@code [start, end)} including both marks. */
    record Span(int start, int end, Quote.Marks marks) {
    }

    private QuoteFinder() {
    }

    static void find(String prose, int from, int to, List<Span> out) {
        findDouble(prose, from, to, out);
        findSingle(prose, from, to, out);
    }

    private static void findDouble(String prose, int from, int to, List<Span> out) {
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = prose.charAt(i);
            if (c == '\u201C' || c == '\u201E') {
                open = i;
            } else if (c == '\u201D') {
                if (open >= 0) {
                    out.add(new Span(open, i + 1, Quote.Marks.DOUBLE));
                    open = -1;
                } else if (isOpeningPosition(prose, from, i)) {
                    open = i; // some writers use ” on both sides
                }
            } else if (c == '"') {
                if (open >= 0) {
                    out.add(new Span(open, i + 1, Quote.Marks.DOUBLE));
                    open = -1;
                } else {
                    open = i;
                }
            }
        }
    }

    private static void findSingle(String prose, int from, int to, List<Span> out) {
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = prose.charAt(i);
            if (c != '\'' && c != '\u2018' && c != '\u2019') {
                continue;
            }
            boolean letterBefore = i > from && Character.isLetterOrDigit(prose.charAt(i - 1));
            boolean letterAfter = i + 1 < to && Character.isLetter(prose.charAt(i + 1));
            if (letterBefore && letterAfter) {
                continue; // an apostrophe inside a word
            }
            if (open < 0) {
                if (letterAfter && (c == '\u2018' || isOpeningPosition(prose, from, i))) {
                    open = i;
                }
            } else if (!letterAfter && c != '\u2018') {
                out.add(new Span(open, i + 1, Quote.Marks.SINGLE));
                open = -1;
            } else if (c == '\u2018') {
                open = i;
            }
        }
    }

    /** A mark after a space, an opening bracket, a dash or the block start opens a quote. */
    private static boolean isOpeningPosition(String prose, int from, int i) {
        if (i == from) {
            return true;
        }
        char before = prose.charAt(i - 1);
        return Character.isWhitespace(before) || before == '(' || before == '[' || before == '\u2014'
                || before == '\u2013' || before == '-' || before == '/';
    }
}
