package org.framecheck.ruletest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Text with expected findings marked inline, as rule tests and the evaluation set write them:
 * {@code The {{militant group|contentious-label}} said it fired the rockets.} The label is a rule id
 * or a category. Marks may nest when findings overlap:
 * {@code {{the Lebanese {{militant group|militant-label}} reported|self-sourced-claim}}}.
 *
 * @param text     the text with the marks removed, as the analyzer sees it
 * @param marks    the expected findings, with offsets into {@code text}
 * @param removals where mark syntax was removed, in order, to map offsets back to the marked text
 */
public record MarkedText(String text, List<Mark> marks, List<Removal> removals) {

    /** One expected finding: {@code text.substring(start, end)} flagged by {@code label}. */
    public record Mark(int start, int end, String label) {
    }

    /** {@code length} characters of mark syntax ({@code {{} or {@code |label}}}) stood before offset {@code at} of the text. */
    public record Removal(int at, int length) {
    }

    /** A mark that cannot be read; {@code offset} is where in the marked text. */
    public static final class SyntaxException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int offset;

        SyntaxException(int offset, String problem) {
            super("column " + (offset + 1) + ": " + problem);
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }

        /** The problem without the position. */
        public String problem() {
            return getMessage().substring(getMessage().indexOf(": ") + 2);
        }
    }

    public MarkedText {
        marks = List.copyOf(marks);
        removals = List.copyOf(removals);
    }

    /**
     * Removes the marks from {@code marked}.
     *
     * @throws SyntaxException naming the column of an unclosed or unlabelled mark
     */
    public static MarkedText parse(String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        List<Mark> marks = new ArrayList<>();
        List<Removal> removals = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>(); // {offset in text, offset in marked}
        int i = 0;
        while (i < marked.length()) {
            if (marked.startsWith("{{", i)) {
                open.push(new int[] {text.length(), i});
                removals.add(new Removal(text.length(), 2));
                i += 2;
            } else if (marked.charAt(i) == '|' && !open.isEmpty()) {
                int close = marked.indexOf("}}", i);
                if (close < 0) {
                    throw new SyntaxException(i, "mark label is not closed with '}}'");
                }
                String label = marked.substring(i + 1, close).strip();
                if (label.isEmpty() || label.contains("{{")) {
                    throw new SyntaxException(i, "mark has no label");
                }
                int start = open.pop()[0];
                marks.add(new Mark(start, text.length(), label));
                removals.add(new Removal(text.length(), close + 2 - i));
                i = close + 2;
            } else {
                text.append(marked.charAt(i));
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new SyntaxException(open.peek()[1], "mark opened with '{{' is never closed");
        }
        marks.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return new MarkedText(text.toString(), marks, removals);
    }

    /**
     * Where the character at {@code offset} of the text stands in the marked text: after all mark
     * syntax removed at or before it.
     */
    public int sourceOffset(int offset) {
        int source = offset;
        for (Removal removal : removals) {
            if (removal.at() > offset) {
                break;
            }
            source += removal.length();
        }
        return source;
    }
}
