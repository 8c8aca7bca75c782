package org.framecheck.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.framecheck.ruletest.MarkedText;

/**
 * The labelled evaluation set in {@code src/test/resources/eval}: one marked sentence a line in the
 * category files, and short Markdown articles with inline marks and a document-level expectation
 * comment ({@code <!-- expect-document: single-source-story -->}). See GUIDELINES.md there.
 */
final class EvaluationSet {

    static final Path ROOT = Path.of("src/test/resources/eval");
    private static final Pattern EXPECT_DOCUMENT = Pattern.compile("<!--\\s*expect-document:\\s*(.*?)\\s*-->");

    /** One test item: where it comes from, its marked text, and the document-level rules it expects. */
    record Item(String source, MarkedText marked, Set<String> documentRules, boolean markdown) {
    }

    private EvaluationSet() {
    }

    static List<Item> load() {
        List<Item> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    int comment = line.indexOf(" # ");
                    String content = comment >= 0 ? line.substring(0, comment).strip() : line;
                    String where = file.getFileName() + ":" + (i + 1);
                    items.add(new Item(where, parse(where, content), null, false));
                }
            }
            Path articles = ROOT.resolve("articles");
            if (Files.isDirectory(articles)) {
                try (Stream<Path> files2 = Files.list(articles)) {
                    for (Path file : files2.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                        String text = Files.readString(file, StandardCharsets.UTF_8);
                        String where = "articles/" + file.getFileName();
                        items.add(new Item(where, parse(where, text), documentRules(where, text), true));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return items;
    }

    private static MarkedText parse(String where, String text) {
        MarkedText marked = MarkedText.parse(text);
        if (!marked.problems().isEmpty()) {
            throw new IllegalArgumentException(where + ": " + marked.problems().get(0));
        }
        return marked;
    }

    private static Set<String> documentRules(String where, String text) {
        Matcher m = EXPECT_DOCUMENT.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException(where + ": no <!-- expect-document: ... --> comment");
        }
        Set<String> rules = new LinkedHashSet<>();
        for (String rule : m.group(1).split(",")) {
            if (!rule.isBlank() && !rule.strip().equals("none")) {
                rules.add(rule.strip());
            }
        }
        return rules;
    }
}
