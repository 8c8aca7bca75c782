package org.framecheck.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.framecheck.findings.DocumentResult;

/**
 * Results of earlier runs, so that a run with nothing changed analyses nothing. An entry is keyed by
 * the article's path and is valid only for the same file content and the same run key (tool
 * version, rules, rule selection, report formats, templates). Every entry carries a checksum; a
 * damaged or unreadable entry is ignored and rewritten, never trusted.
 */
public final class ResultCache {

    /** What a cached article gives back: its result and, when pages are written, its page. */
    public record Entry(DocumentResult result, String page) {
    }

    private record Stored(String runKey, String contentHash, DocumentResult result, String page, String checksum) {
    }

    private final Path directory;
    private final String runKey;
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Set<String> touched = ConcurrentHashMap.newKeySet();

    private ResultCache(Path directory, String runKey) {
        this.directory = directory;
        this.runKey = runKey;
    }

    public static ResultCache open(Path directory, String runKey) throws IOException {
        Files.createDirectories(directory);
        return new ResultCache(directory, runKey);
    }

    /** The cached result for {@code path} with content {@code contentHash}, if valid. */
    public Optional<Entry> lookup(String path, String contentHash) {
        Path file = entryFile(path);
        touched.add(file.getFileName().toString());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Stored stored = json.readValue(file.toFile(), Stored.class);
            if (!runKey.equals(stored.runKey()) || !contentHash.equals(stored.contentHash())
                    || !checksum(stored).equals(stored.checksum()) || !path.equals(stored.result().path())) {
                return Optional.empty();
            }
            return Optional.of(new Entry(stored.result(), stored.page()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // damaged: analyse again and overwrite
        }
    }

    /** Remembers a fresh result; written to a temporary file and moved into place. */
    public void store(String path, String contentHash, DocumentResult result, String page) throws IOException {
        Path file = entryFile(path);
        touched.add(file.getFileName().toString());
        Stored unsigned = new Stored(runKey, contentHash, result, page, "");
        Stored stored = new Stored(runKey, contentHash, result, page, checksum(unsigned));
        Path temp = Files.createTempFile(directory, ".entry", ".tmp");
        try {
            json.writeValue(temp.toFile(), stored);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Deletes the entries of articles this run did not see (deleted or renamed files). */
    public void prune() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                if (!touched.contains(f.getFileName().toString())) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private Path entryFile(String path) {
        return directory.resolve(sha256(path.getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".json");
    }

    private String checksum(Stored unsigned) throws IOException {
        Stored blank = new Stored(unsigned.runKey(), unsigned.contentHash(), unsigned.result(), unsigned.page(), "");
        return sha256(json.writeValueAsBytes(blank));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
