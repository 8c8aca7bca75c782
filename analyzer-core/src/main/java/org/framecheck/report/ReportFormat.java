package org.framecheck.report;

import java.util.Locale;
import java.util.Optional;

/** The report files framecheck writes, by the name users configure them with. */
public enum ReportFormat {
    HTML("html", "index.html"),
    MARKDOWN("md", "report.md"),
    JSON("json", "framecheck.json"),
    SARIF("sarif", "framecheck.sarif");

    private final String id;
    private final String fileName;

    ReportFormat(String id, String fileName) {
        this.id = id;
        this.fileName = fileName;
    }

    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    /** A format by its id ({@code html}, {@code md}, {@code json}, {@code sarif}); {@code markdown} works too. */
    public static Optional<ReportFormat> parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.id.equals(v) || f.name().toLowerCase(Locale.ROOT).equals(v)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
