package org.framecheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.framecheck.TestAnalyzer;
import org.framecheck.findings.Finding;
import org.framecheck.rules.RuleMetadata;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Opt-in: scores the analyzer on BABE and MBIC (5,374 news sentences labelled by experts and crowds,
 * ../shared/eval/babe-mbic.jsonl) and writes target/babe-mbic.md. Skipped where the file is absent.
 * Run: {@code mvn -B -pl analyzer-core test -Dgroups=evaluation -Dframecheck.excludedGroups= -Dtest=BabeMbicEvaluationTest}
 * (the POM excludes the group through {@code framecheck.excludedGroups}; {@code -DexcludedGroups} cannot override it).
 *
 * <p>Sentence level: a sentence is predicted biased when any of our span findings (outside attributed
 * quotes) lies in it. Word level: a finding is correct when it overlaps a word the annotators marked;
 * an annotated word is found when a finding overlaps it.
 */
@Tag("evaluation")
class BabeMbicEvaluationTest {

    static final Path DATA = Path.of("..", "..", "shared", "eval", "babe-mbic.jsonl");

    @Test
    void scoreOnBabeAndMbic() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(DATA), "skipped: " + DATA.toAbsolutePath().normalize() + " is absent");
        Map<String, RuleMetadata> rules = TestAnalyzer.get().rules().rules();
        ObjectMapper json = new ObjectMapper();
        int[] sentence = new int[4]; // tp, fp, fn, tn
        Score words = Score.ZERO;
        Map<String, int[]> byRule = new TreeMap<>(); // fired, on annotated words
        int count = 0;
        try (BufferedReader in = Files.newBufferedReader(DATA, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode item = json.readTree(line);
                String text = item.get("text").asText();
                boolean biased = "Biased".equals(item.get("doc_label").asText());
                List<int[]> spans = new ArrayList<>();
                item.get("spans").forEach(s -> spans.add(new int[] {s.get("start_utf16").asInt(), s.get("end_utf16").asInt()}));
                List<Finding> findings = TestAnalyzer.get().analyze(item.get("id").asText(), ContentFormat.TEXT, text).findings()
                        .stream().filter(f -> !f.quoted() && !rules.get(f.rule()).documentLevel()).toList();
                assertThat(findings).allSatisfy(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text()));
                boolean predicted = !findings.isEmpty();
                sentence[predicted ? (biased ? 0 : 1) : (biased ? 2 : 3)]++;
                boolean[] hitSpan = new boolean[spans.size()];
                for (Finding f : findings) {
                    boolean onWord = false;
                    for (int i = 0; i < spans.size(); i++) {
                        if (spans.get(i)[0] < f.end() && f.start() < spans.get(i)[1]) {
                            onWord = true;
                            hitSpan[i] = true;
                        }
                    }
                    words = words.plus(onWord ? new Score(1, 0, 0) : new Score(0, 1, 0));
                    int[] r = byRule.computeIfAbsent(f.rule(), k -> new int[2]);
                    r[0]++;
                    r[1] += onWord ? 1 : 0;
                }
                for (boolean hit : hitSpan) {
                    if (!hit) {
                        words = words.plus(new Score(0, 0, 1));
                    }
                }
                count++;
            }
        }
        Score sentences = new Score(sentence[0], sentence[1], sentence[2]);
        double baseRate = (double) (sentence[0] + sentence[2]) / count;
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "BABE/MBIC: %d sentences, %.0f%% labelled biased%n%n", count, 100 * baseRate));
        report.append("| level | precision | recall | F1 | flagged |\n|---|---:|---:|---:|---:|\n");
        report.append(String.format(Locale.ROOT, "| sentence is biased | %.2f | %.2f | %.2f | %d of %d sentences |%n",
                sentences.precision(), sentences.recall(), sentences.f1(), sentence[0] + sentence[1], count));
        report.append(String.format(Locale.ROOT, "| flagged words vs annotators' words | %.2f | %.2f | %.2f | %d findings |%n%n",
                words.precision(), words.recall(), words.f1(), words.truePositives() + words.falsePositives()));
        report.append(String.format(Locale.ROOT, "Chance precision for the sentence level (flag everything): %.2f%n%n", baseRate));
        report.append("| rule | findings | on annotated words |\n|---|---:|---:|\n");
        byRule.forEach((rule, r) -> report.append(String.format(Locale.ROOT, "| %s | %d | %d |%n", rule, r[0], r[1])));
        Path out = Path.of("target", "babe-mbic.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println(report);
        assertThat(count).isEqualTo(5374);
    }
}
