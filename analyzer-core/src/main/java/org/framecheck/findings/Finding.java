package org.framecheck.findings;

import java.util.Comparator;
import java.util.Objects;

/**
 * One framing device found in one article.
 *
 * @param rule       the id of the rule that found it
 * @param category   the rule's category
 * @param severity   how much it matters
 * @param message    what is wrong, in a sentence
 * @param suggestion a neutral alternative, or empty
 * @param line       1-based line of the first flagged character
 * @param column     1-based column of the first flagged character (UTF-16 units)
 * @param endLine    1-based line of the last flagged character
 * @param endColumn  1-based column after the last flagged character
 * @param start      offset of the first flagged character in the file's text
 * @param end        offset after the last flagged character
 * @param text       the flagged text, exactly {@code fileText.substring(start, end)}
 * @param quoted     true when the words are inside a quotation: a speaker's words, a title or a
 *                   slogan, not the outlet's own
 * @param excerpt    the flagged words in their sentence
 */
public record Finding(String rule, String category, Severity severity, String message, String suggestion,
                      int line, int column, int endLine, int endColumn, int start, int end, String text,
                      boolean quoted, Excerpt excerpt) {

    /** Report order: by position, then by rule. */
    public static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::rule);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        suggestion = suggestion == null ? "" : suggestion;
    }
}
