package org.framecheck.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.framecheck.rules.RuleFile;
import org.framecheck.ruletest.Difference;
import org.framecheck.ruletest.RuleResult;
import org.framecheck.ruletest.RuleTestReport;
import org.framecheck.ruletest.RuleTestRunner;
import org.framecheck.ruletest.RuleTestSelection;
import org.framecheck.ruletest.RuleWatch;

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

    /**
     * Keeps running: after the first run, reruns the tests each time a file of the rule folders
     * changes (a changed test alone, a changed DRL file's rules), recompiling in the warm JVM.
     */
    @Parameter(property = "framecheck.watch", defaultValue = "false")
    private boolean watch;

    /** Skips the rule tests. */
    @Parameter(property = "framecheck.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoFailureException, MojoExecutionException {
        if (skip) {
            getLog().info("framecheck: skipped");
            return;
        }
        List<Path> directories = directories();
        RuleTestSelection asked = new RuleTestSelection(new TreeSet<>(RequestFactory.split(rule)), RequestFactory.split(test));
        RuleTestReport report = RuleTestRunner.run(directories, asked);
        print(report, directories);
        if (watch) {
            watch(directories, asked);
            return;
        }
        if (report.rules().isEmpty() && !report.problems().isEmpty()) {
            throw new MojoFailureException("framecheck: " + report.problems().size() + " problem"
                    + (report.problems().size() == 1 ? "" : "s") + " in the rules (listed above)");
        }
        if (!report.passed()) {
            throw new MojoFailureException("framecheck: rule tests failed: " + report.summary());
        }
    }

    private void print(RuleTestReport report, List<Path> directories) {
        if (report.rules().isEmpty() && !report.problems().isEmpty()) {
            getLog().error("framecheck: the rules have errors:");
            report.problems().forEach(p -> getLog().error("framecheck: " + p));
            return;
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
    }

    /**
     * Runs the tests again whenever a file of the rule folders changes, until the build is stopped:
     * a changed test file alone, a changed DRL file's rules, anything else all that was asked for.
     */
    private void watch(List<Path> directories, RuleTestSelection asked) throws MojoExecutionException {
        if (directories.isEmpty()) {
            throw new MojoExecutionException("framecheck: watch needs the rule folders to watch (-Dframecheck.ruleDirectories=...)");
        }
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            for (Path directory : directories) {
                try (var folders = Files.walk(directory)) {
                    for (Path folder : folders.filter(Files::isDirectory).toList()) {
                        folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                                StandardWatchEventKinds.ENTRY_DELETE);
                    }
                }
            }
            getLog().info("framecheck: watching " + String.join(", ", directories.stream().map(Path::toString).toList())
                    + " (Ctrl-C stops)");
            while (true) {
                Set<Path> changed = new TreeSet<>(changes(watcher.take()));
                WatchKey more;
                while ((more = watcher.poll(150, TimeUnit.MILLISECONDS)) != null) { // an editor's save is several events
                    changed.addAll(changes(more));
                }
                if (changed.isEmpty()) {
                    continue;
                }
                RuleTestSelection again = changed.size() == 1 ? RuleWatch.after(changed.iterator().next(), asked) : asked;
                long start = System.nanoTime();
                RuleTestReport report = RuleTestRunner.run(directories, again);
                getLog().info("framecheck: " + String.join(", ", changed.stream().map(Path::toString).toList()) + " changed");
                print(report, directories);
                getLog().info(String.format(Locale.ROOT, "framecheck: recompiled and re-ran in %.2f s; watching",
                        (System.nanoTime() - start) / 1e9));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("framecheck: cannot watch the rule folders: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The files a watch key saw change, as paths under the watched folders. */
    private static List<Path> changes(WatchKey key) {
        Path folder = (Path) key.watchable();
        List<Path> files = new ArrayList<>();
        for (WatchEvent<?> event : key.pollEvents()) {
            // rule files and tests only: an editor's or sed's temporary files come and go too
            if (event.context() instanceof Path name) {
                RuleFile file = new RuleFile(folder.resolve(name).toString().replace('\\', '/'), "", false);
                if (file.isRuleSource() || file.isTest()) {
                    files.add(folder.resolve(name));
                }
            }
        }
        key.reset();
        return files;
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
