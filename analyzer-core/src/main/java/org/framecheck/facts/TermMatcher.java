package org.framecheck.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.framecheck.lexicon.Lexicon;
import org.framecheck.lexicon.LexiconEntry;

/**
 * Finds every word-list term in a token stream in one pass: entries are indexed by their first word
 * (or by word ending, for {@code *-backed}), so each token costs one hash lookup. Within one list,
 * overlapping matches keep the longest.
 *
 * <p>An entry's sense tests look at the construction, not at nearby words: {@code not-before} and
 * {@code not-after} phrases must touch the term ("called for", "tax regime"), {@code not-object}
 * tests the head of the noun phrase the term governs ("claimed the men's title", but not "claimed
 * the record is patchy", where the noun phrase is the subject of a clause), and {@code pos} the
 * tagged part of speech of the term's first word. Only entries with such tests have words tagged.
 */
public final class TermMatcher {

    private static final int MAX_GAP = 4;
    /** How many words an object's determiners, numbers and modifiers may take before its head. */
    private static final int OBJECT_WORDS = 5;

    /** A word-list entry ready to match; {@code suffix} is the ending of a {@code *-backed} first element. */
    private record Compiled(String list, LexiconEntry entry, String suffix) {
        Compiled(String list, LexiconEntry entry) {
            this(list, entry, LexiconEntry.isSuffix(entry.pattern().get(0)) ? entry.pattern().get(0).substring(1) : null);
        }
    }

    private final Map<String, List<Compiled>> byFirstWord = new HashMap<>();
    /**
     * Entries whose second element is a plain word, by first and then second word: brace groups make
     * hundreds of entries open with "is" or "there", and a token should try only those its next word fits.
     */
    private final Map<String, Map<String, List<Compiled>>> byFirstTwoWords = new HashMap<>();
    private final List<Compiled> bySuffix = new ArrayList<>();
    private final java.util.Set<String> keepOverlaps;

    /** A matcher whose every list keeps only the longest of overlapping matches. */
    public TermMatcher(Collection<Lexicon> lexicons) {
        this(lexicons, java.util.Set.of());
    }

    /**
     * @param keepOverlaps lists that keep every match, overlapping or not: lists that classify
     *                     ("the World Health Organization" is both "the * organization" and an expert
     *                     body) rather than flag
     */
    public TermMatcher(Collection<Lexicon> lexicons, java.util.Set<String> keepOverlaps) {
        this.keepOverlaps = java.util.Set.copyOf(keepOverlaps);
        for (Lexicon lexicon : lexicons) {
            for (LexiconEntry entry : lexicon.entries()) {
                Compiled compiled = new Compiled(lexicon.name(), entry);
                String first = entry.pattern().get(0);
                if (LexiconEntry.isSuffix(first)) {
                    bySuffix.add(compiled);
                } else if (entry.pattern().size() > 1 && isPlainWord(entry.pattern().get(1))) {
                    byFirstTwoWords.computeIfAbsent(first, k -> new HashMap<>())
                            .computeIfAbsent(entry.pattern().get(1), k -> new ArrayList<>()).add(compiled);
                } else {
                    byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(compiled);
                }
            }
        }
    }

    /** All matches in {@code tokens[from, to)}, which must lie within one sentence, in token order. */
    public void match(List<Token> tokens, int from, int to, String text, List<TermMatch> out) {
        match(tokens, from, to, text, out, new PartsOfSpeech(tokens));
    }

    /** Like {@link #match(List, int, int, String, List)}, tagging words with {@code tags} where an entry asks. */
    void match(List<Token> tokens, int from, int to, String text, List<TermMatch> out, PartsOfSpeech tags) {
        int listStart = out.size();
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            List<Compiled> candidates = byFirstWord.get(token.norm());
            if (candidates != null) {
                for (Compiled c : candidates) {
                    tryMatch(c, tokens, i, from, to, text, out, tags);
                }
            }
            Map<String, List<Compiled>> bySecond = i + 1 < to ? byFirstTwoWords.get(token.norm()) : null;
            List<Compiled> pairs = bySecond == null ? null : bySecond.get(tokens.get(i + 1).norm());
            if (pairs != null) {
                for (Compiled c : pairs) {
                    tryMatch(c, tokens, i, from, to, text, out, tags);
                }
            }
            if (!bySuffix.isEmpty() && token.isWord()) {
                String norm = token.norm();
                for (Compiled c : bySuffix) {
                    if (norm.length() > c.suffix().length() && norm.endsWith(c.suffix())) {
                        tryMatch(c, tokens, i, from, to, text, out, tags);
                    }
                }
            }
        }
        if (out.size() - listStart > 1) {
            keepLongestPerList(out, listStart);
        }
    }

    private void tryMatch(Compiled c, List<Token> tokens, int i, int from, int to, String text, List<TermMatch> out,
                          PartsOfSpeech tags) {
        int last = matchFrom(c.entry().pattern(), 0, tokens, i, to);
        if (last < 0) {
            return;
        }
        LexiconEntry e = c.entry();
        // Words a trailing "_" or "^" matched count as context: "*-backed _ | not-before=lender" keeps
        // "state-backed lender" out.
        int contextStart = last + 1 - trailingSlots(e.pattern());
        if (startsWithAny(e.notBefore(), tokens, contextStart, to) || endsWithAny(e.notAfter(), tokens, from, i)) {
            return;
        }
        if (!e.pos().isEmpty() && !e.pos().contains(coarse(tags.tag(i)))) {
            return;
        }
        if (!e.notObject().isEmpty()) {
            String head = objectHead(tokens, tags, contextStart, to);
            if (!head.isEmpty() && (e.notObject().contains(head) || e.notObject().contains(LexiconEntry.GAP))) {
                return;
            }
        }
        Token first = tokens.get(i);
        Token end = tokens.get(last);
        out.add(new TermMatch(c.list(), e.term(), e.suggestion(), e.tag(), e.note(), first.start(), end.end(),
                text.substring(first.start(), end.end()), first.sentence(), i, last, -1, false, false,
                inName(tokens, i, last, from), bare(tokens, i, last, from), false));
    }

    /** Every word capitalised, and the first not the sentence's first word: a name or title ("Grand Slam"). */
    private static boolean inName(List<Token> tokens, int first, int last, int sentenceStart) {
        boolean opens = true;
        for (int k = sentenceStart; k < first; k++) {
            if (tokens.get(k).isWord()) {
                opens = false;
                break;
            }
        }
        if (opens) {
            return false;
        }
        for (int k = first; k <= last; k++) {
            if (tokens.get(k).isWord() && !tokens.get(k).capitalized()) {
                return false;
            }
        }
        return true;
    }

    /** Words before a noun that make it point at particular people or things. */
    private static final java.util.Set<String> POINTING = java.util.Set.of("the", "these", "those", "this", "that",
            "its", "their", "his", "her", "our", "'s", "'", "a", "an", "some", "several", "many", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "suspected", "alleged", "armed");

    /**
     * A plural ("terrorists") with no article, possessive, number or name among the few words before it
     * (or in the term itself: "Iranian-backed militias"): a class in general.
     */
    private static boolean bare(List<Token> tokens, int first, int last, int sentenceStart) {
        Token head = tokens.get(last);
        if (!head.norm().endsWith("s") || head.norm().endsWith("ss")) {
            return false;
        }
        for (int k = first - 1; k >= first - 3; k--) {
            if (k < sentenceStart || tokens.get(k).norm().equals(",") || tokens.get(k).norm().equals(";")) {
                return false; // "Militants attacked…", "In Darfur, state-backed militias burned…": the subject of a clause
            }
            if (!tokens.get(k).isWord() || !(tokens.get(k).capitalized() || tokens.get(k).norm().endsWith("ed")
                    || tokens.get(k).text().indexOf('-') > 0)) {
                break; // only modifiers may stand between the clause's start and its subject: "Masked thugs"
            }
        }
        for (int k = first; k < last; k++) {
            if (tokens.get(k).capitalized()) {
                return false;
            }
        }
        for (int k = first - 1; k >= Math.max(sentenceStart, first - 3); k--) {
            Token t = tokens.get(k);
            if (!t.isWord() && !t.possessive()) {
                break;
            }
            if (POINTING.contains(t.norm()) || t.capitalized() && k > sentenceStart || t.kind() == Token.Kind.NUMBER) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlainWord(String element) {
        return !element.equals(LexiconEntry.GAP) && !element.equals(LexiconEntry.ANY_WORD)
                && !element.equals(LexiconEntry.CAPITALIZED) && !element.equals(LexiconEntry.NUMBER)
                && !LexiconEntry.isSuffix(element);
    }

    private static int trailingSlots(List<String> pattern) {
        int slots = 0;
        for (int i = pattern.size() - 1; i >= 0; i--) {
            String element = pattern.get(i);
            if (!element.equals(LexiconEntry.ANY_WORD) && !element.equals(LexiconEntry.CAPITALIZED)
                    && !element.equals(LexiconEntry.NUMBER)) {
                break;
            }
            slots++;
        }
        return slots;
    }

    /** Index of the last token matched by {@code pattern[p..]} starting at token {@code t}, or -1. */
    private static int matchFrom(List<String> pattern, int p, List<Token> tokens, int t, int to) {
        if (p == pattern.size()) {
            return t - 1;
        }
        String element = pattern.get(p);
        if (element.equals(LexiconEntry.GAP)) {
            for (int gap = 1; gap <= MAX_GAP && t + gap <= to; gap++) {
                if (!tokens.get(t + gap - 1).isWord()) {
                    return -1;
                }
                int end = matchFrom(pattern, p + 1, tokens, t + gap, to);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (t >= to) {
            return -1;
        }
        Token token = tokens.get(t);
        boolean ok;
        if (element.equals(LexiconEntry.ANY_WORD)) {
            ok = token.isWord();
        } else if (element.equals(LexiconEntry.NUMBER)) {
            ok = token.kind() == Token.Kind.NUMBER;
        } else if (element.equals(LexiconEntry.CAPITALIZED)) {
            ok = token.capitalized() && !isFirstWord(tokens, t); // a sentence's first word is capitalised anyway
        } else if (LexiconEntry.isSuffix(element)) {
            ok = token.isWord() && token.norm().endsWith(element.substring(1)) && token.norm().length() >= element.length();
        } else {
            ok = token.norm().equals(element);
        }
        return ok ? matchFrom(pattern, p + 1, tokens, t + 1, to) : -1;
    }

    private static boolean isFirstWord(List<Token> tokens, int t) {
        int sentence = tokens.get(t).sentence();
        for (int i = t - 1; i >= 0 && tokens.get(i).sentence() == sentence; i--) {
            if (tokens.get(i).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** True when one of {@code phrases} starts at token {@code at}. */
    private static boolean startsWithAny(List<List<String>> phrases, List<Token> tokens, int at, int to) {
        for (List<String> phrase : phrases) {
            if (at < to && matchFrom(phrase, 0, tokens, at, to) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when one of {@code phrases} ends right before token {@code at}. */
    private static boolean endsWithAny(List<List<String>> phrases, List<Token> tokens, int from, int at) {
        for (List<String> phrase : phrases) {
            int start = at - phrase.size();
            if (start >= from && matchFrom(phrase, 0, tokens, start, at) == at - 1) {
                return true;
            }
        }
        return false;
    }

    /** The word-list part of speech of a tag: "aux" counts as a verb. */
    private static String coarse(String tag) {
        return tag.equals("aux") ? "verb" : tag;
    }

    /**
     * The head of the noun phrase that starts at {@code at}: its last noun after determiners,
     * possessives, numbers and modifiers; empty when there is none, or when a verb follows it and the
     * phrase is the subject of a clause ("claimed the record is patchy").
     */
    private static String objectHead(List<Token> tokens, PartsOfSpeech tags, int at, int to) {
        String head = "";
        int i = at;
        for (; i < to && i < at + OBJECT_WORDS + 1; i++) {
            Token t = tokens.get(i);
            String tag = tags.tag(i);
            if (t.possessive() || tag.equals("det") || tag.equals("num") || tag.equals("adj") || tag.equals("pron")
                    && (t.norm().equals("its") || t.norm().equals("their") || t.norm().equals("his")
                    || t.norm().equals("her") || t.norm().equals("our") || t.norm().equals("my"))) {
                continue;
            }
            if (tag.equals("noun") || tag.equals("propn")) {
                head = t.norm();
                continue;
            }
            break;
        }
        if (!head.isEmpty() && i < to) {
            String next = tags.tag(i);
            // a participle after the noun modifies it ("wrote articles highlighting its faults")
            if ((next.equals("verb") || next.equals("aux")) && !tokens.get(i).norm().endsWith("ing")) {
                return "";
            }
        }
        return head;
    }

    private void keepLongestPerList(List<TermMatch> out, int from) {
        List<TermMatch> found = new ArrayList<>(out.subList(from, out.size()));
        out.subList(from, out.size()).clear();
        found.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        Map<String, Integer> reachedByList = new HashMap<>();
        for (TermMatch m : found) {
            if (keepOverlaps.contains(m.list())) {
                out.add(m);
                continue;
            }
            Integer reached = reachedByList.get(m.list());
            if (reached != null && m.start() < reached) {
                continue;
            }
            reachedByList.put(m.list(), m.end());
            out.add(m);
        }
    }
}
