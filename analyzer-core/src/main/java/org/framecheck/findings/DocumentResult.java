package org.framecheck.findings;

import java.util.List;
import org.framecheck.facts.Source;

/**
 * What the analysis of one article produced.
 *
 * @param path     the article's path relative to its content directory, with {@code /}
 * @param title    its title, or empty
 * @param format   the markup it was read as ({@code markdown}, {@code html}, {@code text})
 * @param status   analysed, or why not
 * @param message  one line: why the file was not analysed, or how an analysed file was read when that
 *                 differs from the usual (read in parts, read as plain text, findings left out); else empty
 * @param words    how many words of prose it holds
 * @param findings its findings in report order
 * @param sources    who it quotes or paraphrases
 * @param suppressed findings that inline comments or front matter switched off
 */
public record DocumentResult(String path, String title, String format, Status status, String message, int words,
                             List<Finding> findings, List<Source> sources, List<Suppressed> suppressed) {

    public enum Status { ANALYZED, SKIPPED, FAILED }

    public DocumentResult {
        findings = List.copyOf(findings);
        sources = List.copyOf(sources);
        suppressed = List.copyOf(suppressed);
        message = message == null ? "" : message;
        title = title == null ? "" : title;
    }

    /** A result with nothing suppressed. */
    public DocumentResult(String path, String title, String format, Status status, String message, int words,
                          List<Finding> findings, List<Source> sources) {
        this(path, title, format, status, message, words, findings, sources, List.of());
    }

    public static DocumentResult skipped(String path, String format, String why) {
        return new DocumentResult(path, "", format, Status.SKIPPED, why, 0, List.of(), List.of());
    }

    public static DocumentResult failed(String path, String format, String why) {
        return new DocumentResult(path, "", format, Status.FAILED, why, 0, List.of(), List.of());
    }
}
