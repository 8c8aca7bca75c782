package org.framecheck.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.framecheck.ruletest.Difference;
import org.framecheck.ruletest.RuleResult;
import org.framecheck.ruletest.RuleTestReport;
import org.framecheck.ruletest.RuleTestRunner;
import org.framecheck.ruletest.RuleTestSelection;

/**
 * Runs the rule tests: those of the built-in rules and those in the {@code tests} folders of
 * {@code ruleDirectories}, all against the merged rule set. Prints one line per rule
 * ({@code PASS rule-id (n fixtures)}, or {@code FAIL rule-id} and its differences) and fails the
 * build when a rule fails or the rules have errors. With rule directories, passing built-in rules
 * are counted in one line so that the author's own stand out. Bound to the test phase in a project;
 * runs without a project too:
 * {@code mvn org.framecheck:analyzer-maven-plugin:test-rules -Dframecheck.ruleDirectories=my-rules}.
 */
@Mojo(name = "test-rules", defaultPhase = LifecyclePhase.TEST, requiresProject = false, threadSafe = true)
public class TestRulesMojo extends AbstractMojo {

    /** Folders of DRL files and word lists with their {@code tests} folders, merged with the built-in rules. */
    @Parameter(property = "framecheck.ruleDirectories")
    private List<File> ruleDirectories;

    /** Only these rules (ids, comma-separated): the tests that test them run, and only they are reported. */
    @Parameter(property = "framecheck.rule")
    private List<String> rule;

    /** Only these test files, by path or by their end ({@code tests/labels.txt}), comma-separated. */
    @Parameter(property = "framecheck.test")
    private List<String> test;

    /** Lists every passing built-in rule too, not only a count, when rule directories are given. */
    @Parameter(property = "framecheck.showBuiltIn", defaultValue = "false")
    private boolean showBuiltIn;

    /** Skips the rule tests. */
    @Parameter(property = "framecheck.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("framecheck: skipped");
            return;
        }
        List<Path> directories = directories();
        RuleTestReport report = RuleTestRunner.run(directories,
                new RuleTestSelection(new TreeSet<>(RequestFactory.split(rule)), RequestFactory.split(test)));
        if (report.rules().isEmpty() && !report.problems().isEmpty()) {
            getLog().error("framecheck: the rules have errors:");
            report.problems().forEach(p -> getLog().error("framecheck: " + p));
            throw new MojoFailureException("framecheck: " + report.problems().size() + " problem"
                    + (report.problems().size() == 1 ? "" : "s") + " in the rules (listed above)");
        }
        report.problems().forEach(p -> getLog().error("framecheck: " + p));
        boolean anyDifference = false;
        boolean countBuiltIns = !directories.isEmpty() && !showBuiltIn;
        int builtInsPassed = 0;
        for (RuleResult result : report.rules()) {
            switch (result.status()) {
                case PASS -> {
                    if (countBuiltIns && result.builtIn()) {
                        builtInsPassed++;
                    } else {
                        getLog().info("framecheck: " + result.summary());
                    }
                }
                case UNTESTED -> getLog().warn("framecheck: " + result.summary());
                case FAIL -> {
                    getLog().error("framecheck: " + result.summary());
                    result.differences().forEach(d -> getLog().error("framecheck:   " + d));
                    anyDifference = true;
                }
            }
        }
        if (builtInsPassed > 0) {
            getLog().info("framecheck: PASS " + builtInsPassed + " built-in rule" + (builtInsPassed == 1 ? "" : "s")
                    + " (-Dframecheck.showBuiltIn lists them)");
        }
        if (anyDifference) {
            getLog().error("framecheck:   (" + Difference.LEGEND + ")");
        }
        getLog().info("framecheck: " + report.summary());
        if (!report.passed()) {
            throw new MojoFailureException("framecheck: rule tests failed: " + report.summary());
        }
    }

    /** The rule directories, relative to the working directory when below it, so that messages stay short. */
    private List<Path> directories() {
        List<Path> directories = new ArrayList<>();
        Path workingDirectory = Path.of("").toAbsolutePath();
        if (ruleDirectories != null) {
            for (File directory : ruleDirectories) {
                Path path = directory.toPath().toAbsolutePath().normalize();
                directories.add(path.startsWith(workingDirectory) ? workingDirectory.relativize(path) : path);
            }
        }
        return directories;
    }
}
