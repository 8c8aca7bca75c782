package org.framecheck.ruletest;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.framecheck.api.Analyzer;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.source.ContentItem;

/**
 * What a change to the rules does to real text: the findings that appear and disappear when the
 * same articles are analysed with the rules before and after, as LanguageTool checks a rule change
 * against Wikipedia. A finding is the same before and after when rule and words are.
 *
 * @param documents   how many articles were compared
 * @param appeared    findings only the new rules make, in file order
 * @param disappeared findings only the old rules made, in file order
 * @param failures    articles an analysis failed on ({@code path: with the new rules: rule failed: …});
 *                    they are left out of the comparison rather than shown as findings that vanished
 * @param beforeNanos time spent analysing with the old rules, summed over articles (each article is
 *                    analysed with both in turn, the first of them alternating, so that both sides
 *                    see the same warm JVM and file cache)
 * @param afterNanos  the same with the new rules
 */
public record RuleChange(int documents, List<Change> appeared, List<Change> disappeared, List<String> failures,
                         long beforeNanos, long afterNanos) {

    /** A change is called slow when the new rules take this many times as long as the old. */
    public static final double SLOWER = 1.25;

    /** One finding that appeared or disappeared, in its article. */
    public record Change(String path, Finding finding) {
        /** {@code path:line:column [rule] before‹words›after}. */
        @Override
        public String toString() {
            var excerpt = finding.excerpt();
            return path + ":" + finding.line() + ":" + finding.column() + " [" + finding.rule() + "] "
                    + excerpt.before() + "‹" + excerpt.match() + "›" + excerpt.after();
        }
    }

    public RuleChange {
        appeared = List.copyOf(appeared);
        disappeared = List.copyOf(disappeared);
        failures = List.copyOf(failures);
    }

    /**
     * Analyses every item with both rule sets; articles run in parallel, the result is in item order
     * whatever the threads do.
     */
    public static RuleChange compare(Analyzer before, Analyzer after, List<ContentItem> items, Charset charset) {
        List<RuleChange> perItem = IntStream.range(0, items.size()).parallel()
                .mapToObj(i -> compare(before, after, items.get(i), charset, i % 2 == 1)).toList();
        List<Change> appeared = new ArrayList<>();
        List<Change> disappeared = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        long beforeNanos = 0;
        long afterNanos = 0;
        for (RuleChange change : perItem) {
            appeared.addAll(change.appeared());
            disappeared.addAll(change.disappeared());
            failures.addAll(change.failures());
            beforeNanos += change.beforeNanos();
            afterNanos += change.afterNanos();
        }
        return new RuleChange(items.size(), appeared, disappeared, failures, beforeNanos, afterNanos);
    }

    private static RuleChange compare(Analyzer before, Analyzer after, ContentItem item, Charset charset, boolean afterFirst) {
        long[] nanos = new long[2];
        DocumentResult first = timed(afterFirst ? after : before, item, charset, nanos, afterFirst ? 1 : 0);
        DocumentResult second = timed(afterFirst ? before : after, item, charset, nanos, afterFirst ? 0 : 1);
        DocumentResult old = afterFirst ? second : first;
        DocumentResult now = afterFirst ? first : second;
        List<String> failures = new ArrayList<>();
        if (old.status() == DocumentResult.Status.FAILED) {
            failures.add(item.path() + ": with the old rules: " + old.message());
        }
        if (now.status() == DocumentResult.Status.FAILED) {
            failures.add(item.path() + ": with the new rules: " + now.message());
        }
        if (!failures.isEmpty() || old.status() != DocumentResult.Status.ANALYZED || now.status() != DocumentResult.Status.ANALYZED) {
            return new RuleChange(1, List.of(), List.of(), failures, nanos[0], nanos[1]);
        }
        return new RuleChange(1, minus(now.findings(), old.findings(), item.path()), minus(old.findings(), now.findings(), item.path()),
                List.of(), nanos[0], nanos[1]);
    }

    private static DocumentResult timed(Analyzer analyzer, ContentItem item, Charset charset, long[] nanos, int side) {
        long start = System.nanoTime();
        DocumentResult result = analyzer.analyze(item, charset);
        nanos[side] = System.nanoTime() - start;
        return result;
    }

    private record Key(String rule, int start, int end) {
        static Key of(Finding f) {
            return new Key(f.rule(), f.start(), f.end());
        }
    }

    private static List<Change> minus(List<Finding> from, List<Finding> taken, String path) {
        Map<Key, Integer> left = new HashMap<>();
        taken.forEach(f -> left.merge(Key.of(f), 1, Integer::sum));
        List<Change> rest = new ArrayList<>();
        for (Finding f : from) {
            if (left.getOrDefault(Key.of(f), 0) > 0) {
                left.merge(Key.of(f), -1, Integer::sum);
            } else {
                rest.add(new Change(path, f));
            }
        }
        rest.sort(Comparator.comparingInt((Change c) -> c.finding().start()));
        return rest;
    }

    /** How many times as long the new rules take as the old (1.0: the same). */
    public double slowdown() {
        return beforeNanos == 0 ? 1.0 : (double) afterNanos / beforeNanos;
    }

    /** Per rule id, sorted: how many of its findings appeared and disappeared. */
    public Map<String, int[]> perRule() {
        Map<String, int[]> counts = new TreeMap<>();
        appeared.forEach(c -> counts.computeIfAbsent(c.finding().rule(), r -> new int[2])[0]++);
        disappeared.forEach(c -> counts.computeIfAbsent(c.finding().rule(), r -> new int[2])[1]++);
        return counts;
    }
}
