package org.framecheck.document;

/**
 * The value of a one-line YAML scalar as front matter writes it: double-quoted (with YAML's
 * backslash escapes), single-quoted ({@code ''} is a quote) or plain (a {@code #} after a space starts
 * a comment). Flexmark hands front matter values over as written; YAML itself is not needed for
 * {@code key: value} lines, so this small reading of the scalar syntax stands in for a YAML library.
 * Text that is not a well-formed scalar (an unterminated quote, say) is kept as written.
 */
final class YamlScalar {

    private YamlScalar() {
    }

    static String value(String written) {
        String v = written.strip();
        if (v.isEmpty()) {
            return v;
        }
        char first = v.charAt(0);
        if (first == '"') {
            String s = doubleQuoted(v);
            return s == null ? v : s;
        }
        if (first == '\'') {
            String s = singleQuoted(v);
            return s == null ? v : s;
        }
        int comment = v.indexOf(" #");
        int tabComment = v.indexOf("\t#");
        if (tabComment >= 0 && (comment < 0 || tabComment < comment)) {
            comment = tabComment;
        }
        return comment < 0 ? v : v.substring(0, comment).strip();
    }

    /** The content of {@code "..."} with escapes undone, or null when the quote is not closed. */
    private static String doubleQuoted(String v) {
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                return trailerIsComment(v, i + 1) ? out.toString() : null;
            }
            if (c != '\\' || i + 1 >= v.length()) {
                out.append(c);
                continue;
            }
            char e = v.charAt(++i);
            switch (e) {
                case '0' -> out.append('\0');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 't', '\t' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'v' -> out.append('\u000B');
                case 'f' -> out.append('\f');
                case 'r' -> out.append('\r');
                case 'e' -> out.append('\u001B');
                case ' ' -> out.append(' ');
                case '"' -> out.append('"');
                case '/' -> out.append('/');
                case '\\' -> out.append('\\');
                case 'N' -> out.append('\u0085');
                case '_' -> out.append('\u00A0');
                case 'L' -> out.append('\u2028');
                case 'P' -> out.append('\u2029');
                case 'x', 'u', 'U' -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int code = hex(v, i + 1, digits);
                    if (code < 0 || !Character.isValidCodePoint(code)) {
                        out.append('\\').append(e); // not an escape YAML knows: keep it as written
                    } else {
                        out.appendCodePoint(code);
                        i += digits;
                    }
                }
                default -> out.append('\\').append(e);
            }
        }
        return null;
    }

    /** The content of {@code '...'} with {@code ''} read as {@code '}, or null when the quote is not closed. */
    private static String singleQuoted(String v) {
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\'') {
                if (i + 1 < v.length() && v.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i++;
                    continue;
                }
                return trailerIsComment(v, i + 1) ? out.toString() : null;
            }
            out.append(c);
        }
        return null;
    }

    /** After a closing quote only blanks or a comment may follow. */
    private static boolean trailerIsComment(String v, int from) {
        String rest = v.substring(from).strip();
        return rest.isEmpty() || rest.startsWith("#") && from < v.length() && Character.isWhitespace(v.charAt(from));
    }

    private static int hex(String v, int from, int digits) {
        if (from + digits > v.length()) {
            return -1;
        }
        int code = 0;
        for (int i = from; i < from + digits; i++) {
            int d = Character.digit(v.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            code = code * 16 + d;
        }
        return code;
    }
}
