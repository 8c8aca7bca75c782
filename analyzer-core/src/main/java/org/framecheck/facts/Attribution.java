package org.framecheck.facts;

/**
 * Words the article attributes to a source: "X said", "said X", "according to X", "…, saying".
 *
 * @param index       position among the document's attributions
 * @param sentence    index of the sentence
 * @param start       offset where the attribution phrase starts (source or verb)
 * @param end         offset where it ends
 * @param source      the source as written ("the Lebanese militant group", "he")
 * @param sourceStart offset of the source as written
 * @param sourceEnd   offset after it
 * @param speaker     who the source is, pronouns resolved ("Qassem" for "he")
 * @param sourceType  the kind of source, one of {@link SourceType}
 * @param verb        the attribution verb as written ("reported", "according to")
 * @param verbStart   offset of the verb
 * @param verbEnd     offset after it
 * @param form        the construction
 * @param claimStart  offset where the attributed words start
 * @param claimEnd    offset where they end
 * @param named       the source's description ends in a name ("Senator Ana Ruiz", "the World Health
 *                    Organization"), so readers can check who spoke
 * @param person      the source is a person rather than an organisation
 * @param belief      the verb reports a belief ("believe", "fear"), not speech
 * @param selfClaim   the claim is about the source itself ("the army said its troops…", "the rebels
 *                    said they had…") and is not an announcement of plans
 * @param party       the side the source belongs to: an organisation together with its statements,
 *                    spokespeople and pronouns; the sourcing model's grouping key
 * @param firstToken  index of the first token of the attribution phrase
 * @param lastToken   index of its last token
 */
public record Attribution(int index, int sentence, int start, int end, String source, int sourceStart, int sourceEnd,
                          String speaker, String sourceType, String verb, int verbStart, int verbEnd, Form form,
                          int claimStart, int claimEnd, boolean named, boolean person, boolean belief,
                          boolean selfClaim, String party, int firstToken, int lastToken)
        implements TokenSpan {

    public enum Form {
        /** "Larijani said", "the group reported" */
        SOURCE_VERB,
        /** "…," said Larijani */
        VERB_SOURCE,
        /** "according to Iranian state media" */
        ACCORDING_TO,
        /** "…, saying on social media that …" (the speaker is the sentence's subject) */
        PARTICIPLE
    }

    Attribution withSource(String resolvedSpeaker, String type, boolean isNamed, boolean isPerson, boolean aboutItself) {
        return new Attribution(index, sentence, start, end, source, sourceStart, sourceEnd, resolvedSpeaker, type,
                verb, verbStart, verbEnd, form, claimStart, claimEnd, isNamed, isPerson, belief, aboutItself, party,
                firstToken, lastToken);
    }

    Attribution withParty(String side) {
        return new Attribution(index, sentence, start, end, source, sourceStart, sourceEnd, speaker, sourceType,
                verb, verbStart, verbEnd, form, claimStart, claimEnd, named, person, belief, selfClaim, side,
                firstToken, lastToken);
    }
}
