package org.framecheck.facts;

import java.util.List;

/**
 * Pairs quotation marks within a block. A double mark opens or closes by where it stands (after a
 * space and before a word it opens; after a word or punctuation it closes); curly marks say so
 * themselves. News copy leaves quotations open in two ways this finder follows: a quotation that
 * runs on into the next sentence or paragraph reopens with a fresh mark and never closes the last
 * one ({@code "We came. "We stayed."}), and a quotation that runs on into the next paragraph has no
 * closing mark at all. The first ends where the new one opens, the second at the end of its block
 * ({@link Span#closed()} false). Single marks open only before a letter after a space or bracket and
 * close only before a non-letter, so apostrophes ("Hezbollah's", "don't") never start or end a quote;
 * an unclosed single mark is dropped, as it is more often an apostrophe than a quotation.
 */
final class QuoteFinder {

    /**
     * A quote's marks before linking: {@code [start, end)}, including the opening mark and the
     * closing one when there is one.
     */
    record Span(int start, int end, Quote.Marks marks, boolean closed) {
        /** Offset after the quoted words. */
        int contentEnd() {
            return closed ? end - 1 : end;
        }
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
            if (c != '"' && c != '\u201C' && c != '\u201D' && c != '\u201E') {
                continue;
            }
            boolean opening = c == '\u201C' || c == '\u201E' || c != '\u201D' && opensHere(prose, from, to, i)
                    || c == '\u201D' && isOpeningPosition(prose, from, i) && letterAfter(prose, to, i);
            boolean closing = !opening && (c == '\u201D' || closesHere(prose, from, i));
            if (open < 0) {
                if (opening || !closing) {
                    open = i; // a mark with spaces on both sides opens when nothing is open
                }
            } else if (opening) {
                out.add(new Span(open, trimmedEnd(prose, open + 1, i), Quote.Marks.DOUBLE, false));
                open = i;
            } else {
                out.add(new Span(open, i + 1, Quote.Marks.DOUBLE, true));
                open = -1;
            }
        }
        if (open >= 0 && trimmedEnd(prose, open + 1, to) > open + 1) {
            out.add(new Span(open, trimmedEnd(prose, open + 1, to), Quote.Marks.DOUBLE, false));
        }
    }

    /** A straight mark opens after a space, bracket or dash (or at the block start) and before a non-space. */
    private static boolean opensHere(String prose, int from, int to, int i) {
        return isOpeningPosition(prose, from, i) && i + 1 < to && !Character.isWhitespace(prose.charAt(i + 1));
    }

    /** A straight mark closes after a non-space. */
    private static boolean closesHere(String prose, int from, int i) {
        return i > from && !Character.isWhitespace(prose.charAt(i - 1));
    }

    private static boolean letterAfter(String prose, int to, int i) {
        return i + 1 < to && Character.isLetterOrDigit(prose.charAt(i + 1));
    }

    private static int trimmedEnd(String prose, int from, int end) {
        while (end > from && Character.isWhitespace(prose.charAt(end - 1))) {
            end--;
        }
        return end;
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
                out.add(new Span(open, i + 1, Quote.Marks.SINGLE, true));
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
