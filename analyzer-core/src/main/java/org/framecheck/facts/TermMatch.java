package org.framecheck.facts;

/**
 * An occurrence of a word-list term in the article: the fact most lexical rules match on.
 *
 * @param list       the word list's name
 * @param term       the entry's term as written in the list
 * @param suggestion the entry's neutral alternative, or empty
 * @param tag        the entry's tag, or empty
 * @param note       the entry's note, or empty
 * @param start      offset of the first matched character
 * @param end        offset after the last matched character
 * @param text       the matched text as written in the article
 * @param sentence   index of the sentence
 * @param firstToken index of the first matched token
 * @param lastToken  index of the last matched token
 * @param quote      index of the direct quote the match lies in, or -1
 * @param quoted     true when that quote is attributed to a speaker: the words are the speaker's
 * @param reported   true when the words lie in what a named source is reported to have said in
 *                   indirect speech ("the minister said the attack was shocking"): the speaker's words
 * @param inName     every matched word is capitalised inside a sentence: part of a name or a title
 *                   ("Grand Slam", the album "American Idiot"), not the word itself
 * @param bare       a plural with nothing before it that points at particular people (no article,
 *                   possessive, number or name): a class in general ("laws to bring terrorists to trial")
 * @param designated a designation verb stands at most four words before it in its sentence ("which
 *                   Washington designates a terrorist organisation", "the group, listed as a terrorist
 *                   organisation"): the label is the designating party's, not the outlet's
 */
public record TermMatch(String list, String term, String suggestion, String tag, String note, int start, int end,
                        String text, int sentence, int firstToken, int lastToken, int quote, boolean quoted,
                        boolean reported, boolean inName, boolean bare, boolean designated)
        implements TokenSpan {

    /** True when the match lies in a direct quote, attributed or not. */
    public boolean inQuote() {
        return quote >= 0;
    }

    TermMatch withContext(int quoteIndex, boolean attributedQuote, boolean inReportedSpeech, boolean afterDesignation) {
        return new TermMatch(list, term, suggestion, tag, note, start, end, text, sentence, firstToken, lastToken,
                quoteIndex, attributedQuote, inReportedSpeech, inName, bare, afterDesignation);
    }
}
