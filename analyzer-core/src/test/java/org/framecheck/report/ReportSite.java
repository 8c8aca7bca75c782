package org.framecheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.framecheck.TestAnalyzer;
import org.framecheck.api.AnalyzedDocument;
import org.framecheck.api.Analyzer;
import org.framecheck.findings.DocumentResult;
import org.framecheck.source.ContentItem;
import org.framecheck.source.ContentScanner;

/**
 * Writes a whole report folder the way a run does (article pages while analysing, then every report
 * format through {@link ReportWriter}), for tests that look at the site as a reader gets it.
 */
final class ReportSite {

    /** The test articles in {@code src/test/resources/report/articles}: normal, clean and hostile. */
    static final List<String> FIXTURES = List.of("brief.txt", "hostile.md", "world/talks.md");

    /** A file name no path sanitiser should let through as markup. */
    static final String HOSTILE_NAME = "odd <x> \"q\" & 'a'.md";

    private ReportSite() {
    }

    /** Copies the fixture articles into {@code content}, plus one with a hostile file name. */
    static Path fixtures(Path content) throws IOException {
        for (String name : FIXTURES) {
            try (InputStream in = ReportSite.class.getResourceAsStream("/report/articles/" + name)) {
                Path target = content.resolve(name);
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
        Files.writeString(content.resolve(HOSTILE_NAME), "Officials said the regime claimed victory.\n", StandardCharsets.UTF_8);
        return content;
    }

    /** Analyses every article under {@code content} and writes all four formats into {@code out}. */
    static Report write(Path content, Path out) throws IOException {
        Analyzer analyzer = TestAnalyzer.get();
        List<ReportRenderer> renderers = new ArrayList<>();
        TemplateRenderer html = TemplateRenderer.html(null, analyzer.rules().rules());
        renderers.add(html);
        renderers.add(TemplateRenderer.markdown(null));
        renderers.add(new JsonRenderer());
        renderers.add(new SarifRenderer());
        try (ReportWriter.Session session = new ReportWriter(renderers, html).open(out)) {
            List<DocumentResult> results = new ArrayList<>();
            for (ContentItem item : ContentScanner.allFormats().scan(content, warning -> { })) {
                AnalyzedDocument analyzed = analyzer.analyzeDocument(item, StandardCharsets.UTF_8);
                session.document(analyzed.result(), analyzed.document());
                results.add(analyzed.result());
            }
            Report report = Report.of("test", results, List.copyOf(analyzer.rules().metadata()));
            session.finish(report);
            return report;
        }
    }

    /** Every file under {@code root} by its path relative to it (with {@code /}), sorted. */
    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(Files::isRegularFile).forEach(p -> {
                try {
                    files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }
}
