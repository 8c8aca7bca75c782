package org.framecheck.cli;

import org.framecheck.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.framecheck.api.AnalysisExecutor;
import org.framecheck.api.AnalysisRequest;
import org.framecheck.api.AnalysisResult;
import org.framecheck.api.ConfigurationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code framecheck report FOLDER… -o DIR}: the plugin's four reports (HTML, Markdown, JSON, SARIF) without Maven. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the HTML, Markdown, JSON and SARIF reports of folders of articles.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    FramecheckCommand parent;

    @Mixin
    ConfigOptions config;

    @Parameters(paramLabel = "FOLDER", arity = "1..*", description = "Folders of articles (.md, .html, .txt).")
    List<Path> folders;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "framecheck-report",
            description = "Where the reports go. Default: ${DEFAULT-VALUE}.")
    Path output;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Findings accepted earlier: the reports mark the others as new.")
    Path baseline;

    @Override
    public Integer call() throws Exception {
        Path cwd = parent.workingDirectory();
        Settings settings = config.settings(cwd);
        AnalysisRequest.Builder request = AnalysisRequest.builder()
                .outputDirectory(cwd.resolve(output))
                .includes(settings.includes())
                .excludes(settings.excludes())
                .selection(settings.selection())
                .sourceRoot(cwd);
        for (Path folder : folders) {
            Path dir = cwd.resolve(folder);
            if (!Files.isDirectory(dir)) {
                throw new ConfigurationException(folder + ": not a folder (report reads folders of articles)");
            }
            request.contentDirectory(dir);
        }
        settings.ruleDirectories().forEach(request::ruleDirectory);
        Path baselineFile = baseline != null ? cwd.resolve(baseline) : settings.baseline();
        if (baselineFile != null) {
            request.baseline(baselineFile);
        }
        AnalysisResult result = new AnalysisExecutor().execute(request.build(), line -> parent.err().println("framecheck: " + line));
        parent.err().flush();
        parent.out().println(result.summaryLine());
        result.files().forEach(f -> parent.out().println("framecheck: wrote " + cwd.relativize(f.toAbsolutePath().normalize())));
        parent.out().flush();
        return 0;
    }
}
