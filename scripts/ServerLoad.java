import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Load on a running framecheck server: CLIENTS threads each post articles of about 800 words to
 * /api/analyze, one after another, for SECONDS; every minute (and at the end) prints requests, errors,
 * latency percentiles and the server's resident memory. Only JDK classes: run it with
 *   java scripts/ServerLoad.java URL CORPUS-FOLDER [CLIENTS=32] [SECONDS=600] [SERVER-PID]
 */
public class ServerLoad {
    public static void main(String[] args) throws Exception {
        String url = args[0].replaceAll("/$", "") + "/api/analyze";
        List<String> bodies = articles(Path.of(args[1]));
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        long seconds = args.length > 3 ? Long.parseLong(args[3]) : 600;
        String pid = args.length > 4 ? args[4] : null;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                for (int i = client; System.nanoTime() < end; i += clients) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size()))).build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - start);
                }
            });
            t.start();
            threads.add(t);
        }
        System.out.printf("%d clients, %d articles of about 800 words, %d s against %s%n", clients, bodies.size(), seconds, url);
        long started = System.nanoTime();
        long windowStart = started;
        List<Long> window = new ArrayList<>();
        long total = 0;
        while (threads.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(Math.min(60_000, Math.max(1, (end - System.nanoTime()) / 1_000_000 + 500)));
            window.clear();
            for (Long l; (l = latencies.poll()) != null; ) {
                window.add(l);
            }
            total += window.size();
            long[] sorted = window.stream().mapToLong(Long::longValue).sorted().toArray();
            double windowSeconds = (System.nanoTime() - windowStart) / 1e9;
            windowStart = System.nanoTime();
            System.out.printf("%4d s: %6d requests (%.0f/s), %d errors in all; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms; server RSS %s%n",
                    (System.nanoTime() - started) / 1_000_000_000L, sorted.length, sorted.length / windowSeconds,
                    errors.get(), percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 1.0), rss(pid));
        }
        System.out.printf("total %d requests, %d errors%n", total, errors.get());
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static String rss(String pid) throws IOException {
        if (pid == null) {
            return "(no pid given)";
        }
        for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
            if (line.startsWith("VmRSS:")) {
                return line.substring(6).strip();
            }
        }
        return "?";
    }

    /** Corpus articles of 700 to 900 words, as JSON bodies. */
    private static List<String> articles(Path folder) throws IOException {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                long words = Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).count();
                if (words >= 700 && words <= 900) {
                    bodies.add("{\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                            .replace("\r", "").replace("\t", " ") + "\"}");
                }
            }
        }
        if (bodies.isEmpty()) {
            throw new IllegalArgumentException("no articles of 700 to 900 words in " + folder);
        }
        return bodies;
    }
}
