package org.framecheck.facts;

/**
 * Someone the article quotes or paraphrases, with all their attributions counted together.
 *
 * @param name     the fullest name the article gives ("US Congressman Joe Wilson")
 * @param type     the kind of source, one of {@link SourceType}
 * @param party    the side it belongs to (an organisation with its staff and statements)
 * @param mentions how many attributions name this source
 * @param quotes   how many of them carry a direct quote
 */
public record Source(String name, String type, String party, int mentions, int quotes) {
}
