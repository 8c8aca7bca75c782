package org.framecheck.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.framecheck.api.AnalysisExecutor;
import org.framecheck.api.AnalysisRequest;
import org.framecheck.api.AnalysisResult;
import org.framecheck.findings.DocumentResult;
import org.framecheck.report.ReportFormat;
import org.framecheck.rules.RuleSetException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long runs with a bounded heap, kept out of the default build (tag {@code soak}); docs/robustness.md
 * gives the command and the figures measured. Both read the BBC corpus in {@code ../shared/corpus}
 * and skip without it.
 */
@Tag("soak")
class SoakTest {

    private static final Path CORPUS = Path.of("../../shared/corpus/bbc");

    @TempDir
    Path tmp;

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static String mb(double bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024 * 1024));
    }

    /**
     * Analyses the corpus, one category folder per run, for {@code framecheck.soak.minutes} (default
     * 10), taking the used heap after a full GC after every run: the median of the last quarter of
     * the samples must stay within 20% of the first quarter's, or memory is leaking between runs.
     */
    @Test
    void heapDoesNotGrowOverRepeatedRuns() throws Exception {
        assumeThat(Files.isDirectory(CORPUS)).as("the corpus (../shared/corpus) is not here").isTrue();
        Duration duration = Duration.ofSeconds(Math.round(60 * Double.parseDouble(System.getProperty("framecheck.soak.minutes", "10"))));
        List<Path> categories;
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            categories = dirs.filter(Files::isDirectory).sorted().toList();
        }
        List<Long> samples = new ArrayList<>();
        long documents = 0;
        long started = System.nanoTime();
        int run = 0;
        System.out.printf(Locale.ROOT, "soak: %s, max heap %s%n", duration, mb(Runtime.getRuntime().maxMemory()));
        while (System.nanoTime() - started < duration.toNanos() || samples.size() < 8) {
            Path category = categories.get(run % categories.size());
            AnalysisResult result = new AnalysisExecutor().execute(new AnalysisRequest(List.of(category), tmp.resolve("out"),
                    List.of(), null, EnumSet.allOf(ReportFormat.class), StandardCharsets.UTF_8, 2, Set.of()), w -> { });
            assertThat(result.documents()).allMatch(d -> d.status() == DocumentResult.Status.ANALYZED);
            documents += result.documents().size();
            run++;
            long used = usedHeapAfterGc();
            samples.add(used);
            System.out.printf(Locale.ROOT, "soak: run %d (%s), %.0f s, %d documents so far, used heap after GC %s%n", run,
                    category.getFileName(), (System.nanoTime() - started) / 1e9, documents, mb(used));
        }
        int quarter = samples.size() / 4;
        double first = median(samples.subList(0, quarter));
        double last = median(samples.subList(samples.size() - quarter, samples.size()));
        System.out.printf(Locale.ROOT, "soak: %d runs, %d documents; median used heap after GC: first quarter %s, last quarter %s (%+.1f%%)%n",
                run, documents, mb(first), mb(last), 100 * (last - first) / first);
        assertThat(last).as("median heap of the last quarter against the first").isLessThanOrEqualTo(first * 1.2);
    }

    /**
     * A 50 MB article (the corpus, concatenated into one plain-text file) beside a small one: both
     * analysed, the big one in parts; the heap after every collection during the run is recorded.
     */
    @Test
    void fiftyMegabyteArticle() throws Exception {
        assumeThat(Files.isDirectory(CORPUS)).as("the corpus (../shared/corpus) is not here").isTrue();
        Path content = Files.createDirectories(tmp.resolve("content"));
        List<Path> articles;
        try (Stream<Path> files = Files.walk(CORPUS)) {
            articles = files.filter(p -> p.toString().endsWith(".txt") && !p.getFileName().toString().startsWith("UPSTREAM")).sorted().toList();
        }
        long target = 50L * 1024 * 1024;
        try (var out = Files.newOutputStream(content.resolve("big.txt"))) {
            long written = 0;
            for (int i = 0; written < target; i++) {
                byte[] article = Files.readAllBytes(articles.get(i % articles.size()));
                out.write(article);
                out.write("\n\n".getBytes(StandardCharsets.UTF_8));
                written += article.length + 2;
            }
        }
        Files.writeString(content.resolve("small.txt"), "The militant group said what he called a truce.\n");

        AtomicLong maxAfterGc = new AtomicLong();
        NotificationListener listener = (notification, handback) -> {
            if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                maxAfterGc.accumulateAndGet(used, Math::max);
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
        }
        long before = usedHeapAfterGc();
        long started = System.nanoTime();
        AnalysisResult result;
        try {
            result = new AnalysisExecutor().execute(new AnalysisRequest(List.of(content), tmp.resolve("out"), List.of(), null,
                    EnumSet.allOf(ReportFormat.class), StandardCharsets.UTF_8, 2, Set.of()), w -> { });
        } finally {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                try {
                    ((NotificationEmitter) gc).removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException e) {
                    // never added to this collector
                }
            }
        }
        DocumentResult big = result.documents().get(0);
        System.out.printf(Locale.ROOT, "large: %d bytes in %.0f s; heap before %s, highest after any GC during the run %s, max heap %s; %s%n",
                Files.size(content.resolve("big.txt")), (System.nanoTime() - started) / 1e9, mb(before), mb(maxAfterGc.get()),
                mb(Runtime.getRuntime().maxMemory()), big.message());
        assertThat(big.status()).isEqualTo(DocumentResult.Status.ANALYZED);
        assertThat(big.message()).startsWith("long document; analysed in ");
        assertThat(big.findings()).hasSize(10_000);
        assertThat(result.documents().get(1).findings()).hasSize(3);
    }
}
