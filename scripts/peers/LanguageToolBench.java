// LanguageTool over every article, in Java 17 source-file mode:
//   java -cp '<LanguageTool jars>/*' LanguageToolBench.java <folder> [threads] [first N files]
// Prints the same figures as the node benches. Only JLanguageTool.check is timed (files are read first).
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.LtBuildInfo;

public class LanguageToolBench {
    record Article(String path, String text, int words) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java -cp '<jars>/*' LanguageToolBench.java <folder> [threads] [first N files]");
            System.exit(2);
        }
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        List<Article> articles = load(Path.of(args[0]), limit);
        long words = articles.stream().mapToLong(Article::words).sum();
        Language english = Languages.getLanguageForShortCode("en-US");
        String name = "LanguageTool " + LtBuildInfo.OS.getVersion();
        boolean limited = limit != Integer.MAX_VALUE;

        // Default rules, no result cache (so the corpus's duplicate articles are checked again, like the
        // other peers do). The warm-up lets the JIT compile the hot path and loads rules lazily built on first use.
        JLanguageTool lt = new JLanguageTool(english);
        for (Article a : articles.subList(0, Math.min(50, articles.size()))) {
            lt.check(a.text());
        }
        long t0 = System.nanoTime();
        long warnings = 0;
        for (Article a : articles) {
            warnings += lt.check(a.text()).size();
        }
        report(name + " (1 thread)", articles.size(), limited, words, System.nanoTime() - t0, warnings);

        if (threads > 1) {
            // A JLanguageTool instance is not thread-safe: one per thread, each warmed up on a few files,
            // sharing out the articles through a common counter.
            List<JLanguageTool> tools = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                JLanguageTool tool = new JLanguageTool(english);
                for (Article a : articles.subList(0, Math.min(10, articles.size()))) {
                    tool.check(a.text());
                }
                tools.add(tool);
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicInteger next = new AtomicInteger();
            t0 = System.nanoTime();
            List<Future<Long>> parts = new ArrayList<>();
            for (JLanguageTool tool : tools) {
                parts.add(pool.submit(() -> {
                    long found = 0;
                    for (int i; (i = next.getAndIncrement()) < articles.size(); ) {
                        found += tool.check(articles.get(i).text()).size();
                    }
                    return found;
                }));
            }
            warnings = 0;
            for (Future<Long> part : parts) {
                warnings += part.get();
            }
            report(name + " (" + threads + " threads)", articles.size(), limited, words, System.nanoTime() - t0, warnings);
            pool.shutdown();
        }
    }

    /** *.txt below the folder in path order, like corpus.mjs; README files describe the corpus, they are not articles. */
    static List<Article> load(Path folder, int limit) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Article> articles = new ArrayList<>();
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String file = f.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!file.endsWith(".txt") || file.contains("readme") || articles.size() >= limit) {
                    continue;
                }
                String text = Files.readString(f, StandardCharsets.UTF_8);
                int words = text.isBlank() ? 0 : text.strip().split("\\s+").length; // whitespace-separated, as in Bench.java
                articles.add(new Article(folder.relativize(f).toString(), text, words));
            }
            return articles;
        }
    }

    static void report(String name, int documents, boolean limited, long words, long nanos, long warnings) {
        double seconds = nanos / 1e9;
        System.out.printf(Locale.US, "%-32s documents %,d%s  words %,d  seconds %.2f  words/s %,.0f  warnings %,d%n", name, documents,
                limited ? " (only the first " + documents + " files)" : "", words, seconds, words / seconds, warnings);
    }
}
