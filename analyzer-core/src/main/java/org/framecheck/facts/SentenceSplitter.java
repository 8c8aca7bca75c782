package org.framecheck.facts;

import java.util.List;
import java.util.Set;

/**
 * Finds sentence ends among a block's tokens. A full stop ends a sentence unless it closes an
 * abbreviation ("Mr.", "Sept.", "No. 2"), an initial ("J. Smith") or an ellipsis inside a sentence,
 * and only when what follows opens a sentence (a capital, a digit, an opening quote).
 */
final class SentenceSplitter {

    /** Abbreviations after which a capitalised word usually continues the sentence. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr",
            "adm", "maj", "brig", "st", "rev", "hon", "pres", "supt", "insp", "det", "cpl", "pvt", "fr", "sr", "jr",
            "messrs", "mt", "ft", "vs", "v", "no", "nos", "art", "fig", "vol", "op", "cf", "approx", "est", "dept",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
            "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va",
            "vt", "wash", "wis", "wyo", "corp", "co", "inc", "ltd", "bros", "e.g", "i.e", "etc", "al");

    /** Words that start a new sentence even after an abbreviation such as "U.S.". */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "this",
            "that", "these", "those", "his", "her", "their", "its", "our", "there", "some", "many", "after", "when",
            "while", "if", "as", "for", "however", "meanwhile", "officials", "earlier", "later");

    private SentenceSplitter() {
    }

    /** Appends the token index after each sentence of {@code tokens[from, to)} to {@code ends}. */
    static void split(List<Token> tokens, int from, int to, List<Integer> ends) {
        int i = from;
        while (i < to) {
            Token token = tokens.get(i);
            if (isTerminal(token)) {
                int close = i + 1;
                while (close < to && isClosing(tokens.get(close)) && tokens.get(close).start() == tokens.get(close - 1).end()) {
                    close++;
                }
                if (close < to && endsSentence(tokens, from, i, close)) {
                    ends.add(close);
                }
                i = close;
            } else {
                i++;
            }
        }
        if (ends.isEmpty() || ends.get(ends.size() - 1) != to) {
            ends.add(to);
        }
    }

    private static boolean endsSentence(List<Token> tokens, int from, int terminal, int next) {
        if (!opensSentence(tokens, next)) {
            return false;
        }
        Token mark = tokens.get(terminal);
        if (mark.isWord()) {
            // "U.S." ends a sentence only before a word that typically opens one.
            Token word = isOpening(tokens.get(next)) ? tokens.get(next + 1) : tokens.get(next);
            return SENTENCE_OPENERS.contains(word.norm());
        }
        if (!mark.text().equals(".") || terminal == from) {
            return true;
        }
        Token before = tokens.get(terminal - 1);
        if (before.end() != mark.start() || !before.isWord()) {
            return true;
        }
        boolean initial = before.norm().length() == 1 && Character.isUpperCase(before.text().charAt(0));
        return !initial && !TITLES.contains(before.norm());
    }

    private static boolean opensSentence(List<Token> tokens, int index) {
        Token t = tokens.get(index);
        if (t.kind() == Token.Kind.NUMBER || isCapitalWord(t)) {
            return true;
        }
        if (isOpening(t) && index + 1 < tokens.size()) {
            Token after = tokens.get(index + 1);
            return isCapitalWord(after) || after.kind() == Token.Kind.NUMBER;
        }
        return false;
    }

    private static boolean isCapitalWord(Token t) {
        return t.kind() == Token.Kind.WORD && Character.isUpperCase(t.text().codePointAt(0));
    }

    private static boolean isTerminal(Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return t.text().endsWith(".") && t.text().length() > 2 && t.text().charAt(t.text().length() - 3) == '.';
        }
        String s = t.text();
        return s.equals(".") || s.equals("!") || s.equals("?") || s.equals("...") || s.equals("\u2026");
    }

    private static boolean isClosing(Token t) {
        String s = t.text();
        return t.kind() == Token.Kind.PUNCT && (s.equals("\"") || s.equals("\u201D") || s.equals("\u2019")
                || s.equals("'") || s.equals(")") || s.equals("]") || s.equals("\u00BB"));
    }

    private static boolean isOpening(Token t) {
        String s = t.text();
        return t.kind() == Token.Kind.PUNCT && (s.equals("\"") || s.equals("\u201C") || s.equals("\u2018")
                || s.equals("'") || s.equals("(") || s.equals("[") || s.equals("\u00AB"));
    }
}
