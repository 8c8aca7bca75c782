package org.framecheck.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.framecheck.findings.Severity;
import org.framecheck.rules.RuleSelection;

/**
 * A repository's framecheck configuration, as {@code .framecheck.yml} gives it: the same settings the
 * Maven plugin takes, so that one repository configures the command and the plugin alike. Paths are
 * resolved against the folder that holds the file.
 *
 * @param file              the file read, or null when none was found (all defaults)
 * @param ruleDirectories   folders of house rules and word lists
 * @param disabledRules     rule ids not to report
 * @param categories        categories to report; empty means all
 * @param severityOverrides severity by rule id or category
 * @param includes          globs of the files to analyse, relative to each folder checked; empty means all
 * @param excludes          globs of files to leave out
 * @param baseline          findings accepted earlier ({@code framecheck-baseline.json}), or null
 * @param minSeverity       findings below it are not reported and do not fail the command
 */
public record Settings(Path file, List<Path> ruleDirectories, Set<String> disabledRules, Set<String> categories,
                Map<String, Severity> severityOverrides, List<String> includes, List<String> excludes,
                Path baseline, Severity minSeverity) {

    public static final Settings DEFAULTS = new Settings(null, List.of(), Set.of(), Set.of(), Map.of(), List.of(), List.of(),
            null, Severity.WARNING);

    public Settings {
        ruleDirectories = List.copyOf(ruleDirectories);
        disabledRules = Set.copyOf(disabledRules);
        categories = Set.copyOf(categories);
        severityOverrides = new TreeMap<>(severityOverrides);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    public RuleSelection selection() {
        return new RuleSelection(disabledRules, categories, severityOverrides);
    }

    public Settings withMinSeverity(Severity severity) {
        return new Settings(file, ruleDirectories, disabledRules, categories, severityOverrides, includes, excludes,
                baseline, severity);
    }
}
