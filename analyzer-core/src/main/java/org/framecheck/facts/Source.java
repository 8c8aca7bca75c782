package org.framecheck.facts;

import java.util.List;

/**
 * A party the article quotes or paraphrases, with all its mentions counted together.
 *
 * @param name     the fullest name the article gives ("US Congressman Joe Wilson")
 * @param type     the kind of source, one of {@link SourceType}
 * @param party    the key of the side it speaks for (an organisation with its staff and statements)
 * @param mentions how many sentences attribute something to it
 * @param quotes   how many direct quotations the article gives it
 * @param at       where the article refers to it as the one speaking, in text order
 * @param side     the name of the side it speaks for when that is another party ("Home Office" for a
 *                 Home Office minister's spokesman), else empty
 */
public record Source(String name, String type, String party, int mentions, int quotes, List<Mention> at, String side) {
    public Source {
        at = List.copyOf(at);
        side = side == null ? "" : side;
    }

    /** A source whose mentions' places are not known (merged from parts of a long document). */
    public Source(String name, String type, String party, int mentions, int quotes) {
        this(name, type, party, mentions, quotes, List.of(), "");
    }

    /**
     * The sentence an editor reads first about a list of sources: how many, of which kinds, and whether
     * any is independent ("4 sources: 3 official, 1 state media; no independent source").
     */
    public static String summary(List<Source> sources) {
        return SourceList.summary(sources, false, "");
    }

    /** True when the source stands outside the parties to a story (see {@link SourceType#INDEPENDENT}). */
    public boolean independent() {
        return SourceType.INDEPENDENT.contains(type);
    }
}
