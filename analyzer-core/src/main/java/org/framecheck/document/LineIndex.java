package org.framecheck.document;

import java.util.Arrays;

/**
 * Maps character offsets to 1-based lines and columns. A line ends at {@code \n}, {@code \r\n} or a
 * lone {@code \r}; columns count UTF-16 units from 1, as SARIF's default column kind does.
 */
public final class LineIndex {

    private final int[] lineStarts;

    private LineIndex(int[] lineStarts) {
        this.lineStarts = lineStarts;
    }

    public static LineIndex of(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count));
    }

    /** The 1-based line of {@code offset}. */
    public int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    /** The 1-based column of {@code offset} on its line. */
    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** The offset at which the 1-based {@code line} starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    public int lineCount() {
        return lineStarts.length;
    }
}
