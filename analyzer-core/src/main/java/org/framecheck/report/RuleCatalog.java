package org.framecheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framecheck.rules.RuleMetadata;

/**
 * The rule catalog page ({@code rules.html}): every active rule, grouped by category in palette
 * order, so the page is a plain loop over groups and each group carries its colour.
 *
 * @param groups one per category, each with its rules sorted by id
 */
public record RuleCatalog(List<Group> groups) {

    /**
     * A category and its rules.
     *
     * @param category the category
     * @param slot     its colour slot
     * @param rules    its rules, by id
     */
    public record Group(String category, String slot, List<RuleMetadata> rules) {
        public Group {
            rules = List.copyOf(rules);
        }
    }

    public RuleCatalog {
        groups = List.copyOf(groups);
    }

    public static RuleCatalog of(List<RuleMetadata> rules) {
        CategoryPalette palette = CategoryPalette.of(rules);
        Map<String, List<RuleMetadata>> byCategory = new TreeMap<>();
        rules.stream().sorted(Comparator.comparing(RuleMetadata::id))
                .forEach(r -> byCategory.computeIfAbsent(r.category(), c -> new ArrayList<>()).add(r));
        List<Group> groups = new ArrayList<>();
        byCategory.forEach((category, members) -> groups.add(new Group(category, palette.slot(category), members)));
        return new RuleCatalog(groups);
    }

    /** How many rules the catalog lists. */
    public int size() {
        return groups.stream().mapToInt(g -> g.rules().size()).sum();
    }
}
