package org.framecheck.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.framecheck.api.AnalysisExecutor;
import org.framecheck.api.AnalysisRequest;
import org.framecheck.api.AnalysisResult;
import org.framecheck.api.Analyzer;
import org.framecheck.findings.DocumentResult;
import org.framecheck.report.ReportFormat;
import org.framecheck.rules.RuleFiles;
import org.framecheck.rules.RuleSet;
import org.framecheck.rules.RuleSetLoader;
import org.framecheck.source.ContentFormat;

/**
 * The benchmark: rule-base build time, analysis throughput single-threaded and on all cores, time
 * per document, peak heap, scaling over 1x, 4x and 16x the corpus, and the whole-process time of
 * the plugin's ad-hoc command (cold, then with the incremental cache).
 *
 * <pre>java -jar analyzer-bench/target/framecheck-bench.jar [folder] [--no-maven] [--quick]</pre>
 */
public final class Bench {

    private record Article(String path, ContentFormat format, String text, int words) {
    }

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().orElse("../shared/corpus"));
        boolean maven = !Arrays.asList(args).contains("--no-maven");
        boolean quick = Arrays.asList(args).contains("--quick");
        if (!Files.isDirectory(folder)) {
            System.err.println("bench: no such folder: " + folder.toAbsolutePath().normalize());
            System.exit(2);
        }
        List<Article> corpus = load(folder);
        long words = corpus.stream().mapToLong(Article::words).sum();
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "folder              %s%n", folder.toAbsolutePath().normalize());
        System.out.printf(Locale.ROOT, "documents           %,d%n", corpus.size());
        System.out.printf(Locale.ROOT, "words               %,d (whitespace-separated)%n", words);
        System.out.printf(Locale.ROOT, "cores               %d%n", cores);

        long t0 = System.nanoTime();
        RuleSet rules = RuleSetLoader.load(List.of());
        rules.kieBase(); // a stored rule base is read lazily: count the reading
        long coldLoad = System.nanoTime() - t0;
        t0 = System.nanoTime();
        RuleSet compiled = RuleSetLoader.compile(RuleFiles.builtInFiles());
        long compile = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "rule base           %.2f s cold (%s, first in this JVM); compiling the DRL: %.2f s (%d rules)%n",
                coldLoad / 1e9, rules.origin(), compile / 1e9, compiled.rules().size());
        Analyzer analyzer = new Analyzer(rules);

        int rounds = quick ? 1 : 3;
        for (int i = 0; i < rounds; i++) {
            analyzeAll(analyzer, corpus, 1); // warm-up: let the JIT compile the hot path
        }
        resetPeaks();
        long[] perDocument = new long[corpus.size()];
        t0 = System.nanoTime();
        for (int i = 0; i < corpus.size(); i++) {
            long s = System.nanoTime();
            analyze(analyzer, corpus.get(i));
            perDocument[i] = System.nanoTime() - s;
        }
        long single = System.nanoTime() - t0;
        Arrays.sort(perDocument);
        System.out.printf(Locale.ROOT, "1 thread            %.2f s, %,.0f words/s%n", single / 1e9, words / (single / 1e9));
        System.out.printf(Locale.ROOT, "per document        median %.2f ms, p99 %.2f ms, max %.2f ms%n",
                perDocument[perDocument.length / 2] / 1e6, perDocument[(int) (perDocument.length * 0.99)] / 1e6,
                perDocument[perDocument.length - 1] / 1e6);
        latency800(analyzer, corpus);

        for (int threads : new int[] {2, cores}) {
            if (threads > cores && threads != 2) {
                continue;
            }
            long best = Long.MAX_VALUE;
            for (int i = 0; i < rounds; i++) {
                best = Math.min(best, analyzeAll(analyzer, corpus, threads));
            }
            System.out.printf(Locale.ROOT, "%d threads           %.2f s, %,.0f words/s%n", threads, best / 1e9, words / (best / 1e9));
            if (threads == cores) {
                break;
            }
        }
        System.out.printf(Locale.ROOT, "peak heap (analysis) %,d MB%n", peakHeapMb());

        for (int scale : quick ? new int[] {1, 4} : new int[] {1, 4, 16}) {
            System.gc();
            resetPeaks();
            long elapsed = Math.min(analyzeScaled(analyzer, corpus, scale, cores), analyzeScaled(analyzer, corpus, scale, cores));
            System.out.printf(Locale.ROOT, "%2dx corpus          %,d words in %.2f s, %,.0f words/s, peak heap %,d MB%n",
                    scale, words * scale, elapsed / 1e9, words * scale / (elapsed / 1e9), peakHeapMb());
        }

        System.gc();
        resetPeaks();
        Path out = Files.createTempDirectory("framecheck-bench");
        t0 = System.nanoTime();
        AnalysisResult result = new AnalysisExecutor().execute(AnalysisRequest.builder().contentDirectory(folder)
                .outputDirectory(out.resolve("report")).threads(cores).formats(java.util.EnumSet.allOf(ReportFormat.class)).build(), w -> { });
        long run = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "full run (reports)  %.2f s, %,d findings, peak heap %,d MB%n", run / 1e9,
                result.report().summary().findings(), peakHeapMb());

        if (maven) {
            Path cache = out.resolve("cache");
            long cold = mavenRun(folder, out.resolve("mvn-report"), cache);
            long warm = mavenRun(folder, out.resolve("mvn-report"), cache);
            System.out.printf(Locale.ROOT, "ad-hoc mvn analyze  %.2f s cold, %.2f s with the incremental cache (whole process)%n",
                    cold / 1e9, warm / 1e9);
        }
    }

    private static List<Article> load(Path folder) throws IOException {
        List<Article> corpus = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                var format = ContentFormat.forFileName(f.getFileName().toString());
                if (format.isEmpty() || f.getFileName().toString().equalsIgnoreCase("README.md")) {
                    continue;
                }
                String text = Files.readString(f, StandardCharsets.UTF_8);
                int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
                corpus.add(new Article(folder.relativize(f).toString(), format.get(), text, words));
            }
        }
        return corpus;
    }

    private static DocumentResult analyze(Analyzer analyzer, Article a) {
        return analyzer.analyze(a.path(), a.format(), a.text());
    }

    /** Time to analyse the corpus on {@code threads} threads, results dropped as they come (streaming). */
    private static long analyzeAll(Analyzer analyzer, List<Article> corpus, int threads) throws Exception {
        return analyzeScaled(analyzer, corpus, 1, threads);
    }

    private static long analyzeScaled(Analyzer analyzer, List<Article> corpus, int scale, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int worker = t;
                futures.add(pool.submit(() -> {
                    int findings = 0;
                    for (int i = worker; i < corpus.size() * scale; i += threads) {
                        findings += analyze(analyzer, corpus.get(i % corpus.size())).findings().size();
                    }
                    return findings;
                }));
            }
            for (Future<Integer> f : futures) {
                f.get();
            }
            return System.nanoTime() - t0;
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /** p99 latency for articles of 700 to 900 words, the size the target names. */
    private static void latency800(Analyzer analyzer, List<Article> corpus) {
        List<Article> sized = corpus.stream().filter(a -> a.words() >= 700 && a.words() <= 900).toList();
        if (sized.isEmpty()) {
            return;
        }
        long[] times = new long[sized.size() * 5];
        int k = 0;
        for (int round = 0; round < 5; round++) {
            for (Article a : sized) {
                long s = System.nanoTime();
                analyze(analyzer, a);
                times[k++] = System.nanoTime() - s;
            }
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "800-word articles   %d of them: median %.2f ms, p99 %.2f ms%n", sized.size(),
                times[times.length / 2] / 1e6, times[(int) (times.length * 0.99)] / 1e6);
    }

    private static long mavenRun(Path folder, Path out, Path cache) throws IOException, InterruptedException {
        List<String> command = List.of("mvn", "-B", "-q", "org.framecheck:analyzer-maven-plugin:0.1.0-SNAPSHOT:analyze",
                "-Dframecheck.contentDirectory=" + folder.toAbsolutePath(), "-Dframecheck.outputDirectory=" + out,
                "-Dframecheck.cacheDirectory=" + cache);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(out.getParent().toFile()).inheritIO().start();
        int code = p.waitFor();
        long elapsed = System.nanoTime() - t0;
        if (code != 0) {
            System.out.println("ad-hoc mvn analyze failed (exit " + code + "); is the plugin installed (mvn install)?");
        }
        return elapsed;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
