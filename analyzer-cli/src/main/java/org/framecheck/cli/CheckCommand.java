package org.framecheck.cli;

import org.framecheck.config.Settings;
import org.framecheck.config.SettingsFile;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.framecheck.api.Analyzer;
import org.framecheck.api.ConfigurationException;
import org.framecheck.api.ToolVersion;
import org.framecheck.baseline.Baseline;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.findings.Severity;
import org.framecheck.report.Report;
import org.framecheck.source.ContentFormat;
import org.framecheck.source.ContentItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code framecheck check PATH…}: prints the findings of articles and folders and fails when any is at
 * or above the threshold, for a terminal, an editor or CI.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Print the findings of articles (files, folders, or - for standard input).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or above --min-severity", "1:findings at or above --min-severity",
                        "2:a usage or configuration error"})
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    FramecheckCommand parent;

    @Mixin
    ConfigOptions config;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Articles (.md, .html, .txt) or folders of them; - reads standard input.")
    List<String> paths;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "line",
            description = "line, json, sarif or github (workflow annotations). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--min-severity", paramLabel = "LEVEL",
            description = "Report and fail on findings at this level or above: info, warning (default, or the configuration's minSeverity) or error.")
    String minSeverity;

    @Option(names = "--stdin-name", paramLabel = "NAME", defaultValue = "stdin.md",
            description = "The file name standard input is reported as; its extension sets the format. Default: ${DEFAULT-VALUE}.")
    String stdinName;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Only findings on lines changed since this git revision (for pull requests).")
    String changedSince;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Findings accepted earlier (framecheck-baseline.json): only new ones count.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Accept today's findings at or above the threshold: write them to FILE and exit 0.")
    Path writeBaseline;

    @Override
    public Integer call() throws Exception {
        Path cwd = parent.workingDirectory();
        OutputFormat output = Options.format(format);
        Settings settings = config.settings(cwd);
        if (minSeverity != null) {
            settings = settings.withMinSeverity(SettingsFile.severity(null, "--min-severity", minSeverity));
        }
        Path baselineFile = baseline != null ? cwd.resolve(baseline) : settings.baseline();
        ChangedLines changed = changedSince == null ? null : ChangedLines.since(changedSince, cwd);
        List<String> warnings = new ArrayList<>();
        List<ContentItem> items = Inputs.collect(paths, settings, cwd, warnings::add);
        Analyzer analyzer = parent.analyzer(settings);
        List<DocumentResult> documents = new ArrayList<>();
        if (paths.contains(Inputs.STDIN)) {
            ContentFormat stdinFormat = ContentFormat.forFileName(stdinName).orElseThrow(() ->
                    new ConfigurationException("--stdin-name: '" + stdinName + "' has no extension framecheck reads (.md, .html, .txt)"));
            String text = new String(parent.stdin().readAllBytes(), StandardCharsets.UTF_8);
            documents.add(analyzer.analyze(stdinName, stdinFormat, text));
        }
        documents.addAll(analyzeAll(analyzer, items));
        Baseline accepted = baselineFile == null || !Files.isRegularFile(baselineFile) ? null : Baseline.read(baselineFile);
        Severity threshold = settings.minSeverity();
        List<DocumentResult> shown = new ArrayList<>();
        for (DocumentResult d : documents) {
            if (d.status() != DocumentResult.Status.ANALYZED) {
                warnings.add(d.path() + ": " + d.status().name().toLowerCase(java.util.Locale.ROOT) + ": " + d.message());
            }
            d.warnings().forEach(w -> warnings.add(d.path() + ":" + w.replaceFirst("^line ", "")));
            List<Finding> kept = d.findings().stream()
                    .filter(f -> f.severity().compareTo(threshold) >= 0)
                    .filter(f -> changed == null || changed.changed(d.path(), f.line()))
                    .toList();
            shown.add(withFindings(d, kept));
        }
        if (writeBaseline != null) {
            Path file = cwd.resolve(writeBaseline);
            Baseline.write(shown, file);
            int count = shown.stream().mapToInt(d -> d.findings().size()).sum();
            parent.err().println("framecheck: wrote " + writeBaseline + ": " + count + " findings accepted");
            warnings.forEach(w -> parent.err().println("framecheck: " + w));
            parent.err().flush();
            return 0;
        }
        Report report = Report.of(ToolVersion.get(), shown, List.copyOf(analyzer.rules().metadata()), Map.of(), accepted);
        PrintWriter out = parent.out();
        output.write(report, out);
        out.flush();
        PrintWriter err = parent.err();
        warnings.forEach(w -> err.println("framecheck: " + w));
        err.flush();
        boolean failing = shown.stream().anyMatch(d -> d.findings().stream()
                .anyMatch(f -> accepted == null || report.isNew(d, f)));
        return failing ? 1 : 0;
    }

    private List<DocumentResult> analyzeAll(Analyzer analyzer, List<ContentItem> items) throws Exception {
        if (items.size() < 2) {
            return items.stream().map(i -> analyzer.analyze(i, StandardCharsets.UTF_8)).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<DocumentResult>> futures = new ArrayList<>();
            for (ContentItem item : items) {
                futures.add(pool.submit(() -> analyzer.analyze(item, StandardCharsets.UTF_8)));
            }
            List<DocumentResult> results = new ArrayList<>();
            for (Future<DocumentResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static DocumentResult withFindings(DocumentResult d, List<Finding> findings) {
        return new DocumentResult(d.path(), d.title(), d.format(), d.status(), d.message(), d.words(), findings,
                d.sources(), d.sourcing(), d.suppressed(), new LinkedHashMap<>(d.details()), d.warnings());
    }
}
