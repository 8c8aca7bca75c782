package org.framecheck.facts;

/**
 * Where the article names or refers to a source as the one speaking: the subject of "said", the
 * object of "according to", the pronoun of "she said".
 *
 * @param start offset of the first character
 * @param end   offset after the last character
 */
public record Mention(int start, int end) implements Spanned {
}
