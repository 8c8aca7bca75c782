package org.framecheck.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.framecheck.document.Document;
import org.framecheck.findings.DocumentResult;
import org.framecheck.io.WholeFile;
import org.framecheck.rules.RuleMetadata;

/**
 * Writes a run's report files so that a reader never sees half of them: everything goes to a staging
 * folder inside the output folder and is moved into place when the run finishes, so an interrupted
 * run leaves the previous report whole. Article pages are written as their articles are analysed.
 */
public final class ReportWriter {

    private final List<ReportRenderer> renderers;
    private final PageRenderer pages;

    /**
     * @param pages writes one page per article, or null for no pages
     */
    public ReportWriter(List<ReportRenderer> renderers, PageRenderer pages) {
        this.renderers = List.copyOf(renderers);
        this.pages = pages;
    }

    /**
     * A writer for {@code formats} (JSON when none): the HTML renderer also writes the article pages.
     *
     * @param templateDirectory FreeMarker templates that replace the built-in ones, or null
     */
    public static ReportWriter forFormats(Set<ReportFormat> formats, Path templateDirectory, Map<String, RuleMetadata> rules)
            throws IOException {
        List<ReportRenderer> renderers = new ArrayList<>();
        TemplateRenderer pages = null;
        for (ReportFormat format : EnumSet.copyOf(formats.isEmpty() ? Set.of(ReportFormat.JSON) : formats)) {
            switch (format) {
                case HTML -> {
                    pages = TemplateRenderer.html(templateDirectory, rules);
                    renderers.add(pages);
                }
                case MARKDOWN -> renderers.add(TemplateRenderer.markdown(templateDirectory));
                case JSON -> renderers.add(new JsonRenderer());
                case SARIF -> renderers.add(new SarifRenderer());
            }
        }
        return new ReportWriter(renderers, pages);
    }

    /** The main report files this writer puts into {@code directory}, in the order it writes them. */
    public List<Path> files(Path directory) {
        return renderers.stream().map(r -> directory.resolve(r.format().fileName())).toList();
    }

    /** Starts writing into {@code directory}, creating it. */
    public Session open(Path directory) throws IOException {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IOException("output directory is a file: " + directory);
        }
        Files.createDirectories(directory);
        return new Session(directory, Files.createTempDirectory(directory, ".framecheck-staging-"));
    }

    /** One run's output, staged until {@link #finish}. */
    public final class Session implements Closeable {
        private final Path directory;
        private final Path staging;
        private boolean finished;

        private Session(Path directory, Path staging) {
            this.directory = directory;
            this.staging = staging;
        }

        public boolean wantsPages() {
            return pages != null;
        }

        /** Writes an article's page and returns its HTML, or null when no pages are written; safe to call from several threads. */
        public String document(DocumentResult result, Document document) throws IOException {
            if (pages == null || document == null) {
                return null;
            }
            ArticleView view = ArticleView.of(document, result);
            java.io.StringWriter html = new java.io.StringWriter();
            pages.renderPage(view, result, html);
            putPage(view.page(), html.toString());
            return html.toString();
        }

        /** Writes a page rendered before (from the incremental cache); safe from several threads. */
        public void putPage(String page, String html) throws IOException {
            if (pages == null) {
                return;
            }
            Path file = staging.resolve(page);
            Files.createDirectories(file.getParent());
            Files.writeString(file, html, StandardCharsets.UTF_8);
        }

        /** Writes the run's reports and moves everything into place; returns the report files. */
        public List<Path> finish(Report report) throws IOException {
            List<Path> written = new ArrayList<>();
            for (ReportRenderer renderer : renderers) {
                try (Writer out = Files.newBufferedWriter(staging.resolve(renderer.format().fileName()), StandardCharsets.UTF_8)) {
                    renderer.render(report, out);
                }
                for (String companion : renderer.companions()) {
                    try (Writer out = Files.newBufferedWriter(staging.resolve(companion), StandardCharsets.UTF_8)) {
                        renderer.renderCompanion(companion, report, out);
                    }
                }
            }
            if (pages != null) {
                Path articles = directory.resolve(ReportPaths.ARTICLES);
                deleteTree(articles);
                Path stagedArticles = staging.resolve(ReportPaths.ARTICLES);
                if (Files.isDirectory(stagedArticles)) {
                    WholeFile.move(stagedArticles, articles);
                }
            }
            // Companions before main files, so that a new index.html never links to a missing page or stylesheet.
            for (ReportRenderer renderer : renderers) {
                for (String companion : renderer.companions()) {
                    WholeFile.move(staging.resolve(companion), directory.resolve(companion));
                }
            }
            for (ReportRenderer renderer : renderers) {
                Path target = directory.resolve(renderer.format().fileName());
                WholeFile.move(staging.resolve(renderer.format().fileName()), target);
                written.add(target);
            }
            finished = true;
            deleteTree(staging);
            return written;
        }

        /** Drops the staging folder; the previous report stays as it was unless {@link #finish} ran. */
        @Override
        public void close() throws IOException {
            if (!finished) {
                deleteTree(staging);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
