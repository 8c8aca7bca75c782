package org.framecheck.ruletest;

import java.util.List;
import java.util.Set;

/**
 * Which rule tests to run and which rules to report, for a rule author working on one rule: by rule
 * id ({@code claim-verb}) and by test file, named by its path or its end ({@code tests/labels.txt}).
 * Empty means all.
 */
public record RuleTestSelection(Set<String> rules, List<String> tests) {

    public static final RuleTestSelection ALL = new RuleTestSelection(Set.of(), List.of());

    public RuleTestSelection {
        rules = Set.copyOf(rules);
        tests = tests.stream().map(RuleTestSelection::slashes).toList();
    }

    public boolean includesRule(String rule) {
        return rules.isEmpty() || rules.contains(rule);
    }

    /** A test is named by its whole path or by its last path elements. */
    public boolean includesTest(String file) {
        return tests.isEmpty() || tests.stream().anyMatch(t -> names(file, t));
    }

    static boolean names(String file, String test) {
        String path = slashes(file);
        return path.equals(test) || path.endsWith("/" + test) || path.endsWith(":" + test);
    }

    private static String slashes(String path) {
        String s = path.replace('\\', '/');
        return s.startsWith("./") ? s.substring(2) : s;
    }
}
