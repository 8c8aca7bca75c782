package org.framecheck.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Checks that a fact field is compared with a literal of its own type, and a text field with a fixed
 * set of values ({@code TermMatch.list}, {@code Attribution.sourceType}…) with one of them. Drools
 * converts silently: {@code Quote( words == "five" )} or {@code TermMatch( list == "harm-euphemism" )}
 * compiles and then never matches, so the mistake would only show as a rule that never fires.
 */
final class ConstraintCheck {

    private static final String LITERAL = "(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|-?\\d+(?:\\.\\d+)?\\b|true\\b|false\\b)";
    /** {@code field op literal}, the field not part of a path ({@code $x.field}) or a call. */
    private static final Pattern COMPARISON = Pattern.compile(
            "(?<![\\w.$])([A-Za-z_]\\w*)\\s*(==|!=|<=|>=|<|>)\\s*" + LITERAL);
    /** {@code field in ( literal, … )} and {@code not in}. */
    private static final Pattern MEMBERSHIP = Pattern.compile("(?<![\\w.$])([A-Za-z_]\\w*)\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern ONE_LITERAL = Pattern.compile("\\s*" + LITERAL + "\\s*");

    private ConstraintCheck() {
    }

    /**
     * Adds a problem for every literal of the wrong type in {@code rule}'s patterns, and for every
     * text literal a field with a fixed set of values ({@code valueSets}, keyed "Type.field") never takes.
     */
    static void check(String file, RuleDescr rule, List<RuleProblem> problems, Map<String, java.util.Set<String>> valueSets) {
        if (rule.getLhs() != null) {
            walk(file, rule.getLhs(), problems, valueSets);
        }
    }

    private static void walk(String file, BaseDescr descr, List<RuleProblem> problems, Map<String, java.util.Set<String>> valueSets) {
        if (descr instanceof PatternDescr pattern) {
            FactFields.type(pattern.getObjectType()).ifPresent(type -> {
                for (BaseDescr constraint : pattern.getDescrs()) {
                    if (constraint instanceof ExprConstraintDescr expr) {
                        checkExpression(file, type, expr, problems, valueSets);
                    }
                }
            });
            if (pattern.getSource() != null) {
                walk(file, pattern.getSource(), problems, valueSets);
            }
        } else if (descr instanceof AccumulateDescr accumulate) {
            if (accumulate.getInput() != null) {
                walk(file, accumulate.getInput(), problems, valueSets);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                walk(file, child, problems, valueSets);
            }
        }
    }

    private static void checkExpression(String file, Class<?> type, ExprConstraintDescr descr, List<RuleProblem> problems,
                                        Map<String, java.util.Set<String>> valueSets) {
        String expression = descr.getExpression();
        Map<String, Class<?>> fields = FactFields.fields(type);
        Matcher m = COMPARISON.matcher(expression);
        while (m.find()) {
            report(file, type, fields, m.group(1), m.group(3), descr, m.start(3), problems, valueSets);
        }
        Matcher in = MEMBERSHIP.matcher(expression);
        while (in.find()) {
            int offset = in.start(2);
            for (String element : in.group(2).split(",", -1)) {
                Matcher literal = ONE_LITERAL.matcher(element);
                if (literal.matches()) {
                    report(file, type, fields, in.group(1), literal.group(1), descr, offset + literal.start(1), problems, valueSets);
                }
                offset += element.length() + 1;
            }
        }
    }

    private static void report(String file, Class<?> type, Map<String, Class<?>> fields, String field, String literal,
                               ExprConstraintDescr descr, int at, List<RuleProblem> problems,
                               Map<String, java.util.Set<String>> valueSets) {
        Class<?> fieldType = fields.get(field);
        if (fieldType == null) {
            return; // an unknown field: Drools reports it, with the fields listed by RuleSetLoader
        }
        String kind = kind(fieldType);
        String literalKind = literal.startsWith("\"") || literal.startsWith("'") ? "text"
                : literal.equals("true") || literal.equals("false") ? "boolean" : "number";
        String name = type.getSimpleName() + "." + field;
        String message;
        if (kind == null || kind.equals(literalKind)) {
            java.util.Set<String> values = valueSets.get(name);
            if (!literalKind.equals("text") || values == null || values.contains(literal.substring(1, literal.length() - 1))) {
                return;
            }
            String value = literal.substring(1, literal.length() - 1);
            message = "unknown value: " + name + " is never " + literal + NearestName.hint(value, values) + "; "
                    + (values.size() <= 20 ? "its values are " + String.join(", ", new java.util.TreeSet<>(values))
                    : "see rules/README.md for its values");
        } else {
            message = "type mismatch: " + switch (kind) {
                case "number" -> name + " is a number: compare it with a number, not " + literal;
                case "text" -> name + " is text: compare it with a quoted string, not " + literal;
                default -> name + " is true or false: write " + field + " or !" + field + ", not a comparison with " + literal;
            };
        }
        String expression = descr.getExpression();
        int newlines = 0;
        int lineStart = -1;
        for (int i = 0; i < at; i++) {
            if (expression.charAt(i) == '\n') {
                newlines++;
                lineStart = i;
            }
        }
        int column = newlines == 0 ? descr.getColumn() + 1 + at : at - lineStart;
        problems.add(new RuleProblem(file, descr.getLine() + newlines, column, message));
    }

    /** number, text or boolean; null for other types (enums), which the check leaves alone. */
    private static String kind(Class<?> type) {
        if (type == int.class || type == long.class || type == double.class || Number.class.isAssignableFrom(type)) {
            return "number";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        return null;
    }
}
