package org.framecheck.ruletest;

import java.util.List;
import org.framecheck.rules.RuleProblem;

/**
 * The outcome of running rule tests: problems that stopped them (rules that do not compile, a test
 * that cannot be read), then one result per rule and per test.
 *
 * @param problems one line each, {@code file:line:column: message}
 * @param rules    one result per rule of the rule set, sorted by id
 * @param fixtures one result per test file, in the order they ran
 */
public record RuleTestReport(List<RuleProblem> problems, List<RuleResult> rules, List<FixtureResult> fixtures) {

    public RuleTestReport {
        problems = List.copyOf(problems);
        rules = List.copyOf(rules);
        fixtures = List.copyOf(fixtures);
    }

    /** Nothing was run because the rules have errors. */
    public static RuleTestReport broken(List<RuleProblem> problems) {
        return new RuleTestReport(problems, List.of(), List.of());
    }

    public boolean passed() {
        return problems.isEmpty() && rules.stream().noneMatch(r -> r.status() == RuleResult.Status.FAIL);
    }

    /** {@code 62 rules: 61 passed, 1 failed, 0 untested; 9 fixtures}. */
    public String summary() {
        return rules.size() + (rules.size() == 1 ? " rule: " : " rules: ") + count(RuleResult.Status.PASS) + " passed, " + count(RuleResult.Status.FAIL)
                + " failed, " + count(RuleResult.Status.UNTESTED) + " untested; " + fixtures.size()
                + (fixtures.size() == 1 ? " fixture" : " fixtures");
    }

    private long count(RuleResult.Status status) {
        return rules.stream().filter(r -> r.status() == status).count();
    }
}
