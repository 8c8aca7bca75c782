package org.framecheck.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.framecheck.baseline.Baseline;
import org.framecheck.cache.CacheKeys;
import org.framecheck.cache.ResultCache;
import org.framecheck.findings.DocumentResult;
import org.framecheck.io.Sha256;
import org.framecheck.report.Report;
import org.framecheck.report.ReportFormat;
import org.framecheck.report.ReportPaths;
import org.framecheck.report.ReportWriter;
import org.framecheck.rules.Explanation;
import org.framecheck.rules.RuleSet;
import org.framecheck.rules.RuleSetException;
import org.framecheck.rules.RuleSetLoader;
import org.framecheck.source.ContentItem;
import org.framecheck.source.ContentSelection;
import org.framecheck.source.TextDecoder;

/**
 * Runs an {@link AnalysisRequest}: loads the rules, finds the articles, analyses them in parallel
 * (reusing cached results of unchanged articles) and writes the reports. Knows nothing of Maven, so
 * a command line or a test drives it the same way.
 */
public final class AnalysisExecutor {

    /** Raised when what a result holds changes, so that a snapshot build does not trust older entries. */
    private static final int RESULT_FORMAT = 4;

    /**
     * One article's result, whether it came from the cache (with its page's checksum), the file's
     * content hash, and why it has its findings (when asked).
     */
    private record Outcome(DocumentResult result, boolean cached, String pageSha, String contentHash,
                           List<Explanation> explanations) {
        Outcome(DocumentResult result) {
            this(result, false, "", "", List.of());
        }
    }

    public AnalysisResult execute(AnalysisRequest request, Consumer<String> log)
            throws RuleSetException, ConfigurationException, IOException {
        request.validate();
        RuleSet rules;
        try {
            rules = request.selection().applyTo(RuleSetLoader.load(request.ruleDirectories(), request.cacheDirectory()));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage());
        }
        Analyzer analyzer = new Analyzer(rules);
        ReportWriter writer = ReportWriter.forFormats(request.formats(), request.templateDirectory(), analyzer.rules().rules());
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        // the reports and the cache hold HTML pages of their own: never read them back as articles
        Set<Path> ours = new HashSet<>(Set.of(request.outputDirectory()));
        if (request.cacheDirectory() != null) {
            ours.add(request.cacheDirectory());
        }
        List<ContentItem> items = ContentSelection.of(request.contentDirectories(), request.files(), request.includes(),
                request.excludes(), ours, warnings::add);
        Baseline baseline = baseline(request);
        Map<String, String> severities = new LinkedHashMap<>();
        rules.rules().values().forEach(r -> severities.put(r.id(), r.severity().toString()));
        String runKey = CacheKeys.run(ToolVersion.get(), RESULT_FORMAT, rules.fingerprint(), severities,
                request.formats().stream().map(ReportFormat::id).collect(Collectors.toSet()),
                request.encoding().name(), request.templateDirectory());
        ResultCache cache = request.cacheDirectory() == null || request.explain() ? null
                : ResultCache.open(request.cacheDirectory(), runKey);
        try (ReportWriter.Session session = writer.open(request.outputDirectory())) {
            List<Outcome> outcomes = new ArrayList<>(analyzeAll(analyzer, items, request, session, cache));
            String reportKey = CacheKeys.reports(runKey, baseline == null ? null : baseline.fingerprints(), request.sourceRoot(),
                    outcomes.stream().map(o -> Map.entry(o.result().path(), o.contentHash())).toList());
            boolean reportsCurrent = cache != null && outcomes.stream().allMatch(Outcome::cached)
                    && cache.reportsCurrent(reportKey, request.outputDirectory())
                    && (!session.wantsPages() || Files.isDirectory(request.outputDirectory().resolve(ReportPaths.ARTICLES)));
            if (!reportsCurrent) {
                copyCachedPages(items, outcomes, analyzer, request, session, cache);
            }
            List<DocumentResult> documents = outcomes.stream().map(Outcome::result).toList();
            for (DocumentResult d : documents) {
                if (d.status() != DocumentResult.Status.ANALYZED) {
                    warnings.add(d.path() + ": " + d.status().name().toLowerCase(java.util.Locale.ROOT) + ": " + d.message());
                }
                d.warnings().forEach(w -> warnings.add(d.path() + ":" + w.replaceFirst("^line ", "")));
            }
            int fromCache = (int) outcomes.stream()
                    .filter(o -> o.cached() && o.result().status() == DocumentResult.Status.ANALYZED).count();
            Report report = Report.of(ToolVersion.get(), documents, List.copyOf(analyzer.rules().metadata()),
                    sourcePaths(request, items), baseline);
            List<Path> files;
            if (reportsCurrent) {
                files = writer.files(request.outputDirectory()); // nothing changed: the reports on disk are this run's
            } else {
                files = session.finish(report);
                if (cache != null) {
                    cache.recordReports(reportKey, request.outputDirectory(), files);
                }
            }
            if (cache != null && request.files().isEmpty()) {
                cache.prune();
            }
            warnings.forEach(log);
            java.util.Map<String, List<Explanation>> explanations = new java.util.TreeMap<>();
            outcomes.stream().filter(o -> !o.explanations().isEmpty())
                    .forEach(o -> explanations.put(o.result().path(), o.explanations()));
            return new AnalysisResult(report, files, List.copyOf(warnings), fromCache, explanations, rules.origin());
        }
    }

    /** The baseline the request names, when its file exists. */
    private static Baseline baseline(AnalysisRequest request) throws ConfigurationException {
        if (request.baseline() == null || !Files.isRegularFile(request.baseline())) {
            return null;
        }
        try {
            return Baseline.read(request.baseline());
        } catch (IOException e) {
            throw new ConfigurationException(e.getMessage());
        }
    }

    /** Each article's path from the repository's root (the working directory when none is given), for SARIF. */
    private static Map<String, String> sourcePaths(AnalysisRequest request, List<ContentItem> items) {
        Path root = (request.sourceRoot() == null ? Path.of("") : request.sourceRoot()).toAbsolutePath().normalize();
        Map<String, String> paths = new HashMap<>();
        for (ContentItem item : items) {
            Path file = item.file().toAbsolutePath().normalize();
            if (file.startsWith(root)) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (!relative.equals(item.path())) {
                    paths.put(item.path(), relative);
                }
            }
        }
        return paths;
    }

    /**
     * Puts the pages of cached articles into the report being written; an article whose cached page
     * is gone or damaged is analysed again.
     */
    private static void copyCachedPages(List<ContentItem> items, List<Outcome> outcomes, Analyzer analyzer,
                                        AnalysisRequest request, ReportWriter.Session session, ResultCache cache) throws IOException {
        if (cache == null || !session.wantsPages()) {
            return;
        }
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome o = outcomes.get(i);
            if (!o.cached() || o.pageSha().isEmpty()) {
                continue;
            }
            String page = ReportPaths.articlePage(o.result().path());
            var html = cache.page(o.result().path(), o.pageSha());
            if (html.isPresent()) {
                session.putPage(page, html.get());
            } else {
                ContentItem item = items.get(i);
                outcomes.set(i, analyzeFresh(analyzer, item, Files.readAllBytes(item.file()), o.contentHash(), request, session, cache));
            }
        }
    }

    /** One article's failure is reported in its result and never stops the others. */
    private static Outcome analyzeOne(Analyzer analyzer, ContentItem item, AnalysisRequest request,
                                      ReportWriter.Session session, ResultCache cache) throws IOException {
        byte[] bytes;
        try {
            long size = Files.size(item.file());
            if (size > TextDecoder.MAX_FILE_BYTES) {
                return new Outcome(DocumentResult.skipped(item.path(), item.format().id(), String.format(java.util.Locale.ROOT,
                        "too large: %,d bytes (files over %d MiB are not analysed)", size, TextDecoder.MAX_FILE_BYTES >> 20)));
            }
            bytes = Files.readAllBytes(item.file());
        } catch (IOException e) {
            return new Outcome(DocumentResult.skipped(item.path(), item.format().id(), "cannot be read: " + TextDecoder.describe(e)));
        }
        String hash = cache == null ? "" : Sha256.of(bytes);
        if (cache != null) {
            var hit = cache.lookup(item.path(), hash);
            if (hit.isPresent()) {
                return new Outcome(hit.get().result(), true, hit.get().pageSha(), hash, List.of()); // page copied later, if needed
            }
        }
        return analyzeFresh(analyzer, item, bytes, hash, request, session, cache);
    }

    private static Outcome analyzeFresh(Analyzer analyzer, ContentItem item, byte[] bytes, String hash,
                                        AnalysisRequest request, ReportWriter.Session session, ResultCache cache) throws IOException {
        AnalyzedDocument analyzed;
        try {
            analyzed = analyzer.analyzeDocument(item, bytes, request.encoding());
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(DocumentResult.failed(item.path(), item.format().id(), "internal error: " + e));
        }
        String page = session.document(analyzed.result(), analyzed.document());
        if (cache != null) {
            cache.store(item.path(), hash, analyzed.result(), page);
        }
        List<Explanation> why = request.explain() && analyzed.document() != null
                ? analyzer.explain(analyzed.document()) : List.of();
        return new Outcome(analyzed.result(), false, "", hash, why);
    }

    private static List<Outcome> analyzeAll(Analyzer analyzer, List<ContentItem> items, AnalysisRequest request,
                                            ReportWriter.Session session, ResultCache cache) throws IOException {
        if (request.threads() == 1 || items.size() < 2) {
            List<Outcome> results = new ArrayList<>(items.size());
            for (ContentItem item : items) {
                results.add(analyzeOne(analyzer, item, request, session, cache));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(request.threads(), items.size()));
        try {
            List<Future<Outcome>> futures = new ArrayList<>(items.size());
            for (ContentItem item : items) {
                futures.add(pool.submit(() -> analyzeOne(analyzer, item, request, session, cache)));
            }
            List<Outcome> results = new ArrayList<>(items.size());
            for (Future<Outcome> future : futures) {
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
