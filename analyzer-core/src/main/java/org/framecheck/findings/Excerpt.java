package org.framecheck.findings;

/**
 * The flagged words with the sentence around them, as reports show a finding in context.
 *
 * @param before the sentence text before the flagged words (shortened at a word boundary)
 * @param match  the flagged words
 * @param after  the sentence text after them
 */
public record Excerpt(String before, String match, String after) {
}
