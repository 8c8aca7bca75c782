package org.framecheck.facts;

/**
 * Someone the article quotes or paraphrases, with all their attributions counted together.
 *
 * @param name     the fullest name the article gives ("US Congressman Joe Wilson")
 * @param type     the kind of source, one of {@link SourceType}
 * @param mentions how many attributions name this source
 * @param quotes   how many of them carry a direct quote
 */
public record Source(String name, String type, int mentions, int quotes) {
}
