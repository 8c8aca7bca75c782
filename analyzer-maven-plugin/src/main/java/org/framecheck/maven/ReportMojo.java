package org.framecheck.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.framecheck.api.AnalysisExecutor;
import org.framecheck.api.AnalysisRequest;
import org.framecheck.api.AnalysisResult;
import org.framecheck.api.ConfigurationException;
import org.framecheck.findings.DocumentResult;
import org.framecheck.report.ReportFormat;
import org.framecheck.report.Summary;
import org.framecheck.rules.RuleSetException;

/**
 * A {@code mvn site} page: totals by severity, category and article, linking to the full framecheck
 * HTML report, which is written into the site beside it ({@code framecheck/index.html}).
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, requiresProject = true, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /**
     * One folder of articles, analysed recursively. Overrides {@code contentDirectories}.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.contentDirectory")
    private File contentDirectory;

    /**
     * Folders of articles, analysed recursively. Defaults to {@code src/content}, plus {@code content} if present.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.contentDirectories")
    private List<File> contentDirectories;

    /**
     * Globs, relative to a content folder, of the files to analyse; empty means every Markdown, HTML and text file.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.includes")
    private List<String> includes;

    /**
     * Globs of files to leave out ({@code drafts/**}); the project's build folder is always left out.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.excludes")
    private List<String> excludes;

    /**
     * Folders of extra DRL files and word lists, merged with the built-in rules.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.ruleDirectories")
    private List<File> ruleDirectories;

    /**
     * Templates that override the built-in ones (index.ftlh, article.ftlh…).
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.templateDirectory")
    private File templateDirectory;

    /**
     * Rule ids not to report.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.disabledRules")
    private List<String> disabledRules;

    /**
     * Categories to report; empty means all.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.categories")
    private List<String> categories;

    /**
     * Severity by rule id or category, as {@code rule-or-category=severity} entries.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.severityOverrides")
    private List<String> severityOverrides;

    /**
     * Encoding of the article files.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /**
     * Documents analysed at once; 0 means one per core.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.threads", defaultValue = "0")
    private int threads;

    /**
     * Leaves the framecheck page out of the site.
     * @since 0.1.0
     */
    @Parameter(property = "framecheck.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${basedir}", readonly = true)
    private File basedir;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    private File buildDirectory;

    @Override
    public String getOutputName() {
        return "framecheck";
    }

    @Override
    public String getName(Locale locale) {
        return "framecheck";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Framing devices in the content: loaded language, contested labels, distancing and sourcing.";
    }

    @Override
    public boolean canGenerateReport() {
        try {
            return !skip && !RequestFactory.contentDirectories(basedir, contentDirectory, contentDirectories).isEmpty();
        } catch (MojoExecutionException e) {
            return true; // let executeReport say what is wrong
        }
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        AnalysisResult result;
        try {
            Path site = getReportOutputDirectory().toPath().resolve("framecheck");
            List<Path> content = RequestFactory.contentDirectories(basedir, contentDirectory, contentDirectories);
            AnalysisRequest request = new AnalysisRequest(content, site,
                    RequestFactory.directories(ruleDirectories, "rule directory"),
                    templateDirectory == null ? null : templateDirectory.toPath(), EnumSet.of(ReportFormat.HTML),
                    RequestFactory.encoding(encoding), RequestFactory.threads(threads), RequestFactory.split(includes),
                    RequestFactory.excludes(excludes, content, buildDirectory.toPath()),
                    RequestFactory.selection(disabledRules, categories, severityOverrides),
                    null, List.of(), false);
            result = new AnalysisExecutor().execute(request, message -> getLog().warn("framecheck: " + message));
        } catch (MojoExecutionException | ConfigurationException | IOException e) {
            throw new MavenReportException(e.getMessage(), e);
        } catch (RuleSetException e) {
            throw new MavenReportException("framecheck: the rules have errors:" + System.lineSeparator() + e.getMessage(), e);
        }
        render(getSink(), result.report().summary(), result.documents());
        getLog().info(result.summaryLine());
    }

    private static void render(Sink sink, Summary summary, List<DocumentResult> documents) {
        sink.head();
        sink.title();
        sink.text("framecheck");
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("framecheck");
        sink.sectionTitle1_();
        sink.paragraph();
        sink.text(summary.findings() + " findings in " + summary.analyzed() + " of " + summary.documents() + " articles ("
                + summary.words() + " words). ");
        sink.link("framecheck/index.html");
        sink.text("Open the full report");
        sink.link_();
        sink.text(".");
        sink.paragraph_();
        table(sink, "Severity", summary.bySeverity());
        table(sink, "Category", summary.byCategory());
        sink.table();
        sink.tableRows();
        header(sink, "Article", "Words", "Findings", "Status");
        for (DocumentResult d : documents) {
            sink.tableRow();
            cell(sink, d.path());
            cell(sink, Integer.toString(d.words()));
            cell(sink, Integer.toString(d.findings().size()));
            cell(sink, d.status().name().toLowerCase(Locale.ROOT) + (d.message().isEmpty() ? "" : ": " + d.message()));
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private static void table(Sink sink, String name, Map<String, Integer> counts) {
        sink.table();
        sink.tableRows();
        header(sink, name, "Findings");
        counts.forEach((key, count) -> {
            sink.tableRow();
            cell(sink, key);
            cell(sink, Integer.toString(count));
            sink.tableRow_();
        });
        sink.tableRows_();
        sink.table_();
    }

    private static void header(Sink sink, String... names) {
        sink.tableRow();
        for (String name : names) {
            sink.tableHeaderCell();
            sink.text(name);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
    }

    private static void cell(Sink sink, String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }
}
