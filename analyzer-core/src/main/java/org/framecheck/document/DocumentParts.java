package org.framecheck.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long document into parts of whole prose blocks, so that analysing it needs memory and time
 * in proportion to one part, not to the file. Sentences never cross a block, so a span-level finding
 * is the same whether its block is analysed alone or with the rest of the article. A block longer
 * than a part (a one-line file, a wall of text) is cut at the last sentence end, else line break, else
 * blank before the limit, never inside a surrogate pair.
 *
 * <p>Each part is a {@link Document} of its own whose text is the file's text from the part's first
 * block to its last; its offsets count from {@link Part#offset()} in the whole file.
 */
public final class DocumentParts {

    /**
     * Documents up to this many characters (about 15,000 words, longer than almost any article) are
     * analysed whole; longer ones in parts of at most this size.
     */
    public static final int MAX_PART_CHARS = 100_000;

    /** A window this far back from the limit is searched for a good place to cut an over-long block. */
    private static final double CUT_WINDOW = 0.25;

    private DocumentParts() {
    }

    /**
     * @param offset   where the part's text starts in the whole document's text
     * @param document the part, with offsets counted from {@code offset}
     */
    public record Part(int offset, Document document) {
    }

    /** The document itself when it is at most {@code maxChars} long, else its parts in order. */
    public static List<Part> split(Document document, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("maxChars must be at least 2");
        }
        if (document.text().length() <= maxChars) {
            return List.of(new Part(0, document));
        }
        List<Block> pieces = new ArrayList<>();
        for (Block block : document.blocks()) {
            cut(document.text(), block, maxChars, pieces);
        }
        List<Part> parts = new ArrayList<>();
        List<Block> group = new ArrayList<>();
        for (Block piece : pieces) {
            if (!group.isEmpty() && piece.end() - group.get(0).start() > maxChars) {
                parts.add(part(document, group));
                group.clear();
            }
            group.add(piece);
        }
        if (!group.isEmpty()) {
            parts.add(part(document, group));
        }
        return parts;
    }

    private static Part part(Document whole, List<Block> group) {
        int from = group.get(0).start();
        int to = group.get(group.size() - 1).end();
        List<Block> shifted = group.stream().map(b -> new Block(b.start() - from, b.end() - from, b.kind())).toList();
        Document document = new Document(whole.path(), whole.format(), whole.text().substring(from, to),
                whole.prose().substring(from, to), shifted, whole.title(), whole.frontMatter(), whole.note());
        return new Part(from, document);
    }

    /** Adds {@code block} to {@code pieces}, cut into pieces of at most {@code maxChars}. */
    private static void cut(String text, Block block, int maxChars, List<Block> pieces) {
        int start = block.start();
        while (block.end() - start > maxChars) {
            int end = cutPoint(text, start, start + maxChars, maxChars);
            pieces.add(new Block(start, end, block.kind()));
            start = end;
        }
        if (block.end() > start) {
            pieces.add(new Block(start, block.end(), block.kind()));
        }
    }

    /** The best place to cut in {@code (start, limit]}. */
    private static int cutPoint(String text, int start, int limit, int maxChars) {
        int floor = Math.max(start + 1, limit - (int) (maxChars * CUT_WINDOW));
        int blank = -1;
        int lineBreak = -1;
        for (int i = limit; i > floor; i--) {
            char before = text.charAt(i - 1);
            if (Character.isWhitespace(before)) {
                char earlier = i >= 2 ? text.charAt(i - 2) : ' ';
                if (earlier == '.' || earlier == '!' || earlier == '?') {
                    return i;
                }
                if (lineBreak < 0 && (before == '\n' || before == '\r')) {
                    lineBreak = i;
                }
                if (blank < 0) {
                    blank = i;
                }
            }
        }
        if (lineBreak > 0) {
            return lineBreak;
        }
        if (blank > 0) {
            return blank;
        }
        return Character.isLowSurrogate(text.charAt(limit)) && Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
