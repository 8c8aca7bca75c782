package org.framecheck.lexicon;

/** A word-list line that cannot be read; carries the position for a one-line error. */
public final class LexiconSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final int column;

    public LexiconSyntaxException(String file, int line, int column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
