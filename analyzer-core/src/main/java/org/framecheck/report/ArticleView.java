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
 */
public record ArticleView(String path, String title, String page, List<Paragraph> paragraphs) {

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
        return paragraphs.stream().flatMap(p -> p.segments().stream()).anyMatch(s -> s.starts().contains(index));
    }

    /** A link from this page to a rule's entry in the rule catalog. */
    public String ruleLink(String ruleId) {
        return root() + ReportPaths.ruleLink(ruleId);
    }

    /** The way back from this page to the report folder ({@code ../../} for {@code articles/world/x.html}). */
    public String root() {
        return "../".repeat((int) page.chars().filter(c -> c == '/').count());
    }

    public static ArticleView of(Document document, DocumentResult result) {
        String prose = document.prose();
        List<Finding> findings = result.findings();
        List<Paragraph> paragraphs = new ArrayList<>();
        Set<Integer> started = new HashSet<>();
        for (Block block : document.blocks()) {
            TreeSet<Integer> cuts = new TreeSet<>();
            cuts.add(block.start());
            cuts.add(block.end());
            for (Finding f : findings) {
                if (f.start() < block.end() && f.end() > block.start()) {
                    cuts.add(Math.max(f.start(), block.start()));
                    cuts.add(Math.min(f.end(), block.end()));
                }
            }
            List<Segment> segments = new ArrayList<>();
            Integer from = null;
            for (int cut : cuts) {
                if (from != null && cut > from) {
                    List<Integer> covering = new ArrayList<>();
                    for (int i = 0; i < findings.size(); i++) {
                        if (findings.get(i).start() <= from && findings.get(i).end() >= cut) {
                            covering.add(i);
                        }
                    }
                    List<Integer> starts = new ArrayList<>();
                    for (int i : covering) {
                        if (started.add(i)) {
                            starts.add(i);
                        }
                    }
                    segments.add(new Segment(collapse(prose.substring(from, cut)), covering, starts));
                }
                from = cut;
            }
            paragraphs.add(new Paragraph(block.kind().name().toLowerCase(java.util.Locale.ROOT), segments));
        }
        return new ArticleView(result.path(), result.title(), ReportPaths.articlePage(result.path()), paragraphs);
    }

    /** Masked markup leaves runs of spaces and line breaks; a page shows them as one space. */
    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
