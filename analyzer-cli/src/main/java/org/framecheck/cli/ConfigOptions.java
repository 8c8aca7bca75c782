package org.framecheck.cli;

import org.framecheck.config.Settings;
import org.framecheck.config.SettingsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.framecheck.api.ConfigurationException;
import picocli.CommandLine.Option;

/** The options every analysing command shares: where the configuration and the house rules are. */
final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "The configuration file (default: the nearest .framecheck.yml in this folder or above).")
    Path config;

    @Option(names = "--rules", paramLabel = "DIR", description = "A folder of house rules and word lists, added to the configured ones (repeatable).")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "A rule id not to report (repeatable, or comma-separated).")
    List<String> disabled = new ArrayList<>();

    Settings settings(Path workingDirectory) throws ConfigurationException {
        Settings base;
        if (config != null) {
            Path file = workingDirectory.resolve(config);
            if (!Files.isRegularFile(file)) {
                throw new ConfigurationException("--config: no such file: " + config);
            }
            base = SettingsFile.read(file);
        } else {
            base = SettingsFile.load(workingDirectory);
        }
        List<Path> ruleDirectories = new ArrayList<>(base.ruleDirectories());
        for (Path dir : rules) {
            Path resolved = workingDirectory.resolve(dir).normalize();
            if (!Files.isDirectory(resolved)) {
                throw new ConfigurationException("--rules: folder does not exist: " + dir);
            }
            ruleDirectories.add(resolved);
        }
        Set<String> disabledRules = new HashSet<>(base.disabledRules());
        disabledRules.addAll(disabled);
        return new Settings(base.file(), ruleDirectories, disabledRules, base.categories(), base.severityOverrides(),
                base.includes(), base.excludes(), base.baseline(), base.minSeverity());
    }
}
