package org.framecheck.rules;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderResult;

/**
 * Turns Drools' compile errors into one-line problems a rule author can act on: the place of the
 * mistake rather than of the rule, and the fields or types that would have been right. Drools
 * phrases these for its own developers ("unable to resolve method using strict-mode:
 * org.framecheck.facts.TermMatch.colour()") and often reports line 0 or the rule's first line.
 */
final class DroolsMessages {

    private static final Pattern UNKNOWN_FIELD = Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'");
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):\\s*\\[Error: (.+?)\\]");
    private static final String CONSEQUENCE = "Rule Compilation error";
    /** A call Drools took for a method of the fact because the helper function was not imported. */
    private static final Pattern HELPER_CALL = Pattern.compile("unable to resolve method using strict-mode: [\\w.$]+\\.(\\w+)\\([^)]");
    /** The helper functions rules import from {@link Conditions}. */
    private static final java.util.Set<String> HELPERS = java.util.Arrays.stream(Conditions.class.getDeclaredMethods())
            .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()) && java.lang.reflect.Modifier.isStatic(m.getModifiers()))
            .map(java.lang.reflect.Method::getName).collect(Collectors.toUnmodifiableSet());

    private DroolsMessages() {
    }

    static RuleProblem problem(KnowledgeBuilderResult result, Map<String, RuleFile> files) {
        String file = result.getResource() == null ? "?" : result.getResource().getSourcePath();
        String content = files.containsKey(file) ? files.get(file).content() : "";
        int[] lines = result.getLines();
        int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
        String message = oneLine(result.getMessage());
        if (result instanceof ParserError parserError) {
            return new RuleProblem(file, parserError.getRow(), parserError.getCol() + 1, message.replaceFirst("Line \\d+:\\d+ ", "")
                    + " (syntax errors are reported at the next token: the mistake may be just before it)");
        }
        Matcher field = UNKNOWN_FIELD.matcher(message);
        if (field.find() && FactFields.type(field.group(1)).isPresent()) {
            Class<?> type = FactFields.type(field.group(1)).get();
            return at(file, content, line, field.group(2), type.getSimpleName() + " has no field '" + field.group(2)
                    + "'; its fields are " + String.join(", ", FactFields.fields(type).keySet()));
        }
        Matcher type = UNKNOWN_TYPE.matcher(message);
        if (type.find()) {
            return at(file, content, line, type.group(1), "unknown fact type '" + type.group(1) + "'; rules match "
                    + FactFields.TYPES.stream().map(Class::getSimpleName).collect(Collectors.joining(", "))
                    + " (imported with import org.framecheck.facts.*;)");
        }
        Matcher function = HELPER_CALL.matcher(message);
        if (function.find() && HELPERS.contains(function.group(1))) {
            return at(file, content, line, function.group(1) + "(", "the function '" + function.group(1)
                    + "' is not imported: add 'import function org.framecheck.rules.Conditions." + function.group(1)
                    + ";' after the package line");
        }
        Matcher expression = EXPRESSION.matcher(message);
        if (expression.find()) {
            return at(file, content, line, expression.group(1), "cannot analyse '" + expression.group(1) + "': " + expression.group(2));
        }
        if (message.startsWith(CONSEQUENCE)) {
            int then = consequenceLine(content, line);
            return new RuleProblem(file, then, firstColumn(content, then),
                    "the consequence does not compile: " + message.substring(CONSEQUENCE.length()).strip());
        }
        return new RuleProblem(file, line, firstColumn(content, line), message);
    }

    /** The problem placed at {@code text}: on {@code line} when it is known, else where the text first occurs. */
    private static RuleProblem at(String file, String content, int line, String text, String message) {
        String[] lines = content.split("\r\n|\r|\n", -1);
        Pattern word = Pattern.compile((text.matches("^\\w.*") ? "\\b" : "") + Pattern.quote(text));
        int from = line > 0 && line <= lines.length ? line : 1;
        int to = line > 0 && line <= lines.length ? line : lines.length;
        for (int l = from; l <= to; l++) {
            Matcher m = word.matcher(lines[l - 1]);
            if (m.find()) {
                return new RuleProblem(file, l, m.start() + 1, message);
            }
        }
        return new RuleProblem(file, line, firstColumn(content, line), message);
    }

    /** The line after the {@code then} that follows {@code ruleLine}: where the consequence starts. */
    private static int consequenceLine(String content, int ruleLine) {
        String[] lines = content.split("\r\n|\r|\n", -1);
        for (int l = Math.max(ruleLine, 1); l < lines.length; l++) {
            if (lines[l - 1].strip().equals("then")) {
                return l + 1;
            }
        }
        return ruleLine;
    }

    /** The column of the first non-blank character of {@code line}, or 0 when unknown. */
    private static int firstColumn(String content, int line) {
        String[] lines = content.split("\r\n|\r|\n", -1);
        if (line < 1 || line > lines.length) {
            return 0;
        }
        String text = lines[line - 1];
        int column = 0;
        while (column < text.length() && Character.isWhitespace(text.charAt(column))) {
            column++;
        }
        return column < text.length() ? column + 1 : 0;
    }

    /** Drools' own complaints about a rule id declared twice in one package. */
    static boolean isAboutDuplicate(String message) {
        return message.startsWith("Duplicate rule name") || message.matches(".*The type Rule_\\w+ is already defined.*");
    }

    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
