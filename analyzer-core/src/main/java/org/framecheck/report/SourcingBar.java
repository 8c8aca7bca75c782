package org.framecheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.framecheck.facts.SourceType;
import org.framecheck.findings.SourceSummary;

/**
 * Who an article lets speak, as a 100% stacked bar: one piece per source type, as wide as that type's
 * share of all mentions. The geometry is worked out here, in SVG user units, so that the templates
 * only place what they are given; the pieces' widths add up to exactly {@link #WIDTH}.
 *
 * @param mentions all sources' mentions together
 * @param sources  how many distinct sources the article has
 * @param pieces   one per source type present, in {@link SourceType#PRIORITY} order (unknown types last, by name)
 */
public record SourcingBar(int mentions, int sources, List<Piece> pieces) {

    /** The bar's width in SVG user units. */
    public static final int WIDTH = 300;

    /**
     * One source type's share.
     *
     * @param type     the source type ({@code official}, {@code anonymous}…)
     * @param slot     the suffix of its CSS class {@code st-…}: its position in {@link SourceType#PRIORITY}, or {@code none}
     * @param mentions how often sources of this type are cited
     * @param x        where the piece starts
     * @param width    how wide it is
     */
    public record Piece(String type, String slot, int mentions, int x, int width) {
    }

    /** Source types in {@link SourceType#PRIORITY} order, then types the model does not know, by name. */
    static final Comparator<String> TYPE_ORDER = Comparator.comparingInt(SourcingBar::rank).thenComparing(Comparator.naturalOrder());

    public SourcingBar {
        pieces = List.copyOf(pieces);
    }

    public static SourcingBar of(List<SourceSummary> sources) {
        Map<String, Integer> byType = new LinkedHashMap<>();
        sources.stream()
                .sorted(Comparator.comparing(SourceSummary::type, TYPE_ORDER))
                .forEach(s -> byType.merge(s.type(), s.mentions(), Integer::sum));
        int total = byType.values().stream().mapToInt(Integer::intValue).sum();
        List<Piece> pieces = new ArrayList<>();
        int cumulative = 0;
        int x = 0;
        for (Map.Entry<String, Integer> e : byType.entrySet()) {
            cumulative += e.getValue();
            // Rounding the running total, not each width, keeps the pieces adding up to WIDTH.
            int end = total == 0 ? 0 : (int) Math.round((double) cumulative * WIDTH / total);
            pieces.add(new Piece(e.getKey(), slot(e.getKey()), e.getValue(), x, end - x));
            x = end;
        }
        return new SourcingBar(total, sources.size(), pieces);
    }

    /** The suffix of a source type's CSS class {@code st-…}; {@code none} for a type the stylesheet does not know. */
    public static String slot(String type) {
        int index = SourceType.PRIORITY.indexOf(type);
        return index < 0 ? CategoryPalette.NONE : Integer.toString(index);
    }

    /** {@link #WIDTH}, for templates. */
    public int width() {
        return WIDTH;
    }

    /** {@link #slot(String)}, callable from templates. */
    public String slotOf(String type) {
        return slot(type);
    }

    private static int rank(String type) {
        int index = SourceType.PRIORITY.indexOf(type);
        return index < 0 ? SourceType.PRIORITY.size() : index;
    }
}
