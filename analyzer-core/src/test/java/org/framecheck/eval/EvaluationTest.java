package org.framecheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.framecheck.TestAnalyzer;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.rules.RuleMetadata;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;

/**
 * Per-category precision and recall on the written evaluation set: sentences and short articles the
 * team wrote to show what each rule is for. It stays as a regression test; the headline figures come
 * from real news ({@link RealNewsEvaluationTest}). Fails below 0.9 precision or 0.8 recall in any
 * category: recall here is bounded by the precision-first definitions the real-news set brought
 * (self-sourcing as a contested claim, scare quotes outside named speakers' words). The table is
 * written to target/evaluation.md with every miss listed below it.
 */
class EvaluationTest {

    private static final double PRECISION = 0.9;
    private static final double RECALL = 0.8;
    static final String DOCUMENT_ROW = "sourcing (document)";

    @Test
    void everyCategoryKeepsItsPrecisionAndMostOfItsRecall() throws IOException {
        Map<String, RuleMetadata> rules = TestAnalyzer.get().rules().rules();
        Map<String, Score> scores = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<EvaluationSet.Item> items = EvaluationSet.load();
        int sentences = 0;
        int articles = 0;
        for (EvaluationSet.Item item : items) {
            ContentFormat format = item.markdown() ? ContentFormat.MARKDOWN : ContentFormat.TEXT;
            DocumentResult result = TestAnalyzer.get().analyze(item.source(), format, item.marked().text());
            List<Finding> spanFindings = result.findings().stream()
                    .filter(f -> !articleLevel(rules, f)).toList();
            Scorer.Result scored = Scorer.score(item.marked(), spanFindings, Finding::category);
            scored.scores().forEach((label, score) -> scores.merge(label, score, Score::plus));
            scored.misses().forEach(m -> misses.add(item.source() + ": " + (m.falsePositive() ? "false alarm" : "missed")
                    + " [" + m.label() + "] " + m.text()));
            if (item.markdown()) {
                articles++;
                Set<String> found = new HashSet<>();
                result.findings().stream().filter(f -> articleLevel(rules, f)).forEach(f -> found.add(f.rule()));
                Set<String> expected = item.documentRules();
                for (String rule : found) {
                    scores.merge(DOCUMENT_ROW, expected.contains(rule) ? new Score(1, 0, 0) : new Score(0, 1, 0), Score::plus);
                    if (!expected.contains(rule)) {
                        misses.add(item.source() + ": false alarm [" + rule + "]");
                    }
                }
                for (String rule : expected) {
                    if (!found.contains(rule)) {
                        scores.merge(DOCUMENT_ROW, new Score(0, 0, 1), Score::plus);
                        misses.add(item.source() + ": missed [" + rule + "]");
                    }
                }
            } else {
                sentences++;
            }
        }
        String table = table(scores, sentences, articles);
        Path out = Path.of("target", "evaluation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table + "\n## Misses\n\n" + String.join("\n", misses) + "\n", StandardCharsets.UTF_8);
        System.out.println(table);

        assertThat(sentences).isGreaterThanOrEqualTo(300);
        assertThat(articles).isGreaterThanOrEqualTo(10);
        assertThat(scores.keySet()).containsAll(TestAnalyzer.get().rules().categories());
        scores.forEach((category, score) -> {
            assertThat(score.precision()).as("precision of " + category + " (see target/evaluation.md)").isGreaterThanOrEqualTo(PRECISION);
            assertThat(score.recall()).as("recall of " + category + " (see target/evaluation.md)").isGreaterThanOrEqualTo(RECALL);
        });
    }

    /**
     * This set's guidelines expect unattributed claims of an article (GUIDELINES.md §5), while the
     * rule flags the sentence that makes one: it is scored with the article-level expectations.
     */
    private static boolean articleLevel(Map<String, RuleMetadata> rules, Finding f) {
        return rules.get(f.rule()).documentLevel() || f.rule().equals("unattributed-claims");
    }

    static String table(Map<String, Score> scores, int sentences, int articles) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Evaluation set: %d sentences, %d articles%n%n", sentences, articles));
        sb.append("| category | expected | found | correct | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
        Score total = Score.ZERO;
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            sb.append(row(e.getKey(), e.getValue()));
            total = total.plus(e.getValue());
        }
        sb.append(row("**all**", total));
        return sb.toString();
    }

    private static String row(String name, Score s) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f |%n", name, s.truePositives() + s.falseNegatives(),
                s.truePositives() + s.falsePositives(), s.truePositives(), s.precision(), s.recall());
    }
}
