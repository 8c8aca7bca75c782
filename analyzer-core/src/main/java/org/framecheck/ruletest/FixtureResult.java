package org.framecheck.ruletest;

import java.util.List;
import java.util.Map;
import org.framecheck.rules.RuleProblem;

/**
 * What one rule test produced.
 *
 * @param file        the test file
 * @param rules       the rules it tests, sorted
 * @param marks       how many marks it has per rule under test (rules without marks are tested for
 *                    silence only)
 * @param differences expected-versus-actual findings that disagree, in file order
 * @param problems    what kept the test from running properly: a broken mark, an unknown rule
 */
public record FixtureResult(String file, List<String> rules, Map<String, Integer> marks, List<Difference> differences,
                            List<RuleProblem> problems) {

    public FixtureResult {
        rules = List.copyOf(rules);
        marks = Map.copyOf(marks);
        differences = List.copyOf(differences);
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return differences.isEmpty() && problems.isEmpty();
    }
}
