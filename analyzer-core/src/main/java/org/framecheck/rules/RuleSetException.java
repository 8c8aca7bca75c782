package org.framecheck.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rules could not be loaded; every problem found is listed, one per line. */
public final class RuleSetException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<RuleProblem> problems;

    public RuleSetException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
