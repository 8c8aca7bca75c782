package org.framecheck.maven;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.framecheck.api.AnalysisResult;
import org.framecheck.report.ReportFormat;

/**
 * Analyses the content and writes the reports. Never fails the build because of findings; use
 * {@code check} for that. Runs without a project too:
 * {@code mvn org.framecheck:analyzer-maven-plugin:analyze -Dframecheck.contentDirectory=DIR}.
 */
@Mojo(name = "analyze", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class AnalyzeMojo extends AbstractFramecheckMojo {

    @Override
    protected void completed(AnalysisResult result) throws MojoExecutionException {
        printFiles(result);
        for (Path file : result.files()) {
            if (file.getFileName().toString().equals(ReportFormat.HTML.fileName())) {
                getLog().info("framecheck: HTML report: " + file.toAbsolutePath().normalize());
            }
        }
        getLog().info("framecheck: reports in " + outputPath());
        getLog().info(result.summaryLine());
    }
}
