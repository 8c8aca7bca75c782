package org.framecheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart, laid out here so that the template only draws it as inline SVG: labels in a
 * left column wide enough for the longest label, bars scaled to the largest count, the count just
 * after each bar. All numbers are SVG user units, rounded to whole units so output is stable.
 *
 * @param width     the chart's width
 * @param height    the chart's height
 * @param labelX    where labels end (they are right-aligned against the bars)
 * @param barX      where bars start
 * @param barHeight each bar's height
 * @param bars      one per entry, in the order given
 */
public record BarChart(int width, int height, int labelX, int barX, int barHeight, List<Bar> bars) {

    static final int ROW = 28;
    static final int BAR_HEIGHT = 18;
    static final int BAR_AREA = 360;
    /** Room after the longest bar for its count. */
    static final int COUNT_AREA = 48;
    /** Approximate width of one character of a 14px system-font label. */
    static final int CHAR_WIDTH = 8;
    static final int MIN_LABEL = 96;
    static final int MAX_LABEL = 320;

    /**
     * One bar.
     *
     * @param label  what it counts
     * @param slot   the suffix of its colour class {@code c-…}
     * @param count  the count
     * @param y      its top
     * @param textY  the baseline of its label and count
     * @param width  its length; at least 2 for a non-zero count so that it stays visible
     * @param countX where its count is written
     */
    public record Bar(String label, String slot, int count, int y, int textY, int width, int countX) {
    }

    public BarChart {
        bars = List.copyOf(bars);
    }

    /** A chart of {@code counts} (label to count, in the order to draw), bars coloured by {@code palette}. */
    public static BarChart of(Map<String, Integer> counts, CategoryPalette palette) {
        int longest = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        int labelX = Math.max(MIN_LABEL, Math.min(MAX_LABEL, longest * CHAR_WIDTH));
        int barX = labelX + 8;
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int count = e.getValue();
            int width = max == 0 ? 0 : Math.max(count == 0 ? 0 : 2, (int) Math.round((double) count * BAR_AREA / max));
            bars.add(new Bar(e.getKey(), palette.slot(e.getKey()), count, y, y + 14, width, barX + width + 6));
            y += ROW;
        }
        return new BarChart(barX + BAR_AREA + COUNT_AREA, Math.max(y, ROW), labelX, barX, BAR_HEIGHT, bars);
    }
}
