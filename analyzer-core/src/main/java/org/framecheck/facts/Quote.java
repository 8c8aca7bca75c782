package org.framecheck.facts;

/**
 * A direct quotation or a quoted word or phrase.
 *
 * @param index         position among the document's quotes
 * @param start         offset of the opening mark
 * @param end           offset after the closing mark, or after the quoted words when there is none
 * @param contentStart  offset after the opening mark
 * @param contentEnd    offset after the quoted words (of the closing mark, when there is one)
 * @param text          the quoted words
 * @param sentence      index of the sentence the quote opens in
 * @param words         how many words it holds
 * @param marks         double or single quotation marks
 * @param governed      introduced by a speech verb within three words before it ("said", "called",
 *                      "described as"), or by a colon
 * @param labelPosition it stands where a noun or modifier would, right after a determiner or
 *                      possessive ("Tehran's 'Axis of Resistance'", "the 'balanced' policy")
 * @param betweenNames  it stands between two capitalised words, as a nickname does
 *                      (Rodrigo "Digong" Duterte)
 * @param speaker       who the article says spoke the words, or empty when nobody is named
 * @param firstToken    index of the opening mark's token
 * @param lastToken     index of the closing mark's token, or of the last quoted token
 * @param closed        false for a quotation that runs on into the next sentence or paragraph and is
 *                      not closed where it stops (news copy reopens it with a fresh mark)
 * @param possessed     it follows a possessive, as a party's own label or a single quoted modifier
 *                      does ("Tehran's 'Axis of Resistance'", "Iraq's 'balanced' policy")
 * @param ownLabel      the possessive is a pronoun ("defended its 'humane' policy"): most often the
 *                      speaker's own label for itself, which stays at arm's length even after a
 *                      speech verb, unlike a critic's word for another party ("criticised Defra's
 *                      'lackadaisical' approach")
 * @param term          its words are a name or title rather than a judgement: every word
 *                      capitalised ("Marshall Plan", "Next Generation Secure Computing Base")
 * @param headline      it stands in a headline, where quotation marks give a speaker's words
 */
public record Quote(int index, int start, int end, int contentStart, int contentEnd, String text, int sentence,
                    int words, Marks marks, boolean governed, boolean labelPosition, boolean betweenNames,
                    String speaker, int firstToken, int lastToken, boolean closed, boolean possessed, boolean ownLabel, boolean term,
                    boolean headline)
        implements TokenSpan {

    /** The quotation marks: double ("…", “…”) or single ('…', ‘…’). */
    public enum Marks { DOUBLE, SINGLE }

    /** True when the article attributes the words to a speaker. */
    public boolean attributed() {
        return !speaker.isEmpty();
    }

    /** True when {@code [from, to)} lies inside the quoted words. */
    public boolean covers(int from, int to) {
        return from >= contentStart && to <= contentEnd;
    }
}
