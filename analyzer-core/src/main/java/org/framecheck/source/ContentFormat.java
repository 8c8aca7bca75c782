package org.framecheck.source;

import java.util.Locale;
import java.util.Optional;

/** The markup an article is written in, recognised from its file name. */
public enum ContentFormat {
    MARKDOWN("md", "markdown"),
    HTML("html", "htm"),
    TEXT("txt");

    private final String[] extensions;

    ContentFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** The format of a file name by its extension, or empty when it is not an article file. */
    public static Optional<ContentFormat> forFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ContentFormat format : values()) {
            for (String candidate : format.extensions) {
                if (candidate.equals(extension)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
