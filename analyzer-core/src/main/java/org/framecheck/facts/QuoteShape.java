package org.framecheck.facts;

import java.util.List;

/**
 * Whether quoted words are a name, a title or a term rather than a judgement: every word
 * capitalised ("Marshall Plan", "Save Betamax"), a hyphenated coinage ("must-have", "have-nots"), or
 * a compound of nouns ("put option", "gamer card", tagged by part of speech). A single common noun
 * or adjective ("reforms", "balanced") is none of these: it is what scare quotes are made of.
 */
final class QuoteShape {

    private QuoteShape() {
    }

    static boolean isTerm(List<Token> tokens, int from, int to, PartsOfSpeech tags) {
        int words = 0;
        boolean allCapitalised = true;
        boolean coinage = false;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.possessive()) {
                continue;
            }
            words++;
            allCapitalised &= t.capitalized() || t.kind() == Token.Kind.NUMBER;
            coinage |= t.text().indexOf('-') > 0;
        }
        if (words == 0) {
            return false;
        }
        if (allCapitalised || coinage && words <= 2) {
            return true;
        }
        if (words < 2 || words > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.possessive()) {
                continue;
            }
            String tag = tags.tag(i);
            if (!tag.equals("noun") && !tag.equals("propn")) {
                return false;
            }
        }
        return true;
    }
}
