package org.framecheck.facts;

/**
 * Words the article attributes to a source: "X said", "said X", "according to X", "…, saying".
 *
 * @param index       position among the document's attributions
 * @param sentence    index of the sentence
 * @param start       offset where the attribution phrase starts (source or verb)
 * @param end         offset where it ends
 * @param firstToken  index of the first token of the attribution phrase
 * @param lastToken   index of its last token
 * @param verb        the attribution verb as written ("reported", "according to")
 * @param verbStart   offset of the verb
 * @param verbEnd     offset after it
 * @param form        the construction
 * @param belief      the verb reports a belief ("believe", "fear"), not speech
 * @param source      the source as written ("the Lebanese militant group", "he")
 * @param sourceStart offset of the source as written
 * @param sourceEnd   offset after it
 * @param speaker     who the source is, pronouns and descriptions resolved ("Qassem" for "he",
 *                    "Hezbollah" for "the Lebanese militant group")
 * @param sourceType  the kind of source, one of {@link SourceType}
 * @param named       readers can tell who spoke: the description names a person or a body
 *                    ("Senator Ana Ruiz", "a Downing Street spokesman", "the World Health Organization")
 * @param person      the source is a person rather than an organisation or a text
 * @param vague       the source is an unnamed collective of opinion holders: "critics", "analysts",
 *                    "some", "many" (a weasel attribution, not a source of information)
 * @param armed       the source is an armed or militant group, or speaks for one
 * @param claimStart  offset where the attributed words start
 * @param claimEnd    offset where they end
 * @param selfClaim   the claim is about the source itself ("the army said its troops…", "the rebels
 *                    said they had…") and is not an announcement of plans
 * @param contested   the claim is of the kind sides dispute: casualties, attacks, victories in a
 *                    conflict, wrongdoing or its denial (word list {@code contested-claims})
 * @param reply       another party in the story accuses or criticises (its attributed words hold word list
 *                    {@code conflict-words}): what this source says may be its reply
 * @param sourceKey   the source (party) the attribution belongs to: all mentions of one party share it
 * @param party       the side the source speaks for: an organisation together with its statements,
 *                    spokespeople and staff; what one-sided sourcing counts
 */
public record Attribution(int index, int sentence, int start, int end, int firstToken, int lastToken,
                          String verb, int verbStart, int verbEnd, Form form, boolean belief,
                          String source, int sourceStart, int sourceEnd,
                          String speaker, String sourceType, boolean named, boolean person, boolean vague, boolean armed,
                          int claimStart, int claimEnd, boolean selfClaim, boolean contested, boolean reply,
                          String sourceKey, String party)
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

    /** A builder holding this attribution's values, to change a few. */
    Builder toBuilder() {
        Builder b = new Builder();
        b.index = index;
        b.sentence = sentence;
        b.start = start;
        b.end = end;
        b.firstToken = firstToken;
        b.lastToken = lastToken;
        b.verb = verb;
        b.verbStart = verbStart;
        b.verbEnd = verbEnd;
        b.form = form;
        b.belief = belief;
        b.source = source;
        b.sourceStart = sourceStart;
        b.sourceEnd = sourceEnd;
        b.speaker = speaker;
        b.sourceType = sourceType;
        b.named = named;
        b.person = person;
        b.vague = vague;
        b.armed = armed;
        b.claimStart = claimStart;
        b.claimEnd = claimEnd;
        b.selfClaim = selfClaim;
        b.contested = contested;
        b.reply = reply;
        b.sourceKey = sourceKey;
        b.party = party;
        return b;
    }

    /** Builds attributions: the finder fills in the phrase, the sourcing model who spoke. */
    static final class Builder {
        int index;
        int sentence;
        int start;
        int end;
        int firstToken;
        int lastToken;
        String verb = "";
        int verbStart;
        int verbEnd;
        Form form = Form.SOURCE_VERB;
        boolean belief;
        String source = "";
        int sourceStart;
        int sourceEnd;
        String speaker = "";
        String sourceType = SourceType.PERSON;
        boolean named;
        boolean person;
        boolean vague;
        boolean armed;
        int claimStart;
        int claimEnd;
        boolean selfClaim;
        boolean contested;
        boolean reply;
        String sourceKey = "";
        String party = "";

        Attribution build() {
            return new Attribution(index, sentence, start, end, firstToken, lastToken, verb, verbStart, verbEnd, form,
                    belief, source, sourceStart, sourceEnd, speaker, sourceType, named, person, vague, armed, claimStart,
                    claimEnd, selfClaim, contested, reply, sourceKey, party);
        }
    }
}
