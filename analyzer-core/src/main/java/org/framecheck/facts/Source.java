package org.framecheck.facts;

import java.util.List;

/**
 * Someone the article quotes or paraphrases, with all their attributions counted together.
 *
 * @param name     the fullest name the article gives ("US Congressman Joe Wilson")
 * @param type     the kind of source, one of {@link SourceType}
 * @param party    the side it belongs to (an organisation with its staff and statements)
 * @param mentions how many attributions name this source
 * @param quotes   how many of them carry a direct quote
 * @param at       where the article refers to the source as the one speaking, in text order
 */
public record Source(String name, String type, String party, int mentions, int quotes, List<Mention> at) {
    public Source {
        at = List.copyOf(at);
    }

    /** A source whose mentions' places are not known (merged from parts of a long document). */
    public Source(String name, String type, String party, int mentions, int quotes) {
        this(name, type, party, mentions, quotes, List.of());
    }
}
