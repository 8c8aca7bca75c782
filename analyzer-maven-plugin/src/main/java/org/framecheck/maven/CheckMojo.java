package org.framecheck.maven;

import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.framecheck.api.AnalysisResult;
import org.framecheck.baseline.Baseline;
import org.framecheck.baseline.Gate;

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
    protected void completed(AnalysisResult result) throws MojoExecutionException, MojoFailureException {
        printFiles(result);
        Baseline accepted = null;
        if (baseline != null && baseline.isFile()) {
            try {
                accepted = Baseline.read(baseline.toPath());
            } catch (IOException e) {
                throw new MojoExecutionException("framecheck: " + e.getMessage());
            }
        }
        Gate.Verdict verdict = new Gate(RequestFactory.severity(failOnSeverity, "failOnSeverity"), maxFindings)
                .judge(result.documents(), accepted);
        if (accepted != null) {
            getLog().info("framecheck: baseline " + baseline + ": " + verdict.counted().size() + " new findings");
        }
        getLog().info(result.summaryLine());
        if (verdict.passed()) {
            return;
        }
        List<Baseline.Entry> listed = verdict.listed();
        StringBuilder message = new StringBuilder("framecheck: ").append(verdict.reason());
        message.append(System.lineSeparator()).append("By rule: ").append(verdict.byRule());
        for (Baseline.Entry e : listed.subList(0, Math.min(LISTED, listed.size()))) {
            message.append(System.lineSeparator()).append(Findings.line(e.path(), e.finding()));
        }
        if (listed.size() > LISTED) {
            message.append(System.lineSeparator()).append("… and ").append(listed.size() - LISTED)
                    .append(" more; see ").append(outputPath().resolve("index.html"));
        }
        throw new MojoFailureException(message.toString());
    }
}
