package org.framecheck.document;

/**
 * A run of prose that sentences never cross: a paragraph, heading, list item or block quote.
 * Offsets are UTF-16 indices into the document's text.
 */
public record Block(int start, int end, BlockKind kind) {
    public Block {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad block range " + start + ".." + end);
        }
    }
}
