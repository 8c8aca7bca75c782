package org.framecheck.ruletest;

import java.util.List;

/**
 * One rule's outcome over all rule tests.
 *
 * @param rule        the rule id
 * @param builtIn     whether it ships with framecheck (not one of the rule author's own)
 * @param fixtures    how many tests cover it
 * @param marks       how many findings of it the tests expect
 * @param differences its findings that disagree with the tests
 */
public record RuleResult(String rule, boolean builtIn, int fixtures, int marks, List<Difference> differences) {

    public enum Status { PASS, FAIL, UNTESTED }

    public RuleResult {
        differences = List.copyOf(differences);
    }

    public Status status() {
        return !differences.isEmpty() ? Status.FAIL : fixtures == 0 ? Status.UNTESTED : Status.PASS;
    }

    /** {@code PASS claim-verb (2 fixtures)}, {@code FAIL claim-verb}, {@code UNTESTED my-rule (no fixture)}. */
    public String summary() {
        return switch (status()) {
            case PASS -> "PASS " + rule + " (" + fixtures + (fixtures == 1 ? " fixture)" : " fixtures)");
            case FAIL -> "FAIL " + rule;
            case UNTESTED -> "UNTESTED " + rule + " (no fixture)";
        };
    }
}
