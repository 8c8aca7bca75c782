package org.framecheck.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Word-list matches ordered by their first token, so that the matches inside a token range are found
 * by binary search: the sourcing model asks for them once per attribution, and a scan of every match
 * each time would make long documents quadratic.
 */
final class MatchIndex {

    private final List<TermMatch> matches;

    MatchIndex(List<TermMatch> matches) {
        List<TermMatch> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingInt(TermMatch::firstToken));
        this.matches = sorted;
    }

    /** The matches lying wholly within tokens {@code [from, to)}, in order. */
    List<TermMatch> within(int from, int to) {
        int i = firstAtOrAfter(from);
        List<TermMatch> found = new ArrayList<>();
        for (; i < matches.size() && matches.get(i).firstToken() < to; i++) {
            if (matches.get(i).lastToken() < to) {
                found.add(matches.get(i));
            }
        }
        return found;
    }

    /** The matches that cover token {@code index}; a match spans at most a few tokens. */
    List<TermMatch> covering(int index) {
        List<TermMatch> found = new ArrayList<>();
        for (TermMatch m : within(Math.max(0, index - 8), index + 1)) {
            if (m.lastToken() >= index) {
                found.add(m);
            }
        }
        return found;
    }

    private int firstAtOrAfter(int token) {
        return Sorted.firstAtOrAfter(matches, TermMatch::firstToken, token);
    }
}
