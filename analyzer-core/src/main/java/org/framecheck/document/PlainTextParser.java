package org.framecheck.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.framecheck.source.ContentFormat;

/**
 * Plain-text articles. Blocks are paragraphs separated by blank lines; when a file keeps one
 * paragraph per line (long lines, as wire copy and exports do), every line is a block of its own.
 * A short first line without a closing full stop is the headline: it becomes the title and a block
 * of its own, so it never runs into the first sentence.
 */
public final class PlainTextParser implements DocumentParser {

    /** Lines at least this long mean the file is not hard-wrapped. */
    private static final int UNWRAPPED_LINE_LENGTH = 100;
    private static final int MAX_HEADLINE_LENGTH = 160;

    private record Line(int start, int end) {
        boolean blank(String text) {
            for (int i = start; i < end; i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    @Override
    public Document parse(String path, String text) {
        ProseMask mask = new ProseMask(text);
        mask.reveal(0, text.length());
        List<Line> lines = lines(text);
        boolean linePerParagraph = lines.stream().anyMatch(l -> l.end() - l.start() >= UNWRAPPED_LINE_LENGTH);

        String title = "";
        int first = 0;
        while (first < lines.size() && lines.get(first).blank(text)) {
            first++;
        }
        if (first < lines.size() && isHeadline(text, lines, first)) {
            Line headline = lines.get(first);
            int start = trimStart(text, headline.start(), headline.end());
            int end = trimEnd(text, headline.start(), headline.end());
            mask.block(start, end, BlockKind.TITLE);
            title = text.substring(start, end);
            first++;
        }

        int blockStart = -1;
        int blockEnd = -1;
        for (int i = first; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.blank(text)) {
                if (blockStart >= 0) {
                    mask.block(blockStart, blockEnd, BlockKind.PARAGRAPH);
                    blockStart = -1;
                }
                continue;
            }
            int start = trimStart(text, line.start(), line.end());
            int end = trimEnd(text, line.start(), line.end());
            if (linePerParagraph) {
                mask.block(start, end, BlockKind.PARAGRAPH);
            } else {
                if (blockStart < 0) {
                    blockStart = start;
                }
                blockEnd = end;
            }
        }
        if (blockStart >= 0) {
            mask.block(blockStart, blockEnd, BlockKind.PARAGRAPH);
        }
        return new Document(path, ContentFormat.TEXT, text, mask.prose(), mask.blocks(), title, Map.of());
    }

    private static boolean isHeadline(String text, List<Line> lines, int index) {
        Line line = lines.get(index);
        String content = text.substring(line.start(), line.end()).strip();
        if (content.length() > MAX_HEADLINE_LENGTH) {
            return false;
        }
        boolean followedByBlank = index + 1 < lines.size() && lines.get(index + 1).blank(text);
        char last = content.charAt(content.length() - 1);
        boolean closed = last == '.' || last == '!' || last == '?' || last == '"' || last == '”';
        return !closed || (followedByBlank && index + 2 < lines.size() && content.length() < 100 && !content.endsWith("."));
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Line(start, i));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            lines.add(new Line(start, length));
        }
        return lines;
    }

    private static int trimStart(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String text, int from, int end) {
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
