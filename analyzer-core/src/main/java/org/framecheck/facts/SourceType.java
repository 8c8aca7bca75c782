package org.framecheck.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of source the sourcing model tells apart: who a party is, by the role in which the
 * article lets it speak. Word list {@code source-types} maps words of a source's description to these
 * names; when several match, the head of the description wins, and among words of equal standing the
 * earlier kind in {@link #PRIORITY} ("a state media official" is state media, "a police spokesman"
 * court or police). Rules compare with the constants: {@code sourceType == SourceType.STATE_MEDIA}.
 */
public final class SourceType {
    /** A person speaking for themselves: a player, an artist, a witness, a member of the public. */
    public static final String PERSON = "person";
    /** Governments, ministers, civil servants, regulators, public bodies, armies, and their spokespeople. */
    public static final String OFFICIAL = "official";
    /** Outlets run by a state: "state media", "IRNA", "Xinhua", "the China Daily newspaper". */
    public static final String STATE_MEDIA = "state-media";
    /** Outlets owned by a party or an armed group: "Al-Manar", "the party's newspaper". */
    public static final String PARTY_MEDIA = "party-media";
    /** News agencies: Reuters, AP, AFP, PA. */
    public static final String NEWS_AGENCY = "news-agency";
    /** Independent outlets, their reporters and named newspapers. */
    public static final String MEDIA = "media";
    /** Firms, their executives and spokespeople; sports clubs speaking as organisations. */
    public static final String COMPANY = "company";
    /** Analysts, economists, academics, researchers, consultancies, think tanks. */
    public static final String EXPERT = "expert";
    /** Charities, unions, trade associations, campaign groups, professional and sports bodies, monitors. */
    public static final String NGO = "ngo";
    /** Political parties and their politicians speaking for them; armed or militant groups. */
    public static final String GROUP = "group";
    /** Courts, judges, prosecutors, police. */
    public static final String COURT_POLICE = "court-police";
    /** Unnamed sources of information: "sources", "insiders", "a senior official". */
    public static final String ANONYMOUS = "anonymous";
    /** Reports, surveys, studies, figures, court papers: a text rather than a speaker. */
    public static final String DOCUMENT = "document";
    /** Posts, blogs, a website's message. */
    public static final String SOCIAL_MEDIA = "social-media";

    /** Every kind, in the order that breaks ties between words of one description. */
    public static final List<String> PRIORITY = List.of(ANONYMOUS, STATE_MEDIA, PARTY_MEDIA, NEWS_AGENCY, SOCIAL_MEDIA,
            COURT_POLICE, OFFICIAL, GROUP, EXPERT, NGO, COMPANY, MEDIA, DOCUMENT, PERSON);

    /** Sources that stand outside the parties to a story: a claim they confirm rests on more than its party. */
    public static final Set<String> INDEPENDENT = Set.of(NEWS_AGENCY, MEDIA, EXPERT, NGO, DOCUMENT);

    /** How a kind reads in a sentence about the sources ("3 government, 1 state media"). */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry(PERSON, "individual"),
            Map.entry(OFFICIAL, "government"), Map.entry(STATE_MEDIA, "state media"), Map.entry(PARTY_MEDIA, "party media"),
            Map.entry(NEWS_AGENCY, "news agency"), Map.entry(MEDIA, "media"), Map.entry(COMPANY, "company"),
            Map.entry(EXPERT, "expert"), Map.entry(NGO, "civil society"), Map.entry(GROUP, "party or group"),
            Map.entry(COURT_POLICE, "court or police"), Map.entry(ANONYMOUS, "anonymous"), Map.entry(DOCUMENT, "document"),
            Map.entry(SOCIAL_MEDIA, "social media"));

    private SourceType() {
    }

    static int rank(String type) {
        int rank = PRIORITY.indexOf(type);
        return rank < 0 ? PRIORITY.size() : rank;
    }

    /** The kind as a reader says it: "government" for official. */
    public static String label(String type) {
        return LABELS.getOrDefault(type, type);
    }
}
