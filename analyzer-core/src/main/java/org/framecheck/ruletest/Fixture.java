package org.framecheck.ruletest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framecheck.source.ContentFormat;

/**
 * A rule test file, read. The grammar, in full:
 *
 * <ul>
 * <li>{@code .txt} files are plain text. Lines starting with {@code #} are comments. Each paragraph
 * (lines between blank lines; a comment counts as blank) is analysed as a document of its own, so
 * that test cases never affect each other.</li>
 * <li>{@code .md} files are Markdown, analysed whole as one document, for rules that judge an
 * article ({@code @scope("document")}).</li>
 * <li>Expected findings are marked inline: {@code {{flagged words|rule-id}}}, nestable.</li>
 * <li>An optional header names the rules under test: {@code # rules: id, id} in a {@code .txt}
 * file, {@code <!-- rules: id, id -->} in a {@code .md} file. Without it the test covers every
 * rule of the folder that holds its {@code tests} folder. Each rule under test must produce
 * exactly the marked findings, same words, no more; other rules are ignored.</li>
 * </ul>
 *
 * @param file   the file name, as messages show it
 * @param format how it is analysed: {@code TEXT} or {@code MARKDOWN}
 * @param rules  the rule ids the header names; empty without a header
 * @param header the 1-based line of the header, 0 without one
 * @param source the file's text with comment lines blanked out: what lines and columns count in
 * @param marked the source with the marks taken out
 */
public record Fixture(String file, ContentFormat format, List<String> rules, int header, String source, MarkedText marked) {

    private static final Pattern TEXT_HEADER = Pattern.compile("^#\\s*rules:(.*)$", Pattern.MULTILINE);
    private static final Pattern MARKDOWN_HEADER = Pattern.compile("<!--\\s*rules:(.*?)-->", Pattern.DOTALL);

    public Fixture {
        rules = List.copyOf(rules);
    }

    /** Reads a test; marks that cannot be read are in {@code marked().problems()}, with offsets into {@code content}. */
    public static Fixture parse(String file, String content) {
        boolean markdown = file.endsWith(".md");
        String source = markdown ? content : withoutComments(content);
        Matcher header = (markdown ? MARKDOWN_HEADER : TEXT_HEADER).matcher(content);
        List<String> rules = new ArrayList<>();
        int headerLine = 0;
        if (header.find()) {
            Arrays.stream(header.group(1).split("[,\\s]+")).filter(id -> !id.isBlank()).forEach(rules::add);
            headerLine = 1 + (int) content.substring(0, header.start()).chars().filter(c -> c == '\n').count();
        }
        return new Fixture(file, markdown ? ContentFormat.MARKDOWN : ContentFormat.TEXT, rules, headerLine, source,
                MarkedText.parse(source));
    }

    /** The rule folder a test belongs to: the one that holds its {@code tests} folder, named as its DRL files are. */
    public static String folderOf(String file) {
        int tests = file.lastIndexOf("tests/");
        return tests > 0 ? file.substring(0, tests - 1) : "";
    }

    /**
     * The texts to analyse, each as long as the marked text so that offsets agree: the whole text
     * for Markdown, one per paragraph (everything else blanked) for plain text.
     */
    public List<String> documents() {
        String text = marked.text();
        if (format == ContentFormat.MARKDOWN) {
            return List.of(text);
        }
        List<String> documents = new ArrayList<>();
        int paragraphStart = -1;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            boolean blank = text.substring(lineStart, lineEnd).isBlank();
            if (blank && paragraphStart >= 0) {
                documents.add(only(text, paragraphStart, lineStart));
                paragraphStart = -1;
            } else if (!blank && paragraphStart < 0) {
                paragraphStart = lineStart;
            }
            lineStart = lineEnd + 1;
        }
        if (paragraphStart >= 0) {
            documents.add(only(text, paragraphStart, text.length()));
        }
        return documents;
    }

    /** {@code text} with everything outside {@code [from, to)} blanked, line breaks kept. */
    private static String only(String text, int from, int to) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if ((i < from || i >= to) && chars[i] != '\n' && chars[i] != '\r') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** Comment lines become spaces, so that offsets, lines and columns stay those of the file. */
    private static String withoutComments(String content) {
        char[] chars = content.toCharArray();
        int lineStart = 0;
        while (lineStart < chars.length) {
            int lineEnd = content.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? chars.length : lineEnd;
            if (content.startsWith("#", lineStart)) {
                for (int i = lineStart; i < lineEnd; i++) {
                    if (chars[i] != '\r') {
                        chars[i] = ' ';
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return new String(chars);
    }
}
