package org.framecheck.ruletest;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 */
public record RuleChange(int documents, List<Change> appeared, List<Change> disappeared) {

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
    }

    /**
     * Analyses every item with both rule sets; articles run in parallel, the result is in item order
     * whatever the threads do.
     */
    public static RuleChange compare(Analyzer before, Analyzer after, List<ContentItem> items, Charset charset) {
        List<RuleChange> perItem = items.parallelStream().map(item -> compare(before, after, item, charset)).toList();
        List<Change> appeared = new ArrayList<>();
        List<Change> disappeared = new ArrayList<>();
        for (RuleChange change : perItem) {
            appeared.addAll(change.appeared());
            disappeared.addAll(change.disappeared());
        }
        return new RuleChange(items.size(), appeared, disappeared);
    }

    private static RuleChange compare(Analyzer before, Analyzer after, ContentItem item, Charset charset) {
        List<Finding> old = findings(before.analyze(item, charset));
        List<Finding> now = findings(after.analyze(item, charset));
        return new RuleChange(1, minus(now, old, item.path()), minus(old, now, item.path()));
    }

    private static List<Finding> findings(DocumentResult result) {
        return result.status() == DocumentResult.Status.ANALYZED ? result.findings() : List.of();
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

    /** Per rule id, sorted: how many of its findings appeared and disappeared. */
    public Map<String, int[]> perRule() {
        Map<String, int[]> counts = new TreeMap<>();
        appeared.forEach(c -> counts.computeIfAbsent(c.finding().rule(), r -> new int[2])[0]++);
        disappeared.forEach(c -> counts.computeIfAbsent(c.finding().rule(), r -> new int[2])[1]++);
        return counts;
    }
}
