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
 * @param text  the text with the marks removed, as the analyzer sees it
 * @param marks the expected findings, with offsets into {@code text}
 */
public record MarkedText(String text, List<Mark> marks) {

    /** One expected finding: {@code text.substring(start, end)} flagged by {@code label}. */
    public record Mark(int start, int end, String label) {
    }

    public MarkedText {
        marks = List.copyOf(marks);
    }

    /**
     * Removes the marks from {@code marked}.
     *
     * @throws IllegalArgumentException naming the column of an unclosed or unlabelled mark
     */
    public static MarkedText parse(String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        List<Mark> marks = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>(); // {offset in text, column in marked}
        int i = 0;
        while (i < marked.length()) {
            if (marked.startsWith("{{", i)) {
                open.push(new int[] {text.length(), i + 1});
                i += 2;
            } else if (marked.charAt(i) == '|' && !open.isEmpty()) {
                int close = marked.indexOf("}}", i);
                if (close < 0) {
                    throw new IllegalArgumentException("column " + (i + 1) + ": mark label is not closed with '}}'");
                }
                String label = marked.substring(i + 1, close).strip();
                if (label.isEmpty() || label.contains("{{")) {
                    throw new IllegalArgumentException("column " + (i + 1) + ": mark has no label");
                }
                int start = open.pop()[0];
                marks.add(new Mark(start, text.length(), label));
                i = close + 2;
            } else {
                text.append(marked.charAt(i));
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("column " + open.peek()[1] + ": mark opened with '{{' is never closed");
        }
        marks.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return new MarkedText(text.toString(), marks);
    }
}
