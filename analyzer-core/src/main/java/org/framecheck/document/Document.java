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

    /**
     * Where a span that ends at {@code end} ends in the file: a span whose last character is an
     * entity's decoded character ({@code &quot;}) takes the whole entity.
     */
    public int sourceEnd(int end) {
        if (end > 0) {
            int entity = entityEnd(end - 1);
            if (entity > end) {
                return entity;
            }
        }
        return end;
    }

    /** The file's text of {@code [start, end)} as a reader sees it: entities decoded, everything else as written. */
    public String readable(int start, int end) {
        return decoded(text, start, end, true);
    }

    /** The prose of {@code [start, end)} with entities decoded and no blanks where their letters were. */
    public String readableProse(int start, int end) {
        return decoded(prose, start, end, false);
    }

    /** {@code source}'s characters, each entity as one character: decoded, or as the prose has it (blank in markup). */
    private String decoded(String source, int start, int end, boolean decode) {
        StringBuilder out = new StringBuilder(end - start);
        int i = start;
        while (i < end) {
            int entity = entityEnd(i);
            if (entity > i + 1) {
                out.append(decode ? org.jsoup.parser.Parser.unescapeEntities(text.substring(i, entity), false).replace('\u00A0', ' ')
                        : String.valueOf(prose.charAt(i)));
                i = Math.min(entity, end);
            } else {
                out.append(source.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /**
     * The end of the entity at {@code i} ({@code &quot;}, {@code &#8216;}) whose decoded character the
     * prose holds at {@code i} and blanks after it, or {@code i + 1} when no entity starts there.
     */
    private int entityEnd(int i) {
        if (text.charAt(i) != '&' || prose.charAt(i) == '&' && !text.startsWith("&amp;", i)) {
            return i + 1;
        }
        int semi = text.indexOf(';', i);
        if (semi < 0 || semi - i > 32) {
            return i + 1;
        }
        for (int k = i + 1; k <= semi; k++) {
            if (prose.charAt(k) != ' ' || text.charAt(k) == ' ') {
                return i + 1;
            }
        }
        return semi + 1;
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
