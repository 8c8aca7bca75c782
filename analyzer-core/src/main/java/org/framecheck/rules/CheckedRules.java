package org.framecheck.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.framecheck.io.WholeFile;

/**
 * What checking a set of rule files found, kept beside their compiled base: every rule's metadata and
 * the word lists the rules name. Rule files that checked and compiled without a problem check the same
 * way next time, so a run whose files are unchanged (by content, same framecheck and Drools) reads
 * this instead of parsing every DRL file again.
 *
 * @param rules  the rules' metadata in declaration order
 * @param lists  the word lists the rules name, or null when some TermMatch pattern names none
 */
record CheckedRules(List<RuleMetadata> rules, Set<String> lists) {

    /** The built-in rules' check, written at build time beside {@link CompiledRules#PRECOMPILED}. */
    static final String PRECHECKED = RuleFiles.DEFAULTS + "rules-checked.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    CheckedRules {
        rules = List.copyOf(rules);
        lists = lists == null ? null : new TreeSet<>(lists);
    }

    Map<String, RuleMetadata> byId() {
        Map<String, RuleMetadata> byId = new LinkedHashMap<>();
        rules.forEach(r -> byId.put(r.id(), r));
        return byId;
    }

    /** The stored check of files with this fingerprint: built in, or from {@code cacheDirectory} (may be null). */
    static Optional<CheckedRules> find(String fingerprint, Path cacheDirectory) {
        String key = CompiledRules.key(fingerprint);
        try (InputStream in = CheckedRules.class.getClassLoader().getResourceAsStream(PRECHECKED)) {
            if (in != null) {
                Optional<CheckedRules> found = read(in.readAllBytes(), key);
                if (found.isPresent()) {
                    return found;
                }
            }
        } catch (IOException e) {
            // not usable: check the files
        }
        if (cacheDirectory != null) {
            Path file = cacheFile(cacheDirectory, fingerprint);
            try {
                if (Files.isRegularFile(file)) {
                    return read(Files.readAllBytes(file), key);
                }
            } catch (IOException e) {
                // not usable: check the files
            }
        }
        return Optional.empty();
    }

    /** Keeps the check of files that checked and compiled cleanly in {@code cacheDirectory}. */
    void store(String fingerprint, Path cacheDirectory) {
        if (cacheDirectory == null) {
            return;
        }
        try {
            WholeFile.write(cacheFile(cacheDirectory, fingerprint), write(CompiledRules.key(fingerprint)));
        } catch (IOException | RuntimeException e) {
            // a check that cannot be kept only costs the next run a parse
        }
    }

    /** The key line, then the check as JSON. */
    byte[] write(String key) throws IOException {
        byte[] json = JSON.writeValueAsBytes(this);
        byte[] head = (key + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + json.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(json, 0, bytes, head.length, json.length);
        return bytes;
    }

    private static Optional<CheckedRules> read(byte[] bytes, String key) {
        int newline = 0;
        while (newline < bytes.length && bytes[newline] != '\n') {
            newline++;
        }
        if (newline >= bytes.length || !new String(bytes, 0, newline, StandardCharsets.UTF_8).equals(key)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(bytes, newline + 1, bytes.length - newline - 1, CheckedRules.class));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Path cacheFile(Path cacheDirectory, String fingerprint) {
        return cacheDirectory.resolve("rules-checked-" + fingerprint.substring(0, 32) + ".json");
    }
}
