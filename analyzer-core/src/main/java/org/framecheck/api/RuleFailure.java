package org.framecheck.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Describes an exception thrown while rules ran, naming the rule: from the failed activation when a
 * consequence threw, from Drools' message when a condition did (Drools gives no accessor for it).
 */
final class RuleFailure {

    private static final Pattern CONDITION = Pattern.compile("Error evaluating constraint '(.*?)' in \\[Rule \"(.*?)\"");

    private RuleFailure() {
    }

    static String describe(RuntimeException e) {
        if (e instanceof org.framecheck.rules.RunawayRuleException) {
            return e.getMessage(); // names the rule already
        }
        String rule = null;
        String condition = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.kie.api.runtime.rule.ConsequenceException ce && ce.getMatch() != null) {
                rule = ce.getMatch().getRule().getName();
            }
            Matcher m = CONDITION.matcher(String.valueOf(t.getMessage()));
            if (rule == null && m.find()) {
                rule = m.group(2);
                condition = m.group(1);
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        String where = rule == null ? "" : "rule '" + rule + "'" + (condition == null ? "" : " in condition '" + condition + "'") + ": ";
        return (where + what).replaceAll("\\s*\\R\\s*", " ");
    }
}
