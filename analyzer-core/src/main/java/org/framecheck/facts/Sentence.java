package org.framecheck.facts;

/**
 * A sentence.
 *
 * @param index      position among the document's sentences
 * @param start      offset of its first character
 * @param end        offset after its last character
 * @param firstToken index of its first token
 * @param endToken   index after its last token
 * @param block      index of the block (paragraph, heading…) it belongs to
 * @param heading    true for headings and titles
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, int block, boolean heading)
        implements TokenSpan {

    public int tokenCount() {
        return endToken - firstToken;
    }

    @Override
    public int sentence() {
        return index;
    }

    @Override
    public int lastToken() {
        return endToken - 1;
    }
}
