package org.framecheck.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.framecheck.findings.Finding;
import org.framecheck.ruletest.MarkedText;

/**
 * Scores findings against marks, per label. A finding matches a mark of the same label when their
 * spans overlap; a mark counts once however many findings match it, and a finding that matches an
 * already-matched mark is not a false alarm. Findings inside quotations attributed to a speaker are
 * the speaker's words and are left out of the score.
 */
public final class Scorer {

    private Scorer() {
    }

    /** A finding or mark that did not match, for the report of what went wrong. */
    public record Miss(String label, String text, boolean falsePositive) {
    }

    /** The score per label and the misses, for one text. */
    public record Result(Map<String, Score> scores, List<Miss> misses) {
    }

    /**
     * @param labelOf the label of a finding: its category or its rule id, matching how marks are written
     */
    public static Result score(MarkedText expected, List<Finding> findings, Function<Finding, String> labelOf) {
        Map<String, Score> scores = new TreeMap<>();
        List<Miss> misses = new ArrayList<>();
        List<Finding> own = findings.stream().filter(f -> !f.quoted()).toList();
        boolean[] matched = new boolean[expected.marks().size()];
        for (Finding f : own) {
            String label = labelOf.apply(f);
            boolean hit = false;
            boolean fresh = false;
            for (int i = 0; i < matched.length; i++) {
                MarkedText.Mark m = expected.marks().get(i);
                if (m.label().equals(label) && m.start() < f.end() && f.start() < m.end()) {
                    hit = true;
                    if (!matched[i]) {
                        matched[i] = true;
                        fresh = true;
                        break;
                    }
                }
            }
            if (fresh) {
                scores.merge(label, new Score(1, 0, 0), Score::plus);
            } else if (!hit) {
                scores.merge(label, new Score(0, 1, 0), Score::plus);
                misses.add(new Miss(label, f.text(), true));
            }
        }
        for (int i = 0; i < matched.length; i++) {
            if (!matched[i]) {
                MarkedText.Mark m = expected.marks().get(i);
                scores.merge(m.label(), new Score(0, 0, 1), Score::plus);
                misses.add(new Miss(m.label(), expected.text().substring(m.start(), m.end()), false));
            }
        }
        return new Result(scores, misses);
    }
}
