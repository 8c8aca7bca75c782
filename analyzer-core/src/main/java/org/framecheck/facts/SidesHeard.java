package org.framecheck.facts;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which party the story puts at the centre of its headline or first paragraph without ever letting
 * it speak: the government whose law the protesters march against, the company the union accuses.
 * One-sided sourcing is a story on a contested matter that hears only the other sides.
 */
final class SidesHeard {

    /** Kinds of party whose silence makes a story one-sided; a person or a document is no side. */
    private static final Set<String> SIDES = Set.of(SourceType.OFFICIAL, SourceType.GROUP, SourceType.COMPANY,
            SourceType.COURT_POLICE, "armed");

    private SidesHeard() {
    }

    /**
     * The first party of the headline and first paragraph that no source speaks for, as written
     * ("the government"), or empty.
     */
    static String unheard(List<Token> tokens, List<Sentence> sentences, List<TermMatch> typeMatches, List<Source> sources,
                          List<Quote> quotes, List<Attribution> attributions) {
        if (sources.isEmpty()) {
            return "";
        }
        int ledeBlock = -1;
        for (Sentence s : sentences) {
            if (!s.heading()) {
                ledeBlock = s.block();
                break;
            }
        }
        for (TermMatch m : typeMatches) {
            Sentence s = sentences.get(m.sentence());
            if (!(s.heading() || s.block() == ledeBlock) || !SIDES.contains(m.tag()) || inQuote(quotes, m)
                    || inAttribution(attributions, m)) {
                continue;
            }
            String kind = SourceClassifier.kindOf(m);
            String head = tokens.get(m.lastToken()).norm();
            boolean heard = false;
            for (Source source : sources) {
                String name = source.name().toLowerCase(Locale.ROOT);
                heard |= source.type().equals(kind) || name.contains(head) || source.side().toLowerCase(Locale.ROOT).contains(head);
            }
            if (!heard) {
                return m.text();
            }
        }
        return "";
    }

    private static boolean inQuote(List<Quote> quotes, TermMatch m) {
        for (Quote q : quotes) {
            if (q.covers(m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inAttribution(List<Attribution> attributions, TermMatch m) {
        for (Attribution a : attributions) {
            if (a.sourceStart() <= m.start() && m.end() <= a.sourceEnd()) {
                return true;
            }
        }
        return false;
    }
}
