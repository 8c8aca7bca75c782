package org.framecheck.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * The real-news evaluation set in {@code src/test/resources/realnews} (see GUIDELINES.md there):
 * annotations with offsets only; the article text is read from the BBC corpus beside the project
 * ({@code ../shared/corpus/bbc}, or {@code -Dframecheck.corpus=DIR}).
 */
final class RealNewsSet {

    static final Path ROOT = Path.of("src/test/resources/realnews");

    record Article(String file, String section, String half, boolean sourcesAnnotated) {
        boolean reported() {
            return half.equals("report");
        }
    }

    record Annotation(String file, int start, int end, String category, String device, String level, String note) {
        boolean clear() {
            return level.equals("clear");
        }

        boolean overlaps(int from, int to) {
            return from < end && to > start;
        }
    }

    record Span(int start, int end) {
        boolean overlaps(int from, int to) {
            return from < end && to > start;
        }
    }

    record GoldSource(String file, String name, String type, String side, List<Span> mentions, List<Span> quotes) {
    }

    /** What the annotators found in one article, with its text. */
    record Annotated(Article article, String text, List<Annotation> annotations, List<GoldSource> sources) {
    }

    private RealNewsSet() {
    }

    /** The corpus folder, when it is here. */
    static Optional<Path> corpus() {
        String configured = System.getProperty("framecheck.corpus", "");
        List<Path> candidates = configured.isBlank()
                ? List.of(Path.of("../../shared/corpus/bbc"), Path.of("../shared/corpus/bbc"))
                : List.of(Path.of(configured));
        return candidates.stream().filter(Files::isDirectory).findFirst();
    }

    static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (String[] row : rows(ROOT.resolve("articles.tsv"))) {
            articles.add(new Article(row[0], row[1], row[2], row[4].equals("yes")));
        }
        return articles;
    }

    /** Every annotated article, its text read from {@code corpus} and each span checked against its CRC32. */
    static List<Annotated> load(Path corpus) {
        Map<String, List<Annotation>> annotations = new LinkedHashMap<>();
        Map<String, List<String>> checksums = new LinkedHashMap<>();
        for (String[] row : rows(ROOT.resolve("annotations.tsv"))) {
            if (row[3].equals("reviewed")) {
                annotations.computeIfAbsent(row[0], k -> new ArrayList<>());
                continue;
            }
            annotations.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new Annotation(row[0],
                    Integer.parseInt(row[1]), Integer.parseInt(row[2]), row[3], row[4], row[5], row.length > 7 ? row[7] : ""));
            checksums.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1] + ":" + row[2] + ":" + row[6]);
        }
        Map<String, List<GoldSource>> sources = sources();
        List<Annotated> set = new ArrayList<>();
        for (Article article : articles()) {
            if (!annotations.containsKey(article.file())) {
                throw new IllegalStateException(article.file() + " is in articles.tsv but was never reviewed");
            }
            String text = read(corpus.resolve(article.file()));
            for (String check : checksums.getOrDefault(article.file(), List.of())) {
                String[] parts = check.split(":");
                String span = text.substring(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                if (!crc32(span).equals(parts[2])) {
                    throw new IllegalStateException(article.file() + " " + parts[0] + ".." + parts[1]
                            + ": the corpus text differs from the annotated text (CRC32 mismatch)");
                }
            }
            set.add(new Annotated(article, text, annotations.get(article.file()),
                    sources.getOrDefault(article.file(), List.of())));
        }
        return set;
    }

    private static Map<String, List<GoldSource>> sources() {
        Map<String, List<GoldSource>> sources = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (String line : Files.readAllLines(ROOT.resolve("sources.jsonl"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String file = node.get("file").asText();
                List<GoldSource> list = sources.computeIfAbsent(file, k -> new ArrayList<>());
                if (node.path("reviewed").asBoolean(false)) {
                    continue;
                }
                list.add(new GoldSource(file, node.get("name").asText(), node.get("type").asText(),
                        node.path("side").asText(""), spans(node.get("mentions")), spans(node.get("quotes"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    private static List<Span> spans(JsonNode array) {
        List<Span> spans = new ArrayList<>();
        if (array != null) {
            for (JsonNode pair : array) {
                spans.add(new Span(pair.get(0).asInt(), pair.get(1).asInt()));
            }
        }
        return spans;
    }

    /** Device to the rules meant to find it, from devices.tsv. */
    static Map<String, List<String>> deviceRules() {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        for (String[] row : rows(ROOT.resolve("devices.tsv"))) {
            rules.put(row[0] + "/" + row[1], row.length > 2 && !row[2].isBlank()
                    ? Arrays.stream(row[2].split(",")).map(String::strip).toList() : List.of());
        }
        return rules;
    }

    private static List<String[]> rows(Path file) {
        List<String[]> rows = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            boolean header = true;
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String crc32(String span) {
        CRC32 crc = new CRC32();
        crc.update(span.getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }
}
