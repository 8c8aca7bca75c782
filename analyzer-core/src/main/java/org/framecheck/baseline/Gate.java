package org.framecheck.baseline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Severity;

/**
 * The pass/fail decision a build or a command makes on a run's findings: none at or above a
 * severity, and at most so many in all; with a baseline, only the findings not in it count.
 *
 * @param failOn      the lowest severity that fails
 * @param maxFindings the most findings (any severity) tolerated; -1 for no limit
 */
public record Gate(Severity failOn, int maxFindings) {

    /**
     * What the gate found.
     *
     * @param counted        the findings that count: all, or those new since the baseline
     * @param failing        of them, those at or above {@link #failOn()}
     * @param tooMany        more findings count than {@link #maxFindings()} allows
     * @param sinceBaseline  a baseline was applied
     */
    public record Verdict(Gate gate, List<Baseline.Entry> counted, List<Baseline.Entry> failing, boolean tooMany,
                          boolean sinceBaseline) {
        public Verdict {
            counted = List.copyOf(counted);
            failing = List.copyOf(failing);
        }

        public boolean passed() {
            return failing.isEmpty() && !tooMany;
        }

        /** The findings to show for a failure: the failing ones, or all that count when only the number failed. */
        public List<Baseline.Entry> listed() {
            return failing.isEmpty() ? counted : failing;
        }

        /** {@code 3 findings at or above warning (new since the baseline)}, and the limit when it was passed. */
        public String reason() {
            StringBuilder out = new StringBuilder();
            if (!failing.isEmpty()) {
                out.append(failing.size()).append(" findings at or above ").append(gate.failOn().id());
            }
            if (tooMany) {
                out.append(failing.isEmpty() ? "" : "; ").append(counted.size()).append(" findings, more than maxFindings=")
                        .append(gate.maxFindings());
            }
            if (sinceBaseline) {
                out.append(" (new since the baseline)");
            }
            return out.toString();
        }

        /** {@code claim-verb 2, regime-label 1}: the listed findings counted per rule. */
        public String byRule() {
            Map<String, Long> counts = new TreeMap<>(listed().stream()
                    .collect(Collectors.groupingBy(e -> e.finding().rule(), Collectors.counting())));
            return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        }
    }

    /** @param baseline the accepted findings, or null to count them all */
    public Verdict judge(List<DocumentResult> documents, Baseline baseline) {
        List<Baseline.Entry> counted = baseline == null ? Baseline.entries(documents) : baseline.newFindings(documents);
        List<Baseline.Entry> failing = counted.stream().filter(e -> e.finding().severity().compareTo(failOn) >= 0).toList();
        return new Verdict(this, counted, failing, maxFindings >= 0 && counted.size() > maxFindings, baseline != null);
    }
}
