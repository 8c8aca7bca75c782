package org.framecheck.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.framecheck.api.ConfigurationException;
import org.framecheck.findings.Severity;
import org.framecheck.rules.NearestName;

/** Finds and reads {@code .framecheck.yml}: the nearest one in the working folder or a folder above it. */
public final class SettingsFile {
    public static final String NAME = ".framecheck.yml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The file's keys, spelt as in the plugin's configuration. */
    record Raw(List<String> ruleDirectories, List<String> disabledRules, List<String> categories,
                       Map<String, String> severityOverrides, List<String> includes, List<String> excludes,
                       String baseline, String minSeverity) {
    }

    private SettingsFile() {
    }

    /** The nearest {@value #NAME} at or above {@code start}. */
    public static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The settings of the nearest file at or above {@code start}, or the defaults when there is none. */
    public static Settings load(Path start) throws ConfigurationException {
        Optional<Path> file = find(start);
        return file.isPresent() ? read(file.get()) : Settings.DEFAULTS;
    }

    public static Settings read(Path file) throws ConfigurationException {
        Raw raw;
        try {
            raw = Files.size(file) == 0 ? null : YAML.readValue(file.toFile(), Raw.class);
        } catch (UnrecognizedPropertyException e) {
            List<String> known = e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            throw new ConfigurationException(where(file, lineOf(file, e.getPropertyName(), e.getLocation())) + ": unknown setting '" + e.getPropertyName()
                    + "'" + NearestName.hint(e.getPropertyName(), known) + " (known: " + String.join(", ", known) + ")");
        } catch (JsonProcessingException e) {
            throw new ConfigurationException(where(file, e.getLocation()) + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new ConfigurationException(file + ": cannot be read: " + e.getMessage());
        }
        if (raw == null) {
            return new Settings(file, List.of(), java.util.Set.of(), java.util.Set.of(), Map.of(), List.of(), List.of(),
                    null, Settings.DEFAULTS.minSeverity());
        }
        Path base = file.toAbsolutePath().getParent();
        List<Path> ruleDirectories = new ArrayList<>();
        for (String dir : list(raw.ruleDirectories())) {
            Path resolved = base.resolve(dir).normalize();
            if (!Files.isDirectory(resolved)) {
                throw new ConfigurationException(file + ": ruleDirectories: folder does not exist: " + dir);
            }
            ruleDirectories.add(resolved);
        }
        Map<String, Severity> overrides = new LinkedHashMap<>();
        if (raw.severityOverrides() != null) {
            for (Map.Entry<String, String> e : raw.severityOverrides().entrySet()) {
                overrides.put(e.getKey(), severity(file, "severityOverrides." + e.getKey(), e.getValue()));
            }
        }
        return new Settings(file, ruleDirectories, java.util.Set.copyOf(list(raw.disabledRules())),
                java.util.Set.copyOf(list(raw.categories())), overrides, list(raw.includes()), list(raw.excludes()),
                raw.baseline() == null ? null : base.resolve(raw.baseline()).normalize(),
                raw.minSeverity() == null ? Settings.DEFAULTS.minSeverity() : severity(file, "minSeverity", raw.minSeverity()));
    }

    public static Severity severity(Path file, String key, String value) throws ConfigurationException {
        Optional<Severity> severity = Severity.parse(value);
        if (severity.isEmpty()) {
            throw new ConfigurationException((file == null ? "" : file + ": ") + key + ": '" + value
                    + "' is not a severity (info, warning or error)");
        }
        return severity.get();
    }

    private static List<String> list(List<String> value) {
        return value == null ? List.of() : value;
    }

    private static String where(Path file, JsonLocation location) {
        return where(file, location == null ? 0 : location.getLineNr());
    }

    private static String where(Path file, int line) {
        return line < 1 ? file.toString() : file + ":" + line;
    }

    /** The line that names a key: the parser's location is past the key's value. */
    private static int lineOf(Path file, String key, JsonLocation location) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*:.*")) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // fall back to the parser's location
        }
        return location == null ? 0 : location.getLineNr();
    }
}
