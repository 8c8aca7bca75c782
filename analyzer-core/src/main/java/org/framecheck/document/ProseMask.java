package org.framecheck.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a document's prose: starts blank (spaces, line breaks kept) and lets a parser copy the
 * characters that are prose back in place, block by block.
 */
final class ProseMask {

    private final String text;
    private final char[] prose;
    private final List<Block> blocks = new ArrayList<>();

    ProseMask(String text) {
        this.text = text;
        this.prose = new char[text.length()];
        Arrays.fill(prose, ' ');
        for (int i = 0; i < prose.length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                prose[i] = c;
            }
        }
    }

    /** Copies the original characters of {@code [start, end)} into the prose. */
    void reveal(int start, int end) {
        text.getChars(start, end, prose, start);
    }

    /** Puts {@code c} at {@code offset}, for text that markup encodes differently (entities). */
    void put(int offset, char c) {
        prose[offset] = c;
    }

    void block(int start, int end, BlockKind kind) {
        if (end > start) {
            blocks.add(new Block(start, end, kind));
        }
    }

    String prose() {
        return new String(prose);
    }

    List<Block> blocks() {
        blocks.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return blocks;
    }
}
