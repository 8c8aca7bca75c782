package org.framecheck.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One article file found in a content directory.
 *
 * @param file   where to read it
 * @param path   its path relative to the content directory, with {@code /} separators, as reports show it
 * @param format how to parse it
 */
public record ContentItem(Path file, String path, ContentFormat format) {
    public ContentItem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
    }
}
