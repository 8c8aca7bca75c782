package org.framecheck.report;

import java.util.ArrayList;
import java.util.List;
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

    /** A run of text and the indices (into the document's findings) of the findings that cover it. */
    public record Segment(String text, List<Integer> findings) {
        public boolean flagged() {
            return !findings.isEmpty();
        }
    }

    public static ArticleView of(Document document, DocumentResult result) {
        String prose = document.prose();
        List<Finding> findings = result.findings();
        List<Paragraph> paragraphs = new ArrayList<>();
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
                    segments.add(new Segment(collapse(prose.substring(from, cut)), covering));
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
