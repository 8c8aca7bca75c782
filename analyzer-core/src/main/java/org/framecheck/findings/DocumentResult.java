package org.framecheck.findings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * @param sourcing   the sentence an editor reads first about them ("4 sources: 3 official, 1 state
 *                   media; no independent source"), or empty when the article was not analysed
 * @param suppressed findings that inline comments or front matter switched off
 * @param details    what the article says about itself that the reports show beside its title: author,
 *                   date and section, those its front matter or meta tags give, in that order
 * @param warnings   problems with the article's own framecheck switches, each "line N: …" (a
 *                   suppression comment naming an unknown rule id)
 */
public record DocumentResult(String path, String title, String format, Status status, String message, int words,
                             List<Finding> findings, List<SourceSummary> sources, String sourcing, List<Suppressed> suppressed,
                             Map<String, String> details, List<String> warnings) {

    public enum Status { ANALYZED, SKIPPED, FAILED }

    public DocumentResult {
        findings = List.copyOf(findings);
        sources = List.copyOf(sources);
        suppressed = List.copyOf(suppressed);
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
        message = message == null ? "" : message;
        title = title == null ? "" : title;
        sourcing = sourcing == null ? "" : sourcing;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A result with nothing suppressed. */
    public DocumentResult(String path, String title, String format, Status status, String message, int words,
                          List<Finding> findings, List<SourceSummary> sources, String sourcing) {
        this(path, title, format, status, message, words, findings, sources, sourcing, List.of(), Map.of(), List.of());
    }

    /** This result with other findings and suppressions. */
    public DocumentResult withFindings(List<Finding> findings, List<Suppressed> suppressed) {
        return new DocumentResult(path, title, format, status, message, words, findings, sources, sourcing, suppressed, details,
                warnings);
    }

    /** This result with the article's details. */
    public DocumentResult withDetails(Map<String, String> details) {
        return new DocumentResult(path, title, format, status, message, words, findings, sources, sourcing, suppressed, details,
                warnings);
    }

    /** This result with problems found in the article's own switches. */
    public DocumentResult withWarnings(List<String> warnings) {
        return new DocumentResult(path, title, format, status, message, words, findings, sources, sourcing, suppressed, details,
                warnings);
    }

    public static DocumentResult skipped(String path, String format, String why) {
        return new DocumentResult(path, "", format, Status.SKIPPED, why, 0, List.of(), List.of(), "");
    }

    public static DocumentResult failed(String path, String format, String why) {
        return new DocumentResult(path, "", format, Status.FAILED, why, 0, List.of(), List.of(), "");
    }
}
