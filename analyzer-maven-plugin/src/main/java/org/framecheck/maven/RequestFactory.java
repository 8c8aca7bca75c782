package org.framecheck.maven;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.framecheck.api.AnalysisRequest;
import org.framecheck.config.Settings;
import org.framecheck.findings.Severity;
import org.framecheck.report.ReportFormat;
import org.framecheck.rules.RuleSelection;

/**
 * Turns the plugin's parameters, as Maven injected them, into an {@link AnalysisRequest}, checking
 * each one: a missing folder, an unknown format or severity is one clear line, before any analysis.
 */
final class RequestFactory {

    private RequestFactory() {
    }

    /** Values may come from the POM (lists) or from -D properties (one comma-separated string). */
    static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The excludes configured, plus the project's build folder where it lies inside a content folder
     * (content at the project root): compiled output and generated sites there are not articles.
     */
    static List<String> excludes(List<String> excludes, List<Path> contentDirectories, Path buildDirectory) {
        List<String> out = split(excludes);
        Path build = buildDirectory.toAbsolutePath().normalize();
        for (Path dir : contentDirectories) {
            Path base = dir.toAbsolutePath().normalize();
            if (build.startsWith(base) && !build.equals(base)) {
                String glob = base.relativize(build).toString().replace('\\', '/') + "/**";
                if (!out.contains(glob)) {
                    out.add(glob);
                }
            }
        }
        return out;
    }

    /**
     * The content folders configured, which must exist; or by default {@code src/content} and
     * {@code content}, those of them that exist (none, in an aggregator or a module without content).
     */
    static List<Path> contentDirectories(File basedir, File contentDirectory, List<File> contentDirectories)
            throws MojoExecutionException {
        List<Path> content = new ArrayList<>();
        if (contentDirectory != null) {
            content.add(contentDirectory.toPath());
        } else if (contentDirectories != null && !contentDirectories.isEmpty()) {
            contentDirectories.forEach(f -> content.add(f.toPath()));
        } else {
            for (String dir : List.of("src/content", "content")) {
                if (basedir.toPath().resolve(dir).toFile().isDirectory()) {
                    content.add(basedir.toPath().resolve(dir));
                }
            }
            return content;
        }
        for (Path dir : content) {
            if (!dir.toFile().isDirectory()) {
                throw new MojoExecutionException("framecheck: content directory does not exist: " + dir
                        + " (set framecheck.contentDirectory or contentDirectories)");
            }
        }
        return content;
    }

    static List<Path> directories(List<File> dirs, String what) throws MojoExecutionException {
        List<Path> out = new ArrayList<>();
        if (dirs != null) {
            for (File f : dirs) {
                if (!f.isDirectory()) {
                    throw new MojoExecutionException("framecheck: " + what + " does not exist: " + f);
                }
                out.add(f.toPath());
            }
        }
        return out;
    }

    static Set<ReportFormat> formats(List<String> formats) throws MojoExecutionException {
        Set<ReportFormat> out = EnumSet.noneOf(ReportFormat.class);
        for (String part : split(formats)) {
            out.add(ReportFormat.parse(part).orElseThrow(() -> new MojoExecutionException(
                    "framecheck: unknown report format '" + part + "' (expected html, md, json or sarif)")));
        }
        return out;
    }

    static Charset encoding(String encoding) throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("framecheck: unknown encoding '" + encoding + "'");
        }
    }

    static Severity severity(String value, String parameter) throws MojoExecutionException {
        return Severity.parse(value).orElseThrow(() -> new MojoExecutionException(
                "framecheck: bad severity '" + value + "' in " + parameter + " (expected info, warning or error)"));
    }

    static RuleSelection selection(List<String> disabledRules, List<String> categories, List<String> severityOverrides)
            throws MojoExecutionException {
        Map<String, Severity> overrides = new LinkedHashMap<>();
        for (String entry : split(severityOverrides)) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new MojoExecutionException("framecheck: severityOverrides entry '" + entry
                        + "' must be rule-or-category=severity");
            }
            overrides.put(entry.substring(0, eq).strip(), severity(entry.substring(eq + 1).strip(), "severityOverrides"));
        }
        return new RuleSelection(new LinkedHashSet<>(split(disabledRules)), new LinkedHashSet<>(split(categories)), overrides);
    }

    /** The shared configuration's rule folders, then the POM's. */
    static List<Path> ruleDirectories(Settings shared, List<Path> pom) {
        java.util.LinkedHashSet<Path> all = new java.util.LinkedHashSet<>(shared.ruleDirectories());
        all.addAll(pom);
        return List.copyOf(all);
    }

    /**
     * The POM's rule selection over the shared configuration's: rules switched off in either stay off,
     * the POM's categories (when it names any) and severities win.
     */
    static RuleSelection selection(Settings shared, RuleSelection pom) {
        Set<String> disabled = new LinkedHashSet<>(shared.disabledRules());
        disabled.addAll(pom.disabledRules());
        Map<String, Severity> overrides = new LinkedHashMap<>(shared.severityOverrides());
        overrides.putAll(pom.severityOverrides());
        return new RuleSelection(disabled, pom.categories().isEmpty() ? shared.categories() : pom.categories(), overrides);
    }

    static int threads(int threads) {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    static List<Path> files(List<String> files, File basedir) throws MojoExecutionException {
        List<Path> out = new ArrayList<>();
        for (String f : split(files)) {
            Path p = Path.of(f);
            Path resolved = p.isAbsolute() ? p : basedir.toPath().resolve(p);
            if (!resolved.toFile().isFile()) {
                throw new MojoExecutionException("framecheck: file does not exist: " + f);
            }
            out.add(resolved);
        }
        return out;
    }
}
