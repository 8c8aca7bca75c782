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
 * @param voice      whose voice it is in: {@code news} (the outlet's), or {@code opinion} (a column, a
 *                   review, a reader's comment: an author's judgement is the genre there)
 * @param paragraphAttributions how many attributions its paragraph holds: none means nothing in the
 *                   paragraph is given a source
 * @param nextParagraphAttributions for the first paragraph (the lede), how many attributions the next
 *                   paragraph holds, since news attributes a lede there; 0 elsewhere
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, int block, boolean heading,
                       String voice, int paragraphAttributions, int nextParagraphAttributions)
        implements TokenSpan {

    /** The outlet's own voice. */
    public static final String NEWS = "news";
    /** An author's or a reader's voice: columns, reviews, letters, comments. */
    public static final String OPINION = "opinion";

    /** A sentence in the outlet's voice. */
    public Sentence(int index, int start, int end, int firstToken, int endToken, int block, boolean heading) {
        this(index, start, end, firstToken, endToken, block, heading, NEWS, 0, 0);
    }

    /** This sentence in another voice. */
    Sentence withVoice(String newVoice) {
        return new Sentence(index, start, end, firstToken, endToken, block, heading, newVoice, paragraphAttributions,
                nextParagraphAttributions);
    }

    /** This sentence with the counts of its paragraph's and the next paragraph's attributions. */
    Sentence withParagraphAttributions(int count, int next) {
        return new Sentence(index, start, end, firstToken, endToken, block, heading, voice, count, next);
    }

    /** True when the sentence is in the outlet's own news voice. */
    public boolean news() {
        return NEWS.equals(voice);
    }

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
