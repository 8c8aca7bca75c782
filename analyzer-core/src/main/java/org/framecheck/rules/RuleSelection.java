package org.framecheck.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framecheck.findings.Severity;

/**
 * Which rules a run reports and at what severity, as a build configures it: rules switched off,
 * categories kept, severities overridden by rule id or by category.
 *
 * @param disabledRules      rule ids not to report
 * @param categories         categories to report; empty means all
 * @param severityOverrides  severity by rule id or category (a rule id wins over its category)
 */
public record RuleSelection(Set<String> disabledRules, Set<String> categories, Map<String, Severity> severityOverrides) {

    public static final RuleSelection ALL = new RuleSelection(Set.of(), Set.of(), Map.of());

    public RuleSelection {
        disabledRules = Set.copyOf(disabledRules);
        categories = Set.copyOf(categories);
        severityOverrides = Map.copyOf(severityOverrides);
    }

    /**
     * The rule set with this selection applied: the same compiled rules, with the metadata of
     * switched-off rules removed (the collector reports nothing for them) and severities overridden.
     *
     * @throws IllegalArgumentException naming every unknown rule id or category
     */
    public RuleSet applyTo(RuleSet rules) {
        Set<String> knownCategories = Set.copyOf(rules.categories());
        List<String> unknown = new ArrayList<>();
        Set<String> ids = rules.rules().keySet();
        java.util.Set<String> idsAndCategories = new java.util.TreeSet<>(ids);
        idsAndCategories.addAll(knownCategories);
        unknown(unknown, "disabledRules", "rule id", disabledRules.stream().filter(id -> !ids.contains(id)), ids,
                " (the rule ids are listed in rules.html of the HTML report)");
        unknown(unknown, "categories", "category", categories.stream().filter(c -> !knownCategories.contains(c)), knownCategories,
                " (known: " + String.join(", ", rules.categories()) + ")");
        unknown(unknown, "severityOverrides", "rule id or category", severityOverrides.keySet().stream()
                .filter(k -> !ids.contains(k) && !knownCategories.contains(k)), idsAndCategories, "");
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", unknown));
        }
        Map<String, RuleMetadata> selected = new LinkedHashMap<>();
        for (RuleMetadata m : rules.rules().values()) {
            if (disabledRules.contains(m.id()) || !categories.isEmpty() && !categories.contains(m.category())) {
                continue;
            }
            Severity severity = severityOverrides.getOrDefault(m.id(), severityOverrides.getOrDefault(m.category(), m.severity()));
            selected.put(m.id(), severity == m.severity() ? m : m.withSeverity(severity));
        }
        return new RuleSet(rules.compiled(), selected, rules.lexicons(), rules.fingerprint(), rules.ruleLists(), rules.origin());
    }

    /**
     * "disabledRules names unknown rule ids 'a' (did you mean b?), 'c' (…)": sorted, so the message is
     * the same every run.
     */
    private static void unknown(List<String> out, String parameter, String what, java.util.stream.Stream<String> names,
                                java.util.Collection<String> known, String hint) {
        List<String> sorted = names.sorted().map(n -> "'" + n + "'" + NearestName.hint(n, known)).toList();
        if (!sorted.isEmpty()) {
            String noun = sorted.size() == 1 ? what : what.endsWith("y") ? what.substring(0, what.length() - 1) + "ies" : what + "s";
            out.add(parameter + " names unknown " + noun + " " + String.join(", ", sorted) + hint);
        }
    }
}
