package org.framecheck.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.framecheck.findings.Finding;
import org.framecheck.rules.RuleMetadata;

/**
 * Which colour each finding category gets. The stylesheet defines {@link #SIZE} colours as classes
 * {@code c-0}, {@code c-1}…; a category's slot is its position among the active rules' categories,
 * sorted by name. So a category keeps its colour from run to run, and a category that a rule author
 * adds tomorrow gets a colour without touching the stylesheet. A category that no active rule has
 * gets {@code none}, the neutral colour.
 *
 * @param categories the active rules' categories, sorted and distinct
 */
public record CategoryPalette(List<String> categories) {

    /** How many category colours {@code framecheck.css} defines; more categories than that share colours. */
    public static final int SIZE = 10;

    /** The slot of a category no active rule has. */
    public static final String NONE = "none";

    public CategoryPalette {
        categories = List.copyOf(new TreeSet<>(categories));
    }

    public static CategoryPalette of(Collection<RuleMetadata> rules) {
        return new CategoryPalette(rules.stream().map(RuleMetadata::category).toList());
    }

    /** {@code "0"}…{@code "9"}, or {@link #NONE}: the suffix of the category's CSS class {@code c-…}. */
    public String slot(String category) {
        int index = categories.indexOf(category);
        return index < 0 ? NONE : Integer.toString(index % SIZE);
    }

    /** The categories of {@code findings}, in palette order, for a page's legend. */
    public List<String> categoriesOf(List<Finding> findings) {
        TreeSet<String> present = new TreeSet<>();
        findings.forEach(f -> present.add(f.category()));
        List<String> ordered = new ArrayList<>();
        for (String c : categories) {
            if (present.remove(c)) {
                ordered.add(c);
            }
        }
        ordered.addAll(present);
        return List.copyOf(ordered);
    }
}
