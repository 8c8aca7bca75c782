package org.framecheck.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.framecheck.findings.Severity;

/** A rule's metadata, read from its annotations ({@code @category}, {@code @severity}, …) with a problem for each one missing or wrong. */
final class RuleMetadataReader {

    private RuleMetadataReader() {
    }

    /** The rule's metadata from its annotations, or a problem naming what is missing or wrong. */
    static Optional<RuleMetadata> read(RuleDescr rule, RuleFile file, List<RuleProblem> problems) {
        Map<String, String> meta = new HashMap<>();
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            meta.put(annotation.getName(), annotationText(annotation.getValue()));
        }
        String id = rule.getName();
        int line = rule.getLine();
        String name = file.name();
        List<String> missing = new ArrayList<>();
        for (String key : List.of("category", "severity", "message", "explanation", "reason", "example", "counterExample")) {
            if (meta.getOrDefault(key, "").isEmpty()) {
                missing.add("@" + key);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new RuleProblem(name, line, 1, "rule '" + id + "' lacks " + String.join(", ", missing)));
            return Optional.empty();
        }
        var severity = Severity.parse(meta.get("severity"));
        if (severity.isEmpty()) {
            problems.add(new RuleProblem(name, line, 1, "rule '" + id + "' has @severity(\""
                    + meta.get("severity") + "\"); expected info, warning or error"));
            return Optional.empty();
        }
        String inQuotes = choice(meta, "inQuotes", "info", List.of("info", "skip", "keep"), id, name, line, problems);
        String scope = inQuotes == null ? null : choice(meta, "scope", "span", List.of("span", "document"), id, name, line, problems);
        String inOpinion = scope == null ? null
                : choice(meta, "inOpinion", "keep", List.of("info", "skip", "keep"), id, name, line, problems);
        if (inOpinion == null) {
            return Optional.empty();
        }
        Severity inHeadline = null;
        if (!meta.getOrDefault("inHeadline", "").isEmpty()) {
            inHeadline = Severity.parse(meta.get("inHeadline")).orElse(null);
            if (inHeadline == null) {
                problems.add(new RuleProblem(name, line, 1, "rule '" + id + "' has @inHeadline(\""
                        + meta.get("inHeadline") + "\"); expected info, warning or error"));
                return Optional.empty();
            }
        }
        return Optional.of(new RuleMetadata(id, meta.get("category"), severity.get(), meta.get("message"),
                meta.get("explanation"), meta.get("reason"), meta.getOrDefault("suggestion", ""), meta.get("example"),
                meta.get("counterExample"), inQuotes, scope, inOpinion, inHeadline, name, line));
    }

    /**
     * An annotation that takes one of a few words: its value, {@code absent} when it is not given, or
     * null with a problem when it is none of them.
     */
    private static String choice(Map<String, String> meta, String key, String absent, List<String> allowed, String id,
                                 String file, int line, List<RuleProblem> problems) {
        String value = meta.getOrDefault(key, "").isEmpty() ? absent : meta.get(key);
        if (allowed.contains(value)) {
            return value;
        }
        problems.add(new RuleProblem(file, line, 1, "rule '" + id + "' has @" + key + "(\"" + value + "\"); expected "
                + String.join(", ", allowed.subList(0, allowed.size() - 1)) + " or " + allowed.get(allowed.size() - 1)));
        return null;
    }

    /** An annotation's value as the rule author meant it: quotes removed, escapes resolved. */
    private static String annotationText(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString().strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }
}
