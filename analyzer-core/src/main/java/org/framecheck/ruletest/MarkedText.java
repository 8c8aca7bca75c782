package org.framecheck.ruletest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
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
 * @param problems marks that could not be read, in order; the marks around them are still read
 */
public record MarkedText(String text, List<Mark> marks, List<Removal> removals, List<Problem> problems) {

    /** One expected finding: {@code text.substring(start, end)} flagged by {@code label}. */
    public record Mark(int start, int end, String label) {
    }

    /** {@code length} characters of mark syntax ({@code {{} or {@code |label}}}) stood before offset {@code at} of the text. */
    public record Removal(int at, int length) {
    }

    /** A mark that cannot be read; {@code offset} is where in the marked text. */
    public record Problem(int offset, String message) {
        @Override
        public String toString() {
            return "column " + (offset + 1) + ": " + message;
        }
    }

    private static final int SHOWN = 40;

    public MarkedText {
        marks = List.copyOf(marks);
        removals = List.copyOf(removals);
        problems = List.copyOf(problems);
    }

    /**
     * Removes the marks from {@code marked}. A mark whose label runs on without {@code }}} is read as
     * ending at its label's first word, and the problem is recorded, so that one slip does not hide
     * the rest of a test.
     */
    public static MarkedText parse(String marked) {
        StringBuilder text = new StringBuilder(marked.length());
        List<Mark> marks = new ArrayList<>();
        List<Removal> removals = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>(); // {offset in text, offset in marked}
        int i = 0;
        while (i < marked.length()) {
            if (marked.startsWith("{{", i)) {
                open.push(new int[] {text.length(), i});
                removals.add(new Removal(text.length(), 2));
                i += 2;
            } else if (marked.charAt(i) == '|' && !open.isEmpty()) {
                int[] opened = open.pop();
                int labelEnd = labelEnd(marked, i + 1);
                int close = marked.startsWith("}}", labelEnd) ? labelEnd + 2 : labelEnd;
                String label = marked.substring(i + 1, labelEnd).strip();
                if (close == labelEnd) {
                    // the label's first word is what the author meant; the rest is article text
                    int word = i + 1;
                    while (word < labelEnd && isLabelChar(marked.charAt(word))) {
                        word++;
                    }
                    label = marked.substring(i + 1, word);
                    close = word;
                    problems.add(new Problem(opened[1], "mark '" + shown(marked.substring(opened[1], word))
                            + "' is not closed with '}}' after its label"));
                }
                if (label.isEmpty()) {
                    problems.add(new Problem(opened[1], "mark '" + shown(marked.substring(opened[1], close)) + "' has no label after '|'"));
                } else {
                    marks.add(new Mark(opened[0], text.length(), label));
                }
                removals.add(new Removal(text.length(), close - i));
                i = close;
            } else {
                text.append(marked.charAt(i));
                i++;
            }
        }
        for (int[] unclosed : open) {
            problems.add(new Problem(unclosed[1], "mark opened with '{{' is never closed"));
        }
        problems.sort(Comparator.comparingInt(Problem::offset));
        marks.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return new MarkedText(text.toString(), marks, removals, problems);
    }

    /** Where a label after '|' ends: at "}}", or where a label cannot go on (a new mark, a line break). */
    private static int labelEnd(String marked, int from) {
        int end = from;
        while (end < marked.length() && !marked.startsWith("}}", end) && !marked.startsWith("{{", end)
                && marked.charAt(end) != '\n' && marked.charAt(end) != '|') {
            end++;
        }
        return end;
    }

    private static boolean isLabelChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.';
    }

    /** A long mark by its start and its end, where the label is. */
    private static String shown(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= SHOWN ? one : one.substring(0, SHOWN / 3) + "…" + one.substring(one.length() - SHOWN * 2 / 3);
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
