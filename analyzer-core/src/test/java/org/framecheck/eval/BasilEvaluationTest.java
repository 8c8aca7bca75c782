package org.framecheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.framecheck.TestAnalyzer;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.findings.Severity;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * BASIL (Fan et al., EMNLP 2019): 300 US political news articles with expert-marked lexical and
 * informational bias spans. The closest outside match to loaded language and labels are the lexical
 * spans outside quotes; the annotators marked bias toward each story's main entities, not every
 * device, so precision against them is a lower bound. Writes target/basil-evaluation.md: reported
 * findings (warning and above, not quoted) that overlap a lexical span outside quotes, or any span,
 * by category and rule; and the lexical spans outside quotes that a reported finding covers. Reads
 * {@code ../shared/eval/basil.jsonl} (or {@code -Dframecheck.basil=FILE}); skips where it is absent.
 */
class BasilEvaluationTest {

    /** Counts for one row: findings, of them on a lexical span outside quotes, of them on any span. */
    private static final class Row {
        int reported;
        int onLexical;
        int onAny;
    }

    @Test
    void measuresFindingsAgainstTheExpertSpans() throws IOException {
        Optional<Path> basil = file();
        Assumptions.assumeTrue(basil.isPresent(), "BASIL (../shared/eval/basil.jsonl) is not here");
        ObjectMapper json = new ObjectMapper();
        Map<String, Row> byCategory = new TreeMap<>();
        Map<String, Row> byRule = new TreeMap<>();
        Row total = new Row();
        int lexical = 0;
        int lexicalFound = 0;
        int articles = 0;
        int words = 0;
        List<String> misses = new ArrayList<>();
        for (String line : Files.readAllLines(basil.get(), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode article = json.readTree(line);
            String text = article.get("text").asText();
            List<int[]> lex = new ArrayList<>();
            List<int[]> any = new ArrayList<>();
            for (JsonNode span : article.get("spans")) {
                int[] at = {utf16(text, span.get("start").asInt()), utf16(text, span.get("end").asInt())};
                any.add(at);
                if (span.get("bias").asText().equals("lex") && !span.get("quote").asBoolean()) {
                    lex.add(at);
                }
            }
            DocumentResult result = TestAnalyzer.get().analyze("basil/" + article.get("id").asText() + ".txt",
                    ContentFormat.TEXT, text);
            articles++;
            words += result.words();
            List<Finding> reported = result.findings().stream()
                    .filter(f -> f.severity().compareTo(Severity.WARNING) >= 0 && !f.quoted()
                            && !TestAnalyzer.get().rules().rules().get(f.rule()).documentLevel()).toList();
            for (Finding f : reported) {
                boolean onLex = overlaps(lex, f);
                boolean onAny = overlaps(any, f);
                for (Row row : List.of(total, byCategory.computeIfAbsent(f.category(), k -> new Row()),
                        byRule.computeIfAbsent(f.rule(), k -> new Row()))) {
                    row.reported++;
                    row.onLexical += onLex ? 1 : 0;
                    row.onAny += onAny ? 1 : 0;
                }
            }
            for (int[] span : lex) {
                lexical++;
                if (reported.stream().anyMatch(f -> f.start() < span[1] && f.end() > span[0])) {
                    lexicalFound++;
                } else if (misses.size() < 400) {
                    misses.add(article.get("id").asText() + ": " + text.substring(span[0], span[1]).replace('\n', ' '));
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "BASIL: %d articles, %d words; %d lexical spans outside quotes, "
                + "%d of them on a reported finding (recall %.2f)%n%n", articles, words, lexical, lexicalFound,
                lexical == 0 ? 0.0 : (double) lexicalFound / lexical));
        sb.append("| category or rule | reported | on a lexical span outside quotes | precision (lexical) | on any span | precision (any) |\n");
        sb.append("|---|---:|---:|---:|---:|---:|\n");
        byCategory.forEach((name, row) -> sb.append(line(name, row)));
        sb.append(line("**all**", total));
        byRule.forEach((name, row) -> sb.append(line("rule " + name, row)));
        Path out = Path.of("target", "basil-evaluation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, sb + "\n## Lexical spans no reported finding covers (first 400)\n\n" + String.join("\n", misses) + "\n",
                StandardCharsets.UTF_8);
        System.out.println("BASIL evaluation written to " + out);
        assertThat(articles).isEqualTo(300);
    }

    private static String line(String name, Row row) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %s | %d | %s |%n", name, row.reported, row.onLexical,
                ratio(row.onLexical, row.reported), row.onAny, ratio(row.onAny, row.reported));
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.2f", (double) part / whole);
    }

    private static boolean overlaps(List<int[]> spans, Finding f) {
        return spans.stream().anyMatch(s -> f.start() < s[1] && f.end() > s[0]);
    }

    /** Java String index of a Python code point index. */
    private static int utf16(String text, int codePoints) {
        return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    }

    private static Optional<Path> file() {
        String configured = System.getProperty("framecheck.basil", "");
        List<Path> candidates = configured.isBlank()
                ? List.of(Path.of("../../shared/eval/basil.jsonl"), Path.of("../shared/eval/basil.jsonl"))
                : List.of(Path.of(configured));
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }
}
