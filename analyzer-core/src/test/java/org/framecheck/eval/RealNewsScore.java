package org.framecheck.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.framecheck.api.Analyzer;
import org.framecheck.document.Document;
import org.framecheck.facts.DocumentFacts;
import org.framecheck.facts.Mention;
import org.framecheck.facts.Source;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.findings.Severity;
import org.framecheck.rules.RuleMetadata;
import org.framecheck.source.ContentFormat;

/**
 * Scores the analyzer against the real-news annotations of one half of the set.
 *
 * <p><b>Precision</b> is over reported findings: warning or error, not inside a quotation. A finding
 * is right when it overlaps an annotation of its category (any level: "clear" or "debatable", both
 * defensible in front of an editor); <i>strict</i> precision counts only "clear" annotations. A
 * document-level finding matches only a document-level annotation. <b>Recall</b> is over "clear"
 * annotations of warning-level devices (those a rule reporting at warning is meant to find): found
 * when a reported finding of the category overlaps it.
 */
final class RealNewsScore {

    /** Counts for one row of a table. */
    static final class Row {
        int reported;
        int right;
        int rightStrict;
        int devices;
        int found;

        double precision() {
            return reported == 0 ? 1.0 : (double) right / reported;
        }

        double strictPrecision() {
            return reported == 0 ? 1.0 : (double) rightStrict / reported;
        }

        double recall() {
            return devices == 0 ? 1.0 : (double) found / devices;
        }

        void add(Row other) {
            reported += other.reported;
            right += other.right;
            rightStrict += other.rightStrict;
            devices += other.devices;
            found += other.found;
        }
    }

    /** Source-list counts: sources found, of them real; sources annotated, of them found; types right. */
    static final class SourceRow {
        int found;
        int real;
        int annotated;
        int recalled;
        int typed;
        int typedRight;

        double precision() {
            return found == 0 ? 1.0 : (double) real / found;
        }

        double recall() {
            return annotated == 0 ? 1.0 : (double) recalled / annotated;
        }

        double typeAccuracy() {
            return typed == 0 ? 1.0 : (double) typedRight / typed;
        }
    }

    final String half;
    final Map<String, Row> byCategory = new TreeMap<>();
    final Map<String, Row> byRule = new TreeMap<>();
    final Row total = new Row();
    final SourceRow sources = new SourceRow();
    final List<String> falseAlarms = new ArrayList<>();
    final List<String> misses = new ArrayList<>();
    final List<String> sourceErrors = new ArrayList<>();
    int articles;
    int sentences;
    int words;

    private RealNewsScore(String half) {
        this.half = half;
    }

    static RealNewsScore score(Analyzer analyzer, List<RealNewsSet.Annotated> set, String half) {
        RealNewsScore score = new RealNewsScore(half);
        Map<String, RuleMetadata> rules = analyzer.rules().rules();
        Map<String, List<String>> deviceRules = RealNewsSet.deviceRules();
        for (RealNewsSet.Annotated item : set) {
            if (!item.article().half().equals(half)) {
                continue;
            }
            score.article(analyzer, rules, deviceRules, item);
        }
        return score;
    }

    private void article(Analyzer analyzer, Map<String, RuleMetadata> rules, Map<String, List<String>> deviceRules,
                         RealNewsSet.Annotated item) {
        String file = item.article().file();
        Document document = analyzer.read(file, ContentFormat.TEXT, item.text());
        DocumentResult result = analyzer.analyze(document);
        DocumentFacts facts = analyzer.facts(document);
        articles++;
        sentences += facts.sentences().size();
        words += result.words();
        List<Finding> reported = result.findings().stream()
                .filter(f -> f.severity().compareTo(Severity.WARNING) >= 0 && !f.quoted()).toList();
        for (Finding f : reported) {
            boolean whole = rules.get(f.rule()).documentLevel();
            boolean right = false;
            boolean strict = false;
            for (RealNewsSet.Annotation a : item.annotations()) {
                if (a.category().equals(f.category()) && documentLevel(a) == whole && a.overlaps(f.start(), f.end())) {
                    right = true;
                    strict |= a.clear();
                }
            }
            Row row = new Row();
            row.reported = 1;
            row.right = right ? 1 : 0;
            row.rightStrict = strict ? 1 : 0;
            count(f.category(), f.rule(), row);
            if (!right) {
                falseAlarms.add(file + ":" + f.line() + " [" + f.rule() + "] " + context(item.text(), f.start(), f.end()));
            }
        }
        for (RealNewsSet.Annotation a : item.annotations()) {
            List<String> meant = deviceRules.getOrDefault(a.category() + "/" + a.device(), List.of());
            boolean warningLevel = meant.stream().map(rules::get)
                    .anyMatch(m -> m != null && m.severity().compareTo(Severity.WARNING) >= 0);
            if (!a.clear() || !warningLevel) {
                continue;
            }
            boolean found = reported.stream().anyMatch(f -> f.category().equals(a.category())
                    && rules.get(f.rule()).documentLevel() == documentLevel(a) && a.overlaps(f.start(), f.end()));
            Row row = new Row();
            row.devices = 1;
            row.found = found ? 1 : 0;
            count(a.category(), meant.get(0), row);
            if (!found) {
                misses.add(file + " [" + a.category() + "/" + a.device() + "] " + context(item.text(), a.start(), a.end()));
            }
        }
        if (item.article().sourcesAnnotated()) {
            sources(file, item, facts.sources());
        }
    }

    private void count(String category, String rule, Row row) {
        byCategory.computeIfAbsent(category, k -> new Row()).add(row);
        byRule.computeIfAbsent(rule, k -> new Row()).add(row);
        total.add(row);
    }

    private static boolean documentLevel(RealNewsSet.Annotation a) {
        return a.device().equals("single-source-story") || a.device().equals("one-sided-sourcing");
    }

    private void sources(String file, RealNewsSet.Annotated item, List<Source> found) {
        List<RealNewsSet.GoldSource> gold = item.sources();
        sources.annotated += gold.size();
        for (Source s : found) {
            sources.found++;
            RealNewsSet.GoldSource match = matching(s, gold);
            if (match != null) {
                sources.real++;
                sources.typed++;
                if (SourceTypes.agree(s.type(), match.type())) {
                    sources.typedRight++;
                } else {
                    sourceErrors.add(file + ": type " + s.type() + " for '" + s.name() + "', annotated " + match.type());
                }
            } else {
                sourceErrors.add(file + ": not a source: '" + s.name() + "' (" + s.type() + ")");
            }
        }
        for (RealNewsSet.GoldSource g : gold) {
            boolean recalled = found.stream().anyMatch(s -> matching(s, List.of(g)) != null);
            if (recalled) {
                sources.recalled++;
            } else {
                sourceErrors.add(file + ": missed source '" + g.name() + "' (" + g.type() + ")");
            }
        }
    }

    /** The annotated source one of whose mentions overlaps one of the found source's. */
    private static RealNewsSet.GoldSource matching(Source s, List<RealNewsSet.GoldSource> gold) {
        for (RealNewsSet.GoldSource g : gold) {
            for (Mention m : s.at()) {
                if (g.mentions().stream().anyMatch(span -> span.overlaps(m.start(), m.end()))) {
                    return g;
                }
            }
        }
        return null;
    }

    private static String context(String text, int start, int end) {
        if (end - start > 300) {
            return "(whole article)";
        }
        String before = text.substring(Math.max(0, start - 70), start).replace('\n', ' ');
        String after = text.substring(end, Math.min(text.length(), end + 50)).replace('\n', ' ');
        return before + "«" + text.substring(start, end) + "»" + after;
    }

    /** The tables, in Markdown. */
    String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Real news, %s half: %d articles, %d sentences, %d words%n%n",
                half, articles, sentences, words));
        sb.append("| category | reported | right | precision | strict | devices | found | recall |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        byCategory.forEach((name, row) -> sb.append(line(name, row)));
        sb.append(line("**all**", total));
        sb.append("\n| rule | reported | right | precision | strict | devices | found | recall |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        byRule.forEach((name, row) -> sb.append(line(name, row)));
        sb.append(String.format(Locale.ROOT, "%n| sources | found | real | precision | annotated | found | recall | type accuracy |%n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|%n| %s half | %d | %d | %.2f | %d | %d | %.2f | %.2f |%n",
                half, sources.found, sources.real, sources.precision(), sources.annotated, sources.recalled,
                sources.recall(), sources.typeAccuracy()));
        return sb.toString();
    }

    private static String line(String name, Row row) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %d | %d | %s |%n", name, row.reported, row.right,
                ratio(row.right, row.reported), ratio(row.rightStrict, row.reported), row.devices, row.found,
                ratio(row.found, row.devices));
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.2f", (double) part / whole);
    }
}
