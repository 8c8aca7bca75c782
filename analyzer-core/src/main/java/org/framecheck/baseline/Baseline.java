package org.framecheck.baseline;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.io.WholeFile;
import org.framecheck.io.Sha256;

/**
 * The findings a newsroom has accepted, committed beside its content: {@code check} fails only on
 * findings that are not in it. A finding's fingerprint is its article, its rule, its flagged words
 * and how many times the same rule flagged the same words earlier in the article, so it survives
 * edits elsewhere in the file (lines moving) and changes only when the flagged words do.
 *
 * @param fingerprints the accepted findings' fingerprints
 */
public record Baseline(Set<String> fingerprints) {

    public Baseline {
        fingerprints = Set.copyOf(fingerprints);
    }

    /** A finding with its fingerprint, for writing and for naming new findings. */
    public record Entry(String fingerprint, String path, Finding finding) {
    }

    public static List<Entry> entries(List<DocumentResult> documents) {
        List<Entry> entries = new ArrayList<>();
        for (DocumentResult d : documents) {
            Map<String, Integer> seen = new HashMap<>();
            for (Finding f : d.findings()) {
                String words = normalize(f.text());
                String key = f.rule() + "\u0000" + words;
                int occurrence = seen.merge(key, 1, Integer::sum);
                String fingerprint = Sha256.of((d.path() + "\u0000" + key + "\u0000" + occurrence)
                        .getBytes(StandardCharsets.UTF_8)).substring(0, 24);
                entries.add(new Entry(fingerprint, d.path(), f));
            }
        }
        return entries;
    }

    /** The findings of {@code documents} that are not in this baseline. */
    public List<Entry> newFindings(List<DocumentResult> documents) {
        return entries(documents).stream().filter(e -> !fingerprints.contains(e.fingerprint())).toList();
    }

    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException("baseline " + file + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        JsonNode list = root == null ? null : root.get("findings");
        if (list == null || !list.isArray()) {
            throw new IOException("baseline " + file + " has no \"findings\" array");
        }
        Set<String> fingerprints = new TreeSet<>();
        list.forEach(n -> fingerprints.add(n.path("fingerprint").asText()));
        return new Baseline(fingerprints);
    }

    /**
     * Writes the baseline of {@code documents}: sorted, readable, one entry per finding with enough to
     * recognise it in review (path, line, rule, words), and moved into place whole.
     */
    public static void write(List<DocumentResult> documents, Path file) throws IOException {
        List<Entry> entries = new ArrayList<>(entries(documents));
        entries.sort(Comparator.comparing(Entry::path).thenComparing(e -> e.finding().start()).thenComparing(Entry::fingerprint));
        WholeFile.write(file, stream -> {
            try (JsonGenerator json = new JsonFactory().createGenerator(stream, JsonEncoding.UTF8)) {
                json.useDefaultPrettyPrinter();
                json.writeStartObject();
                json.writeNumberField("version", 1);
                json.writeArrayFieldStart("findings");
                for (Entry e : entries) {
                    json.writeStartObject();
                    json.writeStringField("fingerprint", e.fingerprint());
                    json.writeStringField("path", e.path());
                    json.writeNumberField("line", e.finding().line());
                    json.writeStringField("rule", e.finding().rule());
                    json.writeStringField("text", e.finding().text());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        });
    }

    private static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
