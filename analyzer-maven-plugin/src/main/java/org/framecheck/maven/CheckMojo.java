package org.framecheck.maven;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.framecheck.api.AnalysisResult;
import org.framecheck.baseline.Baseline;
import org.framecheck.findings.Severity;

/**
 * Fails the build when findings reach {@code failOnSeverity} or exceed {@code maxFindings}, the way
 * the Checkstyle and PMD plugins' {@code check} goals do. Reuses this build's analysis when
 * {@code analyze} ran before with the same settings. With a baseline file present, only findings
 * that are not in it count.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractFramecheckMojo {

    private static final int LISTED = 20;

    /**
     * The most findings (at any severity) the build tolerates; -1 for no limit.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.maxFindings", defaultValue = "-1")
    private int maxFindings;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("framecheck: skipped");
            return;
        }
        Severity threshold = RequestFactory.severity(failOnSeverity, "failOnSeverity");
        AnalysisResult result = analyze();
        if (nothingToAnalyze(result)) {
            return;
        }
        getLog().info(result.rulesLine());
        printFiles(result);
        List<Baseline.Entry> counted = Baseline.entries(result.documents());
        if (baseline != null && baseline.isFile()) {
            try {
                counted = Baseline.read(baseline.toPath()).newFindings(result.documents());
            } catch (IOException e) {
                throw new MojoExecutionException("framecheck: " + e.getMessage());
            }
            getLog().info("framecheck: baseline " + baseline + ": " + counted.size() + " new findings");
        }
        List<Baseline.Entry> failing = counted.stream()
                .filter(e -> e.finding().severity().compareTo(threshold) >= 0).toList();
        boolean tooMany = maxFindings >= 0 && counted.size() > maxFindings;
        getLog().info(result.summaryLine());
        if (failing.isEmpty() && !tooMany) {
            return;
        }
        List<Baseline.Entry> listed = failing.isEmpty() ? counted : failing;
        StringBuilder message = new StringBuilder("framecheck: ");
        if (!failing.isEmpty()) {
            message.append(failing.size()).append(" findings at or above ").append(threshold.id());
        }
        if (tooMany) {
            message.append(failing.isEmpty() ? "" : "; ").append(counted.size()).append(" findings, more than maxFindings=")
                    .append(maxFindings);
        }
        if (baseline != null && baseline.isFile()) {
            message.append(" (new since the baseline)");
        }
        message.append(System.lineSeparator()).append("By rule: ").append(byRule(listed));
        for (Baseline.Entry e : listed.subList(0, Math.min(LISTED, listed.size()))) {
            message.append(System.lineSeparator()).append(Findings.line(e.path(), e.finding()));
        }
        if (listed.size() > LISTED) {
            message.append(System.lineSeparator()).append("… and ").append(listed.size() - LISTED)
                    .append(" more; see ").append(outputPath().resolve("index.html"));
        }
        throw new MojoFailureException(message.toString());
    }

    private static String byRule(List<Baseline.Entry> entries) {
        Map<String, Long> counts = new TreeMap<>(entries.stream()
                .collect(Collectors.groupingBy(e -> e.finding().rule(), Collectors.counting())));
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
