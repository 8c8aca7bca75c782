package org.framecheck.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file of a rule folder as loaded: a DRL file, a word list, or a rule test beside them.
 *
 * @param name     the name error messages and reports use: the path as the user gave it, or
 *                 {@code framecheck:rules/…} for the built-in rules
 * @param content  the file's text
 * @param builtIn  true for the rules that ship with framecheck
 */
public record RuleFile(String name, String content, boolean builtIn) {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))", Pattern.MULTILINE);

    public boolean isDrl() {
        return name.endsWith(".drl");
    }

    public boolean isWordList() {
        return name.endsWith(".words");
    }

    /** A DRL file or a word list: what the rule set is compiled from. */
    public boolean isRuleSource() {
        return isDrl() || isWordList();
    }

    /** A rule test: a {@code .txt} or {@code .md} file in a {@code tests} folder. */
    public boolean isTest() {
        return (name.contains("/tests/") || name.startsWith("tests/")) && (name.endsWith(".txt") || name.endsWith(".md"));
    }

    /** The list's name: the file name without {@code .words}. */
    public String wordListName() {
        String base = name.substring(name.lastIndexOf('/') + 1);
        return base.substring(0, base.length() - ".words".length());
    }

    /** A rule id declared in this file and the line of its {@code rule} keyword. */
    public record Declaration(String id, int line) {
    }

    /** The rules this DRL file declares, found by scanning its text (comments excluded). */
    public List<Declaration> declarations() {
        String code = withoutComments(content);
        List<Declaration> found = new ArrayList<>();
        Matcher m = RULE.matcher(code);
        while (m.find()) {
            String id = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            int keyword = code.indexOf("rule", m.start());
            int line = 1;
            for (int i = 0; i < keyword; i++) {
                if (code.charAt(i) == '\n') {
                    line++;
                }
            }
            found.add(new Declaration(id, line));
        }
        return found;
    }

    /** Blanks out comments, keeping line breaks so that line numbers stay true. */
    private static String withoutComments(String drl) {
        StringBuilder out = new StringBuilder(drl.length());
        int i = 0;
        while (i < drl.length()) {
            char c = drl.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (end < drl.length() && drl.charAt(end) != '"' && drl.charAt(end) != '\n') {
                    end += drl.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, drl.length());
                out.append(drl, i, end);
                i = end;
            } else if (drl.startsWith("//", i)) {
                while (i < drl.length() && drl.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (drl.startsWith("/*", i)) {
                int end = drl.indexOf("*/", i + 2);
                end = end < 0 ? drl.length() : end + 2;
                for (int k = i; k < end; k++) {
                    out.append(drl.charAt(k) == '\n' ? '\n' : ' ');
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
