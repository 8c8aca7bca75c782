package org.framecheck.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.framecheck.io.Sha256;

/** What the cache's entries depend on, as hashes: a changed input gives another key, and the entry is not used. */
public final class CacheKeys {

    private CacheKeys() {
    }

    /**
     * What a cached result depends on besides its article: framecheck's version and result format, the
     * rule and word-list files, which rules report at what severity, the report formats, the encoding
     * and the user's templates.
     *
     * @param severities        each rule id with its severity, in a stable order
     * @param templateDirectory the user's templates, or null
     */
    public static String run(String toolVersion, int resultFormat, String rulesFingerprint, Map<String, String> severities,
                             Set<String> formats, String encoding, Path templateDirectory) throws IOException {
        StringBuilder key = new StringBuilder();
        key.append(toolVersion).append(" results v").append(resultFormat).append('\n').append(rulesFingerprint).append('\n');
        severities.forEach((id, severity) -> key.append(id).append('=').append(severity).append(','));
        key.append('\n').append(new TreeSet<>(formats));
        key.append('\n').append(encoding);
        if (templateDirectory != null) {
            try (Stream<Path> files = Files.walk(templateDirectory)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    key.append('\n').append(templateDirectory.relativize(f)).append(':').append(Sha256.of(Files.readAllBytes(f)));
                }
            }
        }
        return Sha256.of(key.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What the reports depend on: the run's key, the baseline (they mark what is new since it), the
     * repository's root (they name files from it) and every article's path and content.
     *
     * @param baselineFingerprints the baseline's findings, or null without one
     * @param articles             each article's path and content hash, in report order
     */
    public static String reports(String runKey, Collection<String> baselineFingerprints, Path sourceRoot,
                                 List<Map.Entry<String, String>> articles) {
        StringBuilder key = new StringBuilder(runKey);
        key.append('\n').append(baselineFingerprints == null ? "no baseline" : new TreeSet<>(baselineFingerprints).hashCode())
                .append('\n').append(sourceRoot);
        for (Map.Entry<String, String> article : articles) {
            key.append('\n').append(article.getKey()).append('\t').append(article.getValue());
        }
        return Sha256.of(key.toString().getBytes(StandardCharsets.UTF_8));
    }
}
