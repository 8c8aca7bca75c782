package org.framecheck.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.framecheck.document.Block;
import org.framecheck.document.Document;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;

/**
 * An article as its report page shows it: the prose, paragraph by paragraph, cut into segments at
 * every finding's start and end, each segment knowing which findings cover it (so overlapping
 * findings both show). Built while the run goes on and dropped once its page is written.
 *
 * @param path       the article's path
 * @param title      its title
 * @param page       the page's file name in the report folder
 * @param paragraphs its blocks of prose
 * @param highlights the indices of the findings that show in the text
 */
public record ArticleView(String path, String title, String page, List<Paragraph> paragraphs, Set<Integer> highlights) {

    public ArticleView {
        paragraphs = List.copyOf(paragraphs);
        highlights = Set.copyOf(highlights);
    }

    /** A block of prose; {@code kind} is the block kind in lower case ({@code paragraph}, {@code heading}…). */
    public record Paragraph(String kind, List<Segment> segments) {
    }

    /**
     * A run of text and the indices (into the document's findings) of the findings that cover it.
     *
     * @param text     the text
     * @param findings the findings that cover it, in report order
     * @param starts   the findings whose first segment this is, so the page can anchor each finding once
     */
    public record Segment(String text, List<Integer> findings, List<Integer> starts) {
        public Segment {
            findings = List.copyOf(findings);
            starts = List.copyOf(starts);
        }

        public boolean flagged() {
            return !findings.isEmpty();
        }

        /** Whether more than one finding covers this text, so the page shows them all. */
        public boolean overlapping() {
            return findings.size() > 1;
        }
    }

    /** The id of finding {@code index}'s entry in the page's findings list; the overview links to it. */
    public static String findingId(int index) {
        return "f-" + index;
    }

    /** Whether finding {@code index} shows in the text (a finding outside every prose block has no highlight). */
    public boolean highlighted(int index) {
        return highlights.contains(index);
    }

    /** A link from this page to a rule's entry in the rule catalog. */
    public String ruleLink(String ruleId) {
        return root() + ReportPaths.ruleLink(ruleId);
    }

    /** The way back from this page to the report folder ({@code ../../} for {@code articles/world/x.html}). */
    public String root() {
        return "../".repeat((int) page.chars().filter(c -> c == '/').count());
    }

    /**
     * Cuts each block at the findings that overlap it. Only the findings that can reach a block are
     * looked at (those starting at most the longest finding's length before it), so a long document
     * with many findings costs time in proportion to its size, not to blocks times findings.
     */
    public static ArticleView of(Document document, DocumentResult result) {
        List<Finding> findings = result.findings();
        Integer[] byStart = new Integer[findings.size()];
        int longest = 0;
        for (int i = 0; i < byStart.length; i++) {
            byStart[i] = i;
            longest = Math.max(longest, findings.get(i).end() - findings.get(i).start());
        }
        java.util.Arrays.sort(byStart, java.util.Comparator.comparingInt((Integer i) -> findings.get(i).start()).thenComparingInt(i -> i));
        int[] starts = new int[byStart.length];
        for (int i = 0; i < byStart.length; i++) {
            starts[i] = findings.get(byStart[i]).start();
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        Set<Integer> started = new HashSet<>();
        for (Block block : document.blocks()) {
            List<Integer> near = new ArrayList<>();
            for (int k = firstAtOrAfter(starts, block.start() - longest); k < starts.length && starts[k] < block.end(); k++) {
                Finding f = findings.get(byStart[k]);
                if (f.end() > block.start()) {
                    near.add(byStart[k]);
                }
            }
            near.sort(null);
            TreeSet<Integer> cuts = new TreeSet<>();
            cuts.add(block.start());
            cuts.add(block.end());
            for (int i : near) {
                Finding f = findings.get(i);
                cuts.add(Math.max(f.start(), block.start()));
                cuts.add(Math.min(f.end(), block.end()));
            }
            List<Segment> segments = new ArrayList<>();
            Integer from = null;
            for (int cut : cuts) {
                if (from != null && cut > from) {
                    List<Integer> covering = new ArrayList<>();
                    for (int i : near) {
                        if (findings.get(i).start() <= from && findings.get(i).end() >= cut) {
                            covering.add(i);
                        }
                    }
                    List<Integer> segmentStarts = new ArrayList<>();
                    for (int i : covering) {
                        if (started.add(i)) {
                            segmentStarts.add(i);
                        }
                    }
                    segments.add(new Segment(collapse(document.readableProse(from, cut)), covering, segmentStarts));
                }
                from = cut;
            }
            paragraphs.add(new Paragraph(block.kind().name().toLowerCase(java.util.Locale.ROOT), segments));
        }
        return new ArticleView(result.path(), result.title(), ReportPaths.articlePage(result.path()), paragraphs, started);
    }

    private static int firstAtOrAfter(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Masked markup leaves runs of spaces and line breaks; a page shows them as one space. */
    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
