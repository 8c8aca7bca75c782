package org.framecheck.rules;

import java.util.List;
import org.framecheck.findings.Finding;

/**
 * Why a finding was reported: the rule that fired and the facts its conditions matched, as a rule
 * author checks a rule that fires where it should not.
 *
 * @param rule    the id of the rule that fired
 * @param finding the finding it reported
 * @param facts   the facts the rule's patterns bound, in pattern order (facts under {@code not} and
 *                {@code exists} are not bound)
 */
public record Explanation(String rule, Finding finding, List<Fact> facts) {

    public Explanation {
        facts = List.copyOf(facts);
    }

    /**
     * One matched fact, described by the fields rules usually test.
     *
     * @param type        the fact's type ({@code TermMatch})
     * @param description its fields ({@code list=contentious-labels, text="militias", tag=militia})
     * @param line        the 1-based line where it starts, or 0 for facts without a place (Article, Source)
     * @param column      the 1-based column where it starts, or 0
     */
    public record Fact(String type, String description, int line, int column) {
        /** {@code TermMatch(list=contentious-labels, text="militias", tag=militia) @ 10:28}. */
        @Override
        public String toString() {
            return type + "(" + description + ")" + (line > 0 ? " @ " + line + ":" + column : "");
        }
    }

    /**
     * The finding and its facts on one line: {@code militia-label "militias" @ 10:28 <- TermMatch(…) @ 10:28};
     * a rule whose conditions bind no fact (only {@code not}, {@code exists}) shows none.
     */
    @Override
    public String toString() {
        String head = rule + " \"" + finding.text() + "\" @ " + finding.line() + ":" + finding.column();
        return facts.isEmpty() ? head : head + " <- " + String.join(", ", facts.stream().map(Fact::toString).toList());
    }
}
