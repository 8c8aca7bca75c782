package org.framecheck.maven;

import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.framecheck.api.AnalysisResult;
import org.framecheck.baseline.Baseline;

/**
 * Writes the current findings to the baseline file, for the newsroom to commit: {@code check} then
 * fails only on findings that are new.
 */
@Mojo(name = "baseline", requiresProject = false, threadSafe = true)
public class BaselineMojo extends AbstractFramecheckMojo {

    @Override
    protected void completed(AnalysisResult result) throws MojoExecutionException {
        try {
            Baseline.write(result.documents(), baseline.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("framecheck: cannot write baseline " + baseline + ": " + e.getMessage());
        }
        getLog().info("framecheck: baseline of " + Baseline.entries(result.documents()).size() + " findings written to " + baseline);
        getLog().info(result.summaryLine());
    }
}
