package org.framecheck.facts;

/**
 * A sentence, as rules see it: {@code Sentence( heading == false, $block : block )}.
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

    /** How many tokens (words and punctuation) the sentence has. */
    public int tokenCount() {
        return endToken - firstToken;
    }

    /** The sentence's own index, so that position functions take a sentence like any other fact. */
    @Override
    public int sentence() {
        return index;
    }

    /** Index of its last token. */
    @Override
    public int lastToken() {
        return endToken - 1;
    }
}
