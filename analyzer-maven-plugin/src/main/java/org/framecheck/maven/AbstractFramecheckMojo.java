package org.framecheck.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.framecheck.api.AnalysisExecutor;
import org.framecheck.api.AnalysisRequest;
import org.framecheck.api.AnalysisResult;
import org.framecheck.api.ConfigurationException;
import org.framecheck.config.Settings;
import org.framecheck.config.SettingsFile;
import org.framecheck.rules.RuleSetException;

/**
 * The parameters every framecheck goal shares, each with a {@code framecheck.*} user property, and
 * the step from parameters to an {@link AnalysisRequest}. No Drools or report types appear here.
 */
abstract class AbstractFramecheckMojo extends AbstractMojo {

    private static final String RESULTS = AbstractFramecheckMojo.class.getName() + ".results";

    /**
     * One folder of articles, analysed recursively. Overrides {@code contentDirectories}.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.contentDirectory")
    protected File contentDirectory;

    /**
     * Folders of articles, analysed recursively. Defaults to {@code src/content}, plus {@code content} if present.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.contentDirectories")
    protected List<File> contentDirectories;

    /**
     * Globs, relative to a content folder, of the files to analyse ({@code **}{@code /*.md}); empty means every
     * Markdown, HTML and text file.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.includes")
    protected List<String> includes;

    /**
     * Globs of files to leave out ({@code drafts/**}).
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.excludes")
    protected List<String> excludes;

    /**
     * Where the reports are written.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.outputDirectory", defaultValue = "${project.build.directory}/framecheck")
    protected File outputDirectory;

    /**
     * Folders of extra DRL files and word lists, merged with the built-in rules; a rule with a built-in
     * rule's id replaces it.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.ruleDirectories")
    protected List<File> ruleDirectories;

    /**
     * Templates that override the built-in ones (index.ftlh, article.ftlh, report.ftlmd…).
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.templateDirectory")
    protected File templateDirectory;

    /**
     * Report formats: html, md, json, sarif.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.formats", defaultValue = "html,md,json,sarif")
    protected List<String> formats;

    /**
     * Encoding of the article files.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.encoding", defaultValue = "${project.build.sourceEncoding}")
    protected String encoding;

    /**
     * Documents analysed at once; 0 means one per core.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.threads", defaultValue = "0")
    protected int threads;

    /**
     * Rule ids not to report.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.disabledRules")
    protected List<String> disabledRules;

    /**
     * Categories to report; empty means all.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.categories")
    protected List<String> categories;

    /**
     * Severity by rule id or category, as {@code rule-or-category=severity} entries
     * ({@code regime-label=error}).
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.severityOverrides")
    protected List<String> severityOverrides;

    /**
     * Keep results between runs and re-analyse only articles, rules or settings that changed.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.incremental", defaultValue = "true")
    protected boolean incremental;

    /**
     * Where incremental results are kept.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.cacheDirectory", defaultValue = "${project.build.directory}/framecheck-cache")
    protected File cacheDirectory;

    /**
     * Analyse only these files (comma-separated), and print their findings.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.files")
    protected List<String> files;

    /**
     * {@code true} prints, for each finding, the rule that fired and the facts it matched (with
     * {@code framecheck.files}, or for every article). Rule ids instead ({@code claim-verb,militia-label})
     * print that too and, for each named file, why each of those rules does or does not fire: the first
     * condition each candidate fact fails. Turns the incremental cache off for the run.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.explain", defaultValue = "false")
    protected String explain;

    /**
     * Skips framecheck.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The lowest severity that fails the build in {@code check}: info, warning or error. Every goal
     * checks the value before any work, so a typo stops the build before reports are written.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.failOnSeverity", defaultValue = "error")
    protected String failOnSeverity;

    /**
     * Findings accepted earlier, written by the {@code baseline} goal; used when the file exists:
     * {@code check} fails only on the others, and every report marks them as new.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.baseline", defaultValue = "${basedir}/framecheck-baseline.json")
    protected File baseline;

    /** Where the build started: the repository's root, which SARIF paths are relative to. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    protected File executionRoot;

    /** The project's base directory (the working directory when run without a project). */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    protected File basedir;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    protected File buildDirectory;

    @Parameter(defaultValue = "${project}", readonly = true)
    protected MavenProject project;

    /**
     * Runs the analysis, or reuses the result of an identical request made earlier in this build
     * (so {@code check} after {@code analyze} costs nothing).
     */
    protected AnalysisResult analyze() throws MojoExecutionException {
        AnalysisRequest request = request();
        if (request.contentDirectories().isEmpty() && request.files().isEmpty()) {
            return null;
        }
        Map<AnalysisRequest, AnalysisResult> earlier = earlierResults();
        AnalysisResult reused = earlier.get(request);
        if (reused != null) {
            getLog().info("framecheck: using this build's analysis: nothing analysed twice");
            return reused;
        }
        try {
            AnalysisResult result = new AnalysisExecutor().execute(request, message -> getLog().warn("framecheck: " + message));
            earlier.put(request, result);
            return result;
        } catch (RuleSetException e) {
            throw new MojoExecutionException("framecheck: the rules have errors:" + System.lineSeparator() + e.getMessage());
        } catch (ConfigurationException | IOException e) {
            throw new MojoExecutionException("framecheck: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private Map<AnalysisRequest, AnalysisResult> earlierResults() {
        if (project == null) {
            return new HashMap<>();
        }
        synchronized (project) {
            Object value = project.getContextValue(RESULTS);
            if (value == null) {
                value = new HashMap<AnalysisRequest, AnalysisResult>();
                project.setContextValue(RESULTS, value);
            }
            return (Map<AnalysisRequest, AnalysisResult>) value;
        }
    }

    private boolean sharedSettingsLogged;

    protected AnalysisRequest request() throws MojoExecutionException {
        RequestFactory.severity(failOnSeverity, "failOnSeverity");
        if (outputDirectory.isFile()) {
            throw new MojoExecutionException("framecheck: output directory is a file: " + outputDirectory);
        }
        if (templateDirectory != null && !templateDirectory.isDirectory()) {
            throw new MojoExecutionException("framecheck: template directory does not exist: " + templateDirectory);
        }
        List<Path> content = RequestFactory.contentDirectories(basedir, contentDirectory, contentDirectories);
        Settings shared = sharedSettings();
        List<String> pomIncludes = RequestFactory.split(includes);
        List<String> pomExcludes = RequestFactory.split(excludes);
        Path baselineFile = baseline == null ? null : baseline.toPath();
        if (shared.baseline() != null && (baselineFile == null || !baselineFile.toFile().isFile())) {
            baselineFile = shared.baseline();
        }
        return new AnalysisRequest(
                content,
                outputPath(),
                RequestFactory.ruleDirectories(shared, RequestFactory.directories(ruleDirectories, "rule directory")),
                templateDirectory == null ? null : templateDirectory.toPath(),
                RequestFactory.formats(formats),
                RequestFactory.encoding(encoding),
                RequestFactory.threads(threads),
                pomIncludes.isEmpty() ? shared.includes() : pomIncludes,
                RequestFactory.excludes(pomExcludes.isEmpty() ? shared.excludes() : pomExcludes, content, buildDirectory.toPath()),
                RequestFactory.selection(shared, RequestFactory.selection(disabledRules, categories, severityOverrides)),
                incremental ? cachePath() : null,
                RequestFactory.files(files, basedir),
                explainsFindings(),
                baselineFile,
                executionRoot == null ? basedir.toPath() : executionRoot.toPath());
    }

    /**
     * The repository's {@code .framecheck.yml} (the nearest at or above the project), which the
     * {@code framecheck} command reads too: the POM's settings add to it or, for single values, win.
     */
    private Settings sharedSettings() throws MojoExecutionException {
        Settings shared;
        try {
            shared = SettingsFile.load(basedir.toPath());
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("framecheck: " + e.getMessage());
        }
        if (shared.file() != null && !sharedSettingsLogged) {
            Path file = shared.file().toAbsolutePath();
            Path base = basedir.toPath().toAbsolutePath();
            getLog().info("framecheck: settings from " + (file.startsWith(base) ? base.relativize(file) : file));
            sharedSettingsLogged = true;
        }
        return shared;
    }

    /**
     * Every analysing goal runs the same way: skipped when asked, nothing to do without content,
     * otherwise analysed and then handed to the goal's own step.
     */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("framecheck: skipped");
            return;
        }
        AnalysisResult result = analyze();
        if (nothingToAnalyze(result)) {
            return;
        }
        getLog().info(result.rulesLine());
        completed(result);
    }

    /** What the goal does with a finished analysis: print, write a baseline, pass or fail the build. */
    protected abstract void completed(AnalysisResult result) throws MojoExecutionException, MojoFailureException;

    /** True (after saying so) when there is nothing to analyse: no content folder in this project. */
    protected boolean nothingToAnalyze(AnalysisResult result) {
        if (result == null) {
            getLog().info("framecheck: no src/content or content folder in " + basedir + "; nothing to analyse");
            return true;
        }
        return false;
    }

    /**
     * Prints the findings of single files asked for with {@code framecheck.files}, one line each, and
     * with {@code framecheck.explain} the rule and facts behind each finding.
     */
    protected void printFiles(AnalysisResult result) throws MojoExecutionException {
        if (RequestFactory.split(files).isEmpty() && !explainsFindings()) {
            return;
        }
        result.documents().forEach(d -> {
            if (!d.message().isEmpty()) {
                getLog().warn(d.path() + ": " + d.status().name().toLowerCase(java.util.Locale.ROOT) + ": " + d.message());
            }
            if (explainsFindings()) {
                result.explanations().getOrDefault(d.path(), List.of())
                        .forEach(e -> getLog().info(d.path() + ":" + e.finding().line() + ":" + e.finding().column() + " " + e));
            } else {
                d.findings().forEach(f -> getLog().info(Findings.line(d.path(), f)));
            }
        });
        List<String> rules = explainedRules();
        if (!rules.isEmpty()) {
            WhyNotPrinter.print(rules, RequestFactory.files(files, basedir), RequestFactory.directories(ruleDirectories, "rule directory"),
                    RequestFactory.encoding(encoding), getLog());
        }
    }

    private boolean explainsFindings() {
        return !explain.isBlank() && !explain.equalsIgnoreCase("false");
    }

    /** The rule ids named by {@code framecheck.explain}, if it names any rather than being true or false. */
    private List<String> explainedRules() {
        return explain.equalsIgnoreCase("true") || explain.equalsIgnoreCase("false") ? List.of() : RequestFactory.split(List.of(explain));
    }

    /**
     * The cache folder. Without a project (the ad-hoc command) Maven leaves the default's
     * {@code ${project.build.directory}} unresolved; the cache then sits beside the output folder
     * ({@code reports} → {@code reports-cache}) rather than in a folder literally named after the expression.
     */
    private Path cachePath() {
        if (!cacheDirectory.getPath().contains("${")) {
            return cacheDirectory.toPath();
        }
        Path output = outputPath();
        return output.resolveSibling(output.getFileName() + "-cache");
    }

    /**
     * Where the reports go. Asking for a few files ({@code framecheck.files}) in a project writes their
     * reports beside the team's full report ({@code target/framecheck-files}), never over it.
     */
    protected Path outputPath() {
        Path output = outputDirectory.toPath().toAbsolutePath().normalize();
        boolean projectDefault = buildDirectory != null && !buildDirectory.getPath().contains("${")
                && output.equals(buildDirectory.toPath().resolve("framecheck").toAbsolutePath().normalize());
        if (projectDefault && !RequestFactory.split(files).isEmpty()) {
            return output.resolveSibling("framecheck-files");
        }
        return output;
    }
}
