package org.framecheck.document;

/** Turns the text of one article in one markup language into a {@link Document}. */
public interface DocumentParser {
    Document parse(String path, String text);
}
