package org.framecheck.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.framecheck.ruletest.Difference;
import org.framecheck.ruletest.RuleResult;
import org.framecheck.ruletest.RuleTestReport;
import org.framecheck.ruletest.RuleTestRunner;

/**
 * Runs the rule tests: those of the built-in rules and those in the {@code tests} folders of
 * {@code ruleDirectories}, all against the merged rule set. Prints one line per rule
 * ({@code PASS rule-id (n fixtures)}, or {@code FAIL rule-id} and its differences) and fails the
 * build when a rule fails or the rules have errors. Bound to the test phase in a project; runs
 * without a project too:
 * {@code mvn org.framecheck:analyzer-maven-plugin:test-rules -Dframecheck.ruleDirectories=my-rules}.
 */
@Mojo(name = "test-rules", defaultPhase = LifecyclePhase.TEST, requiresProject = false, threadSafe = true)
public class TestRulesMojo extends AbstractMojo {

    /** Folders of DRL files and word lists with their {@code tests} folders, merged with the built-in rules. */
    @Parameter(property = "framecheck.ruleDirectories")
    private List<File> ruleDirectories;

    /** Skips the rule tests. */
    @Parameter(property = "framecheck.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("framecheck: skipped");
            return;
        }
        RuleTestReport report = RuleTestRunner.run(directories());
        if (report.rules().isEmpty() && !report.problems().isEmpty()) {
            getLog().error("framecheck: the rules have errors:");
            report.problems().forEach(p -> getLog().error("framecheck: " + p));
            throw new MojoFailureException("framecheck: " + report.problems().size() + " problem"
                    + (report.problems().size() == 1 ? "" : "s") + " in the rules (listed above)");
        }
        report.problems().forEach(p -> getLog().error("framecheck: " + p));
        boolean anyDifference = false;
        for (RuleResult rule : report.rules()) {
            switch (rule.status()) {
                case PASS -> getLog().info("framecheck: " + rule.summary());
                case UNTESTED -> getLog().warn("framecheck: " + rule.summary());
                case FAIL -> {
                    getLog().error("framecheck: " + rule.summary());
                    rule.differences().forEach(d -> getLog().error("framecheck:   " + d));
                    anyDifference = true;
                }
            }
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
