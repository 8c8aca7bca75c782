package org.framecheck.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.framecheck.findings.DocumentResult;
import org.framecheck.io.WholeFile;
import org.framecheck.io.Sha256;

/**
 * Results of earlier runs, so that a run with nothing changed analyses nothing. An entry is keyed by
 * the article's path and is valid only for the same file content and the same run key (tool
 * version, rules, rule selection, report formats, templates). An entry is a one-line header (its
 * keys and the checksums of what follows) and the result as JSON; the article's report page sits
 * beside it as plain HTML. A damaged, truncated or unreadable entry is ignored and rewritten, never
 * trusted.
 */
public final class ResultCache {

    /**
     * What a cached article gives back: its result, and the checksum of its report page (empty when
     * no page was written), which {@link #page} reads only if the report must be written again.
     */
    public record Entry(DocumentResult result, String pageSha) {
    }

    private record Header(String runKey, String contentHash, String resultSha, String pageSha) {
    }

    private final Path entries;
    private final Path pages;
    private final String runKey;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Set<String> touched = ConcurrentHashMap.newKeySet();

    private ResultCache(Path directory, String runKey) {
        this.entries = directory.resolve("results");
        this.pages = directory.resolve("pages");
        this.runKey = runKey;
    }

    public static ResultCache open(Path directory, String runKey) throws IOException {
        ResultCache cache = new ResultCache(directory, runKey);
        Files.createDirectories(cache.entries);
        Files.createDirectories(cache.pages);
        return cache;
    }

    /** The cached result for {@code path} with content {@code contentHash}, if valid. */
    public Optional<Entry> lookup(String path, String contentHash) {
        String id = id(path);
        touched.add(id);
        Path file = entries.resolve(id + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            int newline = indexOf(bytes, (byte) '\n');
            if (newline < 0) {
                return Optional.empty();
            }
            Header header = json.readValue(bytes, 0, newline, Header.class);
            byte[] body = Arrays.copyOfRange(bytes, newline + 1, bytes.length);
            if (!runKey.equals(header.runKey()) || !contentHash.equals(header.contentHash())
                    || !Sha256.of(body).equals(header.resultSha())) {
                return Optional.empty();
            }
            DocumentResult result = json.readValue(body, DocumentResult.class);
            if (!path.equals(result.path())) {
                return Optional.empty();
            }
            if (!header.pageSha().isEmpty() && !Files.isRegularFile(pages.resolve(id + ".html"))) {
                return Optional.empty();
            }
            return Optional.of(new Entry(result, header.pageSha()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged: analyse again and overwrite
        }
    }

    /** The cached page of {@code path}, if it is still the one the entry's checksum names. */
    public Optional<String> page(String path, String pageSha) {
        try {
            byte[] html = Files.readAllBytes(pages.resolve(id(path) + ".html"));
            return Sha256.of(html).equals(pageSha) ? Optional.of(new String(html, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * True when the report files in {@code output} are the ones a run with {@code reportKey} wrote
     * (same articles, contents, rules and settings) and are still there whole: the run can leave them.
     */
    public boolean reportsCurrent(String reportKey, Path output) {
        Path stamp = entries.getParent().resolve("reports.stamp");
        try {
            List<String> lines = Files.readAllLines(stamp, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(reportKey) || !lines.get(1).equals(output.toAbsolutePath().normalize().toString())) {
                return false;
            }
            for (String line : lines.subList(2, lines.size())) {
                int tab = line.lastIndexOf('\t');
                Path file = output.resolve(line.substring(0, tab));
                if (!Files.isRegularFile(file) || Files.size(file) != Long.parseLong(line.substring(tab + 1))) {
                    return false;
                }
            }
            return lines.size() > 2;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Notes which report files a run with {@code reportKey} wrote, for {@link #reportsCurrent}. */
    public void recordReports(String reportKey, Path output, List<Path> files) throws IOException {
        StringBuilder stamp = new StringBuilder(reportKey).append('\n').append(output.toAbsolutePath().normalize()).append('\n');
        for (Path f : files) {
            stamp.append(output.relativize(f)).append('\t').append(Files.size(f)).append('\n');
        }
        WholeFile.write(entries.getParent().resolve("reports.stamp"), stamp.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Remembers a fresh result; written to temporary files and moved into place, page first. */
    public void store(String path, String contentHash, DocumentResult result, String page) throws IOException {
        String id = id(path);
        touched.add(id);
        byte[] body = json.writeValueAsBytes(result);
        byte[] html = page == null ? null : page.getBytes(StandardCharsets.UTF_8);
        if (html != null) {
            WholeFile.write(pages.resolve(id + ".html"), html);
        }
        Header header = new Header(runKey, contentHash, Sha256.of(body), html == null ? "" : Sha256.of(html));
        byte[] head = json.writeValueAsBytes(header);
        byte[] entry = new byte[head.length + 1 + body.length];
        System.arraycopy(head, 0, entry, 0, head.length);
        entry[head.length] = '\n';
        System.arraycopy(body, 0, entry, head.length + 1, body.length);
        WholeFile.write(entries.resolve(id + ".json"), entry);
    }

    /** Deletes the entries of articles this run did not see (deleted or renamed files). */
    public void prune() throws IOException {
        for (Path folder : new Path[] {entries, pages}) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    int dot = name.indexOf('.');
                    if (!name.startsWith(".") && !touched.contains(dot < 0 ? name : name.substring(0, dot))) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
    }

    private static String id(String path) {
        return Sha256.of(path.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

}
