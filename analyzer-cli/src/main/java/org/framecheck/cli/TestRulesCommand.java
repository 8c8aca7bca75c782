package org.framecheck.cli;

import org.framecheck.config.SettingsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.framecheck.api.ConfigurationException;
import org.framecheck.ruletest.Difference;
import org.framecheck.ruletest.RuleResult;
import org.framecheck.ruletest.RuleTestReport;
import org.framecheck.ruletest.RuleTestRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code framecheck test-rules DIR…}: runs the inline-marked tests of house rules with the built-in ones. */
@Command(name = "test-rules", mixinStandardHelpOptions = true,
        description = "Run the tests of rule folders (their tests/ files) together with the built-in rules' tests.")
final class TestRulesCommand implements Callable<Integer> {
    @ParentCommand
    FramecheckCommand parent;

    @Parameters(paramLabel = "DIR", arity = "0..*", description = "Rule folders (default: the configuration's ruleDirectories).")
    List<Path> folders = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path cwd = parent.workingDirectory();
        List<Path> directories = new ArrayList<>();
        for (Path folder : folders) {
            Path dir = cwd.resolve(folder).normalize();
            if (!Files.isDirectory(dir)) {
                throw new ConfigurationException(folder + ": no such rule folder");
            }
            directories.add(dir);
        }
        if (directories.isEmpty()) {
            directories.addAll(SettingsFile.load(cwd).ruleDirectories());
        }
        RuleTestReport report = RuleTestRunner.run(directories);
        var out = parent.out();
        report.problems().forEach(p -> out.println("framecheck: " + p));
        boolean failed = false;
        for (RuleResult result : report.rules()) {
            switch (result.status()) {
                case PASS -> {
                    if (!result.builtIn()) {
                        out.println("framecheck: " + result.summary());
                    }
                }
                case UNTESTED -> out.println("framecheck: " + result.summary());
                default -> {
                    failed = true;
                    out.println("framecheck: " + result.summary());
                    result.differences().forEach(d -> out.println("framecheck:   " + d));
                }
            }
        }
        if (failed) {
            out.println("framecheck:   (" + Difference.LEGEND + ")");
        }
        out.println("framecheck: " + report.summary());
        out.flush();
        return report.passed() ? 0 : 1;
    }
}
