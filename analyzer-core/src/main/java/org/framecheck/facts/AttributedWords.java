package org.framecheck.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an attribution's words begin and end: a quotation beside it, the rest of the sentence after
 * it, the words before a closing one ("…, the group said on Thursday"), the whole sentence around a
 * parenthetical one ("The plan, he said, would…"), cut short where another source takes the word.
 */
final class AttributedWords {

    private AttributedWords() {
    }

    /** Words that open a trailing adverbial after a closing attribution: "…, the group said on Thursday." */
    private static final java.util.Set<String> TRAILING = java.util.Set.of("on", "in", "at", "late", "earlier",
            "last", "this", "after", "during", "via", "through", "from", "to", "when", "while", "before", "yesterday",
            "today", "tonight", "overnight", "recently", "again", "too", "also");

    /**
     * The attributed words: a quotation right after or right before the attribution; else, for an
     * attribution that opens the sentence or is followed by a clause ("Sudani said Iraq seeks…",
     * "which he said has helped…"), the rest of the sentence; for one that closes it ("…, the group
     * reported on Thursday."), the words before it.
     */
    private static int firstToken(List<Token> tokens, Sentence sentence, int start) {
        int i = sentence.firstToken();
        while (i < sentence.endToken() && tokens.get(i).start() < start) {
            i++;
        }
        return i;
    }

    static int[] claim(List<Token> tokens, Sentence sentence, int start, int end, int lastToken, boolean according,
                       List<QuoteFinder.Span> quotes) {
        for (QuoteFinder.Span q : quotes) {
            if (q.end() <= sentence.start() || q.start() >= sentence.end()) {
                continue; // a quotation in another paragraph or sentence is not this attribution's
            }
            boolean after = q.start() >= end && wordsBetween(tokens, sentence, end, q.start()) <= 2;
            boolean before = q.end() <= start && start - q.end() <= 4;
            if (after || before) {
                return new int[] {q.start() + 1, q.contentEnd()};
            }
        }
        boolean opensSentence = true;
        for (int i = sentence.firstToken(); i < sentence.endToken() && tokens.get(i).start() < start; i++) {
            if (tokens.get(i).isWord()) {
                opensSentence = false;
                break;
            }
        }
        if (!opensSentence && parenthetical(tokens, sentence, start, lastToken)) {
            return new int[] {sentence.start(), sentence.end()}; // "Before now, he said, Apple has been seen as…"
        }
        // "…would reject it, according to a poll posing the question…": the words before the comma
        boolean afterComma = according && !opensSentence && firstToken(tokens, sentence, start) > sentence.firstToken()
                && tokens.get(firstToken(tokens, sentence, start) - 1).norm().equals(",");
        if (!afterComma && (opensSentence || !closesSentence(tokens, sentence, lastToken))) {
            int from = lastToken + 1 < sentence.endToken() ? tokens.get(lastToken + 1).start() : sentence.end();
            return new int[] {Math.min(from, sentence.end()), sentence.end()};
        }
        int claimEnd = sentence.start();
        for (int i = sentence.firstToken(); i < sentence.endToken() && tokens.get(i).end() <= start; i++) {
            if (tokens.get(i).isWord()) {
                claimEnd = tokens.get(i).end();
            }
        }
        return new int[] {sentence.start(), claimEnd};
    }

    /** How many words stand between offsets {@code from} and {@code to} in the sentence: "said on Friday: '…'" has two. */
    private static int wordsBetween(List<Token> tokens, Sentence sentence, int from, int to) {
        int words = 0;
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= from && t.end() <= to && t.isWord() && !t.norm().equals("that")) {
                words++;
            }
        }
        return words;
    }

    /** The attribution stands between commas inside the sentence, words on both sides: "But, he added, the console…". */
    private static boolean parenthetical(List<Token> tokens, Sentence sentence, int start, int lastToken) {
        int before = -1;
        for (int i = sentence.firstToken(); i < sentence.endToken() && tokens.get(i).end() <= start; i++) {
            before = i;
        }
        int after = lastToken + 1;
        return before >= 0 && tokens.get(before).norm().equals(",")
                && after + 1 < sentence.endToken() && tokens.get(after).norm().equals(",") && tokens.get(after + 1).isWord();
    }

    /** Nothing but punctuation or a short adverbial ("on Thursday", "in a statement") follows. */
    private static boolean closesSentence(List<Token> tokens, Sentence sentence, int lastToken) {
        int next = lastToken + 1;
        if (next >= sentence.endToken() || !tokens.get(next).isWord()) {
            return true;
        }
        int words = 0;
        for (int i = next; i < sentence.endToken(); i++) {
            if (tokens.get(i).isWord()) {
                words++;
            } else if (!tokens.get(i).norm().equals("'s")) {
                break;
            }
        }
        return words <= 5 && TRAILING.contains(tokens.get(next).norm());
    }

    /** Words that join a clause of its own after a comma: "…, and many commentators believe…". */
    private static final java.util.Set<String> CLAUSE_JOINS = java.util.Set.of("and", "but", "while", "whereas",
            "although", "though", "yet");

    /**
     * A claim that runs to the end of the sentence stops where another source takes the word in a
     * clause of its own: in "The White House will announce its budget on Monday, and many
     * commentators believe the deficit will remain…" the deficit is the commentators' claim, not the
     * White House's; in "The attack, he says, is the latest example - a by-product, he claims, of…" the
     * second verb is the outlet's word again. A source inside the claim without a clause break
     * ("Sudani said the US, which critics say…") is reported speech and stays in it.
     */
    static List<Attribution> endAtNextSpeaker(List<Attribution> attributions, List<Token> tokens, List<Sentence> sentences) {
        List<Attribution> out = new ArrayList<>(attributions.size());
        for (Attribution a : attributions) {
            Sentence sentence = sentences.get(a.sentence());
            int end = a.claimEnd();
            int from = Math.max(a.claimStart(), a.end()); // a parenthetical's claim also runs before it
            if (a.claimEnd() == sentence.end()) {
                for (Attribution b : attributions) {
                    // "said he appreciated the concerns, but insisted that…": the second verb is the outlet's choice again
                    boolean joined = b.form() == Attribution.Form.PARTICIPLE && b.firstToken() > sentence.firstToken()
                            && AttributionFinder.COORDINATORS.contains(tokens.get(b.firstToken() - 1).norm());
                    boolean ownClause = b.form() == Attribution.Form.SOURCE_VERB || b.form() == Attribution.Form.ACCORDING_TO || joined;
                    if (b.sentence() == a.sentence() && ownClause && b.start() > from && b.start() < end) {
                        int boundary = joined ? b.firstToken() - 1 : clauseBreakBefore(tokens, sentence, b.firstToken());
                        if (boundary >= 0 && tokens.get(boundary).start() > from) {
                            end = lastWordEndBefore(tokens, sentence, boundary, from);
                        }
                    }
                }
            }
            if (end == a.claimEnd()) {
                out.add(a);
            } else {
                Attribution.Builder b = a.toBuilder();
                b.claimEnd = end;
                out.add(b.build());
            }
        }
        return out;
    }

    /** The comma or semicolon that opens the clause starting at token {@code first} (", observers said", ", and many believe"), or -1. */
    private static int clauseBreakBefore(List<Token> tokens, Sentence sentence, int first) {
        int i = first - 1;
        boolean joined = i > sentence.firstToken() && CLAUSE_JOINS.contains(tokens.get(i).norm());
        if (joined) {
            i--;
        }
        if (i <= sentence.firstToken()) {
            return -1;
        }
        String mark = tokens.get(i).norm();
        if (!joined && mark.equals(",") && tokens.get(i - 1).capitalized() && tokens.get(first).capitalized()) {
            return -1; // a name in apposition: "the Lord Chancellor, Lord Falconer, was insisting"
        }
        return mark.equals(",") || mark.equals(";") ? i : -1;
    }

    private static int lastWordEndBefore(List<Token> tokens, Sentence sentence, int boundary, int floor) {
        for (int i = boundary - 1; i >= sentence.firstToken() && tokens.get(i).start() >= floor; i--) {
            if (tokens.get(i).isWord()) {
                return tokens.get(i).end();
            }
        }
        return floor;
    }
}
