package org.framecheck.maven;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.framecheck.api.Analyzer;
import org.framecheck.api.ConfigurationException;
import org.framecheck.config.Settings;
import org.framecheck.config.SettingsFile;
import org.framecheck.rules.RuleSet;
import org.framecheck.rules.RuleSetException;
import org.framecheck.rules.RuleSetLoader;
import org.framecheck.server.CheckServer;
import org.framecheck.server.ServerSettings;

/**
 * Serves the live-check page, the LanguageTool-compatible API ({@code /v2/check}) and the JSON API
 * ({@code /api/analyze}) with this project's rules, until stopped with Ctrl-C: the same server as
 * {@code framecheck serve}, configured like the analysing goals (rule folders, disabled rules,
 * categories and severities from the POM and the nearest {@code .framecheck.yml}):
 * {@code mvn org.framecheck:analyzer-maven-plugin:serve -Dframecheck.port=8081}.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends AbstractMojo {

    /** The interface to listen on; the default serves this machine only. */
    @Parameter(property = "framecheck.host", defaultValue = "127.0.0.1")
    String host = "127.0.0.1";

    /** The port; 0 takes any free one. */
    @Parameter(property = "framecheck.port", defaultValue = "8081")
    int port = 8081;

    /** Browser origins allowed to call the API ({@code https://cms.example.org}); none by default. */
    @Parameter(property = "framecheck.allowOrigins")
    List<String> allowOrigins = new ArrayList<>();

    /** Larger request bodies get 413. */
    @Parameter(property = "framecheck.maxBody", defaultValue = "1000000")
    long maxBody = 1_000_000;

    /** Longer analyses get 503, in milliseconds. */
    @Parameter(property = "framecheck.timeLimit", defaultValue = "5000")
    long timeLimit = 5000;

    /** Analyses run at once; 0 means the number of cores, at least 2. */
    @Parameter(property = "framecheck.maxConcurrent", defaultValue = "0")
    int maxConcurrent;

    /** Folders of DRL files and word lists merged with the built-in rules. */
    @Parameter(property = "framecheck.ruleDirectories")
    List<File> ruleDirectories;

    /** Rule ids not to report. */
    @Parameter(property = "framecheck.disabledRules")
    List<String> disabledRules;

    /** Categories to report; empty means all. */
    @Parameter(property = "framecheck.categories")
    List<String> categories;

    /** Severity by rule id or category, as {@code rule-or-category=severity} entries. */
    @Parameter(property = "framecheck.severityOverrides")
    List<String> severityOverrides;

    @Parameter(defaultValue = "${basedir}", readonly = true)
    File basedir;

    @Override
    public void execute() throws MojoExecutionException {
        CheckServer server = server();
        int bound = server.start();
        getLog().info("framecheck: serving on http://" + host + ":" + bound
                + "/ (the page), /v2/check (LanguageTool clients), /api/analyze; Ctrl-C stops");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
    }

    /** The server, not yet listening, with the project's rules. */
    CheckServer server() throws MojoExecutionException {
        return new CheckServer(analyzer(), settings());
    }

    private ServerSettings settings() throws MojoExecutionException {
        try {
            return new ServerSettings(host, port, maxBody, Duration.ofMillis(timeLimit),
                    maxConcurrent > 0 ? maxConcurrent : ServerSettings.DEFAULTS.maxConcurrent(), allowOrigins == null ? Set.of() : Set.copyOf(allowOrigins));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("framecheck: " + e.getMessage());
        }
    }

    private Analyzer analyzer() throws MojoExecutionException {
        Settings shared;
        try {
            shared = SettingsFile.load((basedir == null ? new File(".") : basedir).toPath());
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("framecheck: " + e.getMessage());
        }
        if (shared.file() != null) {
            getLog().info("framecheck: settings from " + shared.file());
        }
        try {
            RuleSet rules = RuleSetLoader.load(RequestFactory.ruleDirectories(shared,
                    RequestFactory.directories(ruleDirectories, "rule directory")));
            return new Analyzer(RequestFactory.selection(shared,
                    RequestFactory.selection(disabledRules, categories, severityOverrides)).applyTo(rules));
        } catch (RuleSetException e) {
            throw new MojoExecutionException("framecheck: the rules have errors:" + System.lineSeparator() + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("framecheck: " + e.getMessage()); // an unknown rule or category
        }
    }
}
