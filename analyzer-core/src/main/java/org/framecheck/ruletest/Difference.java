package org.framecheck.ruletest;

/**
 * A finding a rule test expected and did not get, or got and did not expect, placed in the test
 * file as its author wrote it (marks included).
 *
 * @param kind   missing or unexpected
 * @param rule   the rule id
 * @param file   the test file
 * @param line   1-based line in the test file
 * @param column 1-based column in the test file
 * @param text   the words marked or flagged
 */
public record Difference(Kind kind, String rule, String file, int line, int column, String text) {

    /** How to read the sign that starts each difference. */
    public static final String LEGEND = "- expected but not found, + found but not expected";

    public enum Kind {
        /** Marked in the test, not found by the rule. */
        MISSING("-"),
        /** Found by the rule, not marked in the test. */
        UNEXPECTED("+");

        private final String sign;

        Kind(String sign) {
            this.sign = sign;
        }

        public String sign() {
            return sign;
        }
    }

    /** {@code - rules/x/tests/a.txt:3:14 [claim-verb] claimed}, as a diff shows a line. */
    @Override
    public String toString() {
        return kind.sign() + " " + file + ":" + line + ":" + column + " [" + rule + "] " + text;
    }
}
