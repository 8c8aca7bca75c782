package org.framecheck.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.framecheck.api.AnalysisExecutor;
import org.framecheck.api.AnalysisRequest;
import org.framecheck.api.AnalysisResult;
import org.framecheck.report.ReportFormat;
import org.framecheck.rules.RuleSetException;

/**
 * The parameters every framecheck goal shares, each with a {@code framecheck.*} user property, and
 * the step from parameters to an {@link AnalysisRequest}. No Drools or report types appear here.
 */
abstract class AbstractFramecheckMojo extends AbstractMojo {

    /** One folder of articles, analysed recursively. Overrides {@code contentDirectories}. */
    @Parameter(property = "framecheck.contentDirectory")
    protected File contentDirectory;

    /** Folders of articles (.md, .markdown, .html, .htm, .txt), analysed recursively. Defaults to src/content, plus content if present. */
    @Parameter(property = "framecheck.contentDirectories")
    protected List<File> contentDirectories;

    /** Where the reports are written. */
    @Parameter(property = "framecheck.outputDirectory", defaultValue = "${project.build.directory}/framecheck")
    protected File outputDirectory;

    /** Extra DRL files and word lists, merged with the built-in rules; a rule with a built-in rule's id replaces it. */
    @Parameter(property = "framecheck.ruleDirectories")
    protected List<File> ruleDirectories;

    /** Templates that override the built-in ones (index.ftlh, report.ftlmd). */
    @Parameter(property = "framecheck.templateDirectory")
    protected File templateDirectory;

    /** Report formats: html, md, json, sarif. */
    @Parameter(property = "framecheck.formats", defaultValue = "html,md,json,sarif")
    protected List<String> formats;

    /** Encoding of the article files. */
    @Parameter(property = "framecheck.encoding", defaultValue = "${project.build.sourceEncoding}")
    protected String encoding;

    /** Documents analysed at once; 0 means one per core. */
    @Parameter(property = "framecheck.threads", defaultValue = "0")
    protected int threads;

    /** Rule ids not to report. */
    @Parameter(property = "framecheck.disabledRules")
    protected List<String> disabledRules;

    /** Skips framecheck. */
    @Parameter(property = "framecheck.skip", defaultValue = "false")
    protected boolean skip;

    /** The project's base directory (the working directory when run without a project). */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    protected File basedir;

    protected AnalysisResult analyze() throws MojoExecutionException {
        AnalysisRequest request = request();
        try {
            AnalysisResult result = new AnalysisExecutor().execute(request, message -> getLog().warn("framecheck: " + message));
            return result;
        } catch (RuleSetException e) {
            throw new MojoExecutionException("framecheck: the rules have errors:" + System.lineSeparator() + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("framecheck: " + e.getMessage());
        }
    }

    protected AnalysisRequest request() throws MojoExecutionException {
        List<Path> content = new ArrayList<>();
        if (contentDirectory != null) {
            content.add(contentDirectory.toPath());
        } else if (contentDirectories != null && !contentDirectories.isEmpty()) {
            contentDirectories.forEach(f -> content.add(f.toPath()));
        } else {
            content.add(basedir.toPath().resolve("src/content"));
            if (basedir.toPath().resolve("content").toFile().isDirectory()) {
                content.add(basedir.toPath().resolve("content"));
            }
        }
        for (Path dir : content) {
            if (!dir.toFile().isDirectory()) {
                throw new MojoExecutionException("framecheck: content directory does not exist: " + dir
                        + " (set framecheck.contentDirectory)");
            }
        }
        List<Path> rules = new ArrayList<>();
        if (ruleDirectories != null) {
            for (File f : ruleDirectories) {
                if (!f.isDirectory()) {
                    throw new MojoExecutionException("framecheck: rule directory does not exist: " + f);
                }
                rules.add(f.toPath());
            }
        }
        if (templateDirectory != null && !templateDirectory.isDirectory()) {
            throw new MojoExecutionException("framecheck: template directory does not exist: " + templateDirectory);
        }
        if (outputDirectory.isFile()) {
            throw new MojoExecutionException("framecheck: output directory is a file: " + outputDirectory);
        }
        Set<ReportFormat> reportFormats = EnumSet.noneOf(ReportFormat.class);
        for (String f : formats) {
            for (String part : f.split(",")) {
                if (!part.isBlank()) {
                    reportFormats.add(ReportFormat.parse(part).orElseThrow(() -> new MojoExecutionException(
                            "framecheck: unknown report format '" + part.strip() + "' (expected html, md, json or sarif)")));
                }
            }
        }
        Charset charset;
        try {
            charset = encoding == null || encoding.isBlank() ? Charset.forName("UTF-8") : Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("framecheck: unknown encoding '" + encoding + "'");
        }
        int threadCount = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        Set<String> disabled = new LinkedHashSet<>();
        if (disabledRules != null) {
            disabledRules.forEach(r -> {
                for (String part : r.split(",")) {
                    if (!part.isBlank()) {
                        disabled.add(part.strip());
                    }
                }
            });
        }
        return new AnalysisRequest(content, outputDirectory.toPath(), rules,
                templateDirectory == null ? null : templateDirectory.toPath(), reportFormats, charset, threadCount, disabled);
    }
}
