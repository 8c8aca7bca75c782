package org.framecheck.facts;

import java.util.List;
import org.framecheck.document.Document;

/** Everything extracted from one document: what the rules see, and what reports draw on. */
public record DocumentFacts(Document document, Article article, List<Token> tokens, List<Sentence> sentences,
                            List<Quote> quotes, List<Attribution> attributions, List<TermMatch> terms,
                            List<Source> sources) {
    public DocumentFacts {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        quotes = List.copyOf(quotes);
        attributions = List.copyOf(attributions);
        terms = List.copyOf(terms);
        sources = List.copyOf(sources);
    }

    /** The sentence that contains {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** The direct quote whose words contain {@code [start, end)}, or null. */
    public Quote quoteCovering(int start, int end) {
        for (Quote q : quotes) {
            if (q.covers(start, end)) {
                return q;
            }
        }
        return null;
    }
}
