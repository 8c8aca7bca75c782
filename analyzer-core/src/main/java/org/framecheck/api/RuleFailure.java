package org.framecheck.api;

/** Describes an exception thrown while rules ran, naming the rule when Drools tells which. */
final class RuleFailure {

    private RuleFailure() {
    }

    static String describe(RuntimeException e) {
        String rule = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.kie.api.runtime.rule.ConsequenceException ce && ce.getMatch() != null) {
                rule = ce.getMatch().getRule().getName();
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return (rule == null ? "" : "rule '" + rule + "': ") + what.replaceAll("\\s*\\R\\s*", " ");
    }
}
