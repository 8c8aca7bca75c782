package org.framecheck.rules;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The word lists the rules name in {@code TermMatch( list == "x" )} or {@code list in ("x", "y")},
 * read from the rules' parse, so that a commented-out pattern or a string elsewhere names nothing.
 * Only the matches of these lists need to reach the engine.
 */
final class NamedLists {

    private static final Pattern LIST_NAME = Pattern.compile("\\blist\\s*(?:==\\s*\"([^\"]+)\"|in\\s*\\(([^)]*)\\))");

    private NamedLists() {
    }

    /** The lists named; null when some TermMatch pattern names no list, so that every list must reach the engine. */
    static Set<String> of(List<PackageDescr> packages) {
        Set<String> lists = new TreeSet<>();
        for (PackageDescr parsed : packages) {
            for (RuleDescr rule : parsed.getRules()) {
                if (rule.getLhs() != null && !walk(rule.getLhs(), lists)) {
                    return null;
                }
            }
        }
        return lists;
    }

    /** Adds the lists {@code descr} names; false when it holds a TermMatch pattern that names none. */
    private static boolean walk(BaseDescr descr, Set<String> lists) {
        if (descr instanceof PatternDescr pattern) {
            if (FactFields.type(pattern.getObjectType()).filter(org.framecheck.facts.TermMatch.class::equals).isPresent()
                    && !names(pattern, lists)) {
                return false;
            }
            return pattern.getSource() == null || walk(pattern.getSource(), lists);
        }
        if (descr instanceof AccumulateDescr accumulate) {
            return accumulate.getInput() == null || walk(accumulate.getInput(), lists);
        }
        if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                if (!walk(child, lists)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean names(PatternDescr pattern, Set<String> lists) {
        boolean named = false;
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression) {
                Matcher m = LIST_NAME.matcher(expression.getExpression());
                while (m.find()) {
                    named = true;
                    if (m.group(1) != null) {
                        lists.add(m.group(1));
                    } else {
                        for (String name : m.group(2).split(",")) {
                            lists.add(name.strip().replace("\"", ""));
                        }
                    }
                }
            }
        }
        return named;
    }
}
