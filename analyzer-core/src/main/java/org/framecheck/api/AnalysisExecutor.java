package org.framecheck.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.framecheck.findings.DocumentResult;
import org.framecheck.report.JsonRenderer;
import org.framecheck.report.Report;
import org.framecheck.report.ReportFormat;
import org.framecheck.report.ReportRenderer;
import org.framecheck.report.ReportWriter;
import org.framecheck.report.SarifRenderer;
import org.framecheck.report.TemplateRenderer;
import org.framecheck.rules.RuleSetException;
import org.framecheck.source.ContentFormat;
import org.framecheck.source.ContentItem;
import org.framecheck.source.ContentScanner;

/**
 * Runs an {@link AnalysisRequest}: loads the rules, finds the articles, analyses them in parallel and
 * writes the reports. Knows nothing of Maven, so a command line or a test drives it the same way.
 */
public final class AnalysisExecutor {

    public AnalysisResult execute(AnalysisRequest request, Consumer<String> log) throws RuleSetException, IOException {
        for (Path dir : request.contentDirectories()) {
            if (!dir.toFile().isDirectory()) {
                throw new IOException("content directory does not exist or is not a directory: " + dir);
            }
        }
        Analyzer analyzer = Analyzer.withRules(request.ruleDirectories());
        checkDisabledRules(request, analyzer);
        ReportWriter writer = writer(request, analyzer);
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        List<ContentItem> items = scan(request, warnings);
        try (ReportWriter.Session session = writer.open(request.outputDirectory())) {
            List<DocumentResult> documents = analyzeAll(analyzer, items, request, session);
            Report report = Report.of(ToolVersion.get(), documents, List.copyOf(analyzer.rules().metadata()));
            List<Path> files = session.finish(report);
            // Every file that was not analysed is named in the log, not only in the report.
            for (DocumentResult d : report.documents()) {
                if (d.status() != DocumentResult.Status.ANALYZED) {
                    warnings.add(d.path() + ": " + d.status().name().toLowerCase(java.util.Locale.ROOT) + ": " + d.message());
                }
            }
            warnings.forEach(log);
            return new AnalysisResult(report, files, List.copyOf(warnings));
        }
    }

    /** A misspelt rule id would silently disable nothing: refuse it before anything is analysed. */
    private static void checkDisabledRules(AnalysisRequest request, Analyzer analyzer) throws IOException {
        List<String> unknown = request.disabledRules().stream()
                .filter(id -> !analyzer.rules().rules().containsKey(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new IOException("disabledRules names unknown rule " + (unknown.size() == 1 ? "id " : "ids ")
                    + String.join(", ", unknown.stream().map(id -> "'" + id + "'").toList())
                    + " (the rule ids are listed in rules.html of the HTML report)");
        }
    }

    private static ReportWriter writer(AnalysisRequest request, Analyzer analyzer) throws IOException {
        List<ReportRenderer> renderers = new ArrayList<>();
        TemplateRenderer pages = null;
        for (ReportFormat format : EnumSet.copyOf(request.formats().isEmpty() ? Set.of(ReportFormat.JSON) : request.formats())) {
            switch (format) {
                case HTML -> {
                    pages = TemplateRenderer.html(request.templateDirectory(), analyzer.rules().rules());
                    renderers.add(pages);
                }
                case MARKDOWN -> renderers.add(TemplateRenderer.markdown(request.templateDirectory()));
                case JSON -> renderers.add(new JsonRenderer());
                case SARIF -> renderers.add(new SarifRenderer());
            }
        }
        return new ReportWriter(renderers, pages);
    }

    private static List<ContentItem> scan(AnalysisRequest request, List<String> warnings) throws IOException {
        ContentScanner scanner = new ContentScanner(EnumSet.allOf(ContentFormat.class), Set.of(request.outputDirectory()));
        List<ContentItem> items = new ArrayList<>();
        boolean prefix = request.contentDirectories().size() > 1;
        for (Path dir : request.contentDirectories()) {
            for (ContentItem item : scanner.scan(dir, warnings::add)) {
                String path = prefix ? dir.getFileName() + "/" + item.path() : item.path();
                items.add(new ContentItem(item.file(), path, item.format()));
            }
        }
        return items;
    }

    /** One article's failure is reported in its result and never stops the others. */
    private static DocumentResult analyzeOne(Analyzer analyzer, ContentItem item, AnalysisRequest request,
                                             ReportWriter.Session session) throws IOException {
        AnalyzedDocument analyzed;
        try {
            analyzed = analyzer.analyzeDocument(item, request.encoding(), request.disabledRules());
        } catch (RuntimeException | StackOverflowError e) {
            return DocumentResult.failed(item.path(), item.format().id(), "internal error: " + e);
        }
        session.document(analyzed.result(), analyzed.document());
        return analyzed.result();
    }

    private static List<DocumentResult> analyzeAll(Analyzer analyzer, List<ContentItem> items, AnalysisRequest request,
                                                   ReportWriter.Session session) throws IOException {
        if (request.threads() == 1 || items.size() < 2) {
            List<DocumentResult> results = new ArrayList<>(items.size());
            for (ContentItem item : items) {
                results.add(analyzeOne(analyzer, item, request, session));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(request.threads(), items.size()));
        try {
            List<Future<DocumentResult>> futures = new ArrayList<>(items.size());
            for (ContentItem item : items) {
                futures.add(pool.submit(() -> analyzeOne(analyzer, item, request, session)));
            }
            List<DocumentResult> results = new ArrayList<>(items.size());
            for (Future<DocumentResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("analysis interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("analysis failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
