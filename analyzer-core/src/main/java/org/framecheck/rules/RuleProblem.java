package org.framecheck.rules;

/**
 * Something wrong in a rule or word-list file, reported as one line: {@code file:line:column: message}.
 * Line and column are 1-based; 0 means unknown, and the line then reads {@code file: message}.
 */
public record RuleProblem(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line + ":" + column : "") + ": " + message;
    }
}
