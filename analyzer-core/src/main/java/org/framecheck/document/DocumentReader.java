package org.framecheck.document;

import java.util.EnumMap;
import java.util.Map;
import org.framecheck.source.ContentFormat;

/** Picks the parser for a content format. Thread-safe: parsers keep no per-document state. */
public final class DocumentReader {

    private final Map<ContentFormat, DocumentParser> parsers = new EnumMap<>(ContentFormat.class);

    public DocumentReader() {
        parsers.put(ContentFormat.MARKDOWN, new MarkdownParser());
        parsers.put(ContentFormat.TEXT, new PlainTextParser());
        parsers.put(ContentFormat.HTML, new HtmlParser());
    }

    public Document read(String path, ContentFormat format, String text) {
        return parsers.get(format).parse(path, text);
    }
}
