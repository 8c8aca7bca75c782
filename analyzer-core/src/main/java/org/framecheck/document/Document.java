package org.framecheck.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.framecheck.source.ContentFormat;

/**
 * An article read from its markup.
 *
 * <p>{@code prose} has exactly the length of {@code text}: markup, code, comments and front matter are
 * blanked out with spaces, and prose characters stay where they were. Every offset computed on the
 * prose is therefore an offset into the original file, so findings point at what the author wrote.
 *
 * @param path        the article's path as reports show it
 * @param format      the markup it was read from
 * @param text        the decoded file text (a leading byte-order mark removed)
 * @param prose       the analysable text, aligned with {@code text}
 * @param blocks      the prose blocks, in order
 * @param title       the title from front matter or the first heading/line; may be empty
 * @param frontMatter front matter keys and values (YAML quoting undone)
 * @param note        how the file was read when that differs from the usual, in one line (for example,
 *                    Markdown too deeply nested to parse, read as plain text); empty otherwise
 */
public record Document(String path, ContentFormat format, String text, String prose, List<Block> blocks,
                       String title, Map<String, List<String>> frontMatter, String note) {
    public Document {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(prose, "prose");
        if (text.length() != prose.length()) {
            throw new IllegalArgumentException("prose must be aligned with text");
        }
        blocks = List.copyOf(blocks);
        title = title == null ? "" : title;
        frontMatter = Map.copyOf(frontMatter);
        note = note == null ? "" : note;
    }

    public Document(String path, ContentFormat format, String text, String prose, List<Block> blocks,
                    String title, Map<String, List<String>> frontMatter) {
        this(path, format, text, prose, blocks, title, frontMatter, "");
    }

    /** Author, date and section, those the front matter gives (the first value of a list), in that order. */
    public Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        for (String key : List.of("author", "date", "section")) {
            frontMatter.getOrDefault(key, List.of()).stream().filter(v -> !v.isBlank()).findFirst()
                    .ifPresent(v -> details.put(key, v.strip()));
        }
        return details;
    }
}
