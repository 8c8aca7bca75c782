package org.framecheck.facts;

import java.util.List;

/**
 * The kinds of source the sourcing model tells apart. Word list {@code source-types} maps words of a
 * source's description to these names; when several match, the earlier kind in {@link #PRIORITY}
 * wins ("a state media official" is state media, "Iraqi officials" anonymous). A source whose
 * description ends in a name ("analysts at Capital Economics") is never anonymous or vague.
 */
public final class SourceType {
    /** Unnamed people: "a source familiar with", "officials said", "diplomats". */
    public static final String ANONYMOUS = "anonymous";
    /** Outlets run by a state: "state media", "IRNA", "KCNA". */
    public static final String STATE_MEDIA = "state-media";
    /** Outlets owned by a party to the story: "Al-Manar", "Al-Aqsa TV". */
    public static final String PARTY_MEDIA = "party-media";
    /** Unnamed collectives: "critics", "observers", "analysts", "many". */
    public static final String VAGUE = "vague";
    /** The party the story is about, reporting on itself: "the group reported". */
    public static final String SUBJECT = "subject";
    /** Governments, ministries, police, armies and their officials. */
    public static final String OFFICIAL = "official";
    /** Politicians, parties and campaigners speaking for a side. */
    public static final String PARTISAN = "partisan";
    /** Analysts, academics, independent monitors and researchers. */
    public static final String EXPERT = "expert";
    /** News organisations other than state media. */
    public static final String MEDIA = "media";
    /** A named person or body of no known kind. */
    public static final String NAMED = "named";
    /** Anything else: "a statement", "the report". */
    public static final String OTHER = "other";

    public static final List<String> PRIORITY = List.of(ANONYMOUS, STATE_MEDIA, PARTY_MEDIA, VAGUE, EXPERT, SUBJECT,
            OFFICIAL, PARTISAN, MEDIA, NAMED, OTHER);

    private SourceType() {
    }

    static int rank(String type) {
        int rank = PRIORITY.indexOf(type);
        return rank < 0 ? PRIORITY.size() : rank;
    }
}
