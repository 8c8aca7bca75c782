package org.framecheck.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.framecheck.api.Analyzer;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.source.ContentFormat;

/**
 * Development aid: analyses every .txt file under a folder and writes one line per finding
 * (file, rule, category, severity, quoted, start, end, text), and one per source to OUT.tsv.sources
 * (file, name, type, mentions), for comparing rule changes over a corpus.
 * {@code java -cp ... org.framecheck.eval.CorpusDump FOLDER OUT.tsv [SOURCES.tsv]}
 */
public final class CorpusDump {
    private CorpusDump() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Analyzer analyzer = Analyzer.withDefaultRules();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("UPSTREAM")).sorted().toList();
        }
        Path sourcesOut = args.length > 2 ? Path.of(args[2]) : Path.of(args[1] + ".sources");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8));
             PrintWriter sources = new PrintWriter(Files.newBufferedWriter(sourcesOut, StandardCharsets.UTF_8))) {
            for (Path file : files) {
                String rel = root.relativize(file).toString().replace('\\', '/');
                DocumentResult r = analyzer.analyze(rel, ContentFormat.TEXT, read(file));
                r.sources().forEach(s -> sources.println(String.join("\t", rel, s.name().replace('\n', ' '), s.type(),
                        String.valueOf(s.mentions()))));
                for (Finding f : r.findings()) {
                    out.println(String.join("\t", rel, f.rule(), f.category(), f.severity().name().toLowerCase(),
                            String.valueOf(f.quoted()), String.valueOf(f.start()), String.valueOf(f.end()),
                            f.text().replace('\n', ' ').replace('\t', ' ')));
                }
            }
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
