package org.framecheck.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.framecheck.api.Analyzer;
import org.framecheck.rules.FactsView;
import org.framecheck.rules.RuleSetException;

/**
 * Shows every fact the rules can match in the named files, with positions: tokens with part of
 * speech and lemma, then articles, sentences, quotes, attributions, word-list matches and sources
 * with every field a pattern can test. For rule authors asking why a rule does not fire:
 * {@code mvn org.framecheck:analyzer-maven-plugin:facts -Dframecheck.files=story.md}; with
 * {@code -Dframecheck.factsFormat=json} each file's facts go to {@code FILE.facts.json} in the output folder.
 */
@Mojo(name = "facts", requiresProject = false, threadSafe = true)
public class FactsMojo extends AbstractMojo {

    /** The files to show. */
    @Parameter(property = "framecheck.files", required = true)
    private List<String> files;

    /** {@code text} (printed) or {@code json} (written). */
    @Parameter(property = "framecheck.factsFormat", defaultValue = "text")
    private String factsFormat;

    /** Folders of DRL files and word lists merged with the built-in rules: their word lists make matches too. */
    @Parameter(property = "framecheck.ruleDirectories")
    private List<File> ruleDirectories;

    /** Where the JSON files go. */
    @Parameter(property = "framecheck.outputDirectory", defaultValue = "${project.build.directory}/framecheck-facts")
    private File outputDirectory;

    @Parameter(property = "framecheck.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    @Parameter(defaultValue = "${basedir}", readonly = true)
    private File basedir;

    @Override
    public void execute() throws MojoExecutionException {
        if (!factsFormat.equals("text") && !factsFormat.equals("json")) {
            throw new MojoExecutionException("framecheck: factsFormat must be text or json, not '" + factsFormat + "'");
        }
        Analyzer analyzer;
        try {
            analyzer = Analyzer.withRules(RequestFactory.directories(ruleDirectories, "rule directory"));
        } catch (RuleSetException e) {
            throw new MojoExecutionException("framecheck: the rules have errors:" + System.lineSeparator() + e.getMessage());
        }
        Charset charset = RequestFactory.encoding(encoding);
        for (Path file : RequestFactory.files(files, basedir)) {
            String name = file.getFileName().toString();
            FactsView view = new FactsView(analyzer.facts(NamedFile.read(analyzer, file, charset)));
            if (factsFormat.equals("json")) {
                Path out = outputPath().resolve(name + ".facts.json");
                try {
                    Files.createDirectories(out.getParent());
                    Files.writeString(out, view.json());
                } catch (IOException e) {
                    throw new MojoExecutionException("framecheck: cannot write " + out + ": " + e.getMessage());
                }
                getLog().info("framecheck: facts of " + file + " in " + out);
            } else {
                view.text().lines().forEach(getLog()::info);
            }
        }
    }

    /** Without a project the default's expression stays unresolved: the facts then go to ./framecheck-facts. */
    private Path outputPath() {
        return outputDirectory.getPath().contains("${") ? Path.of("framecheck-facts").toAbsolutePath()
                : outputDirectory.toPath().toAbsolutePath();
    }
}
