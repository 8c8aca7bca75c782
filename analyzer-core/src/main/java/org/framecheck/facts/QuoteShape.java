package org.framecheck.facts;

import java.util.List;

/**
 * Whether quoted words are a name or a title rather than a judgement: every word capitalised
 * ("Marshall Plan", "Save Betamax"). Coinages and compounds of nouns stay candidates: "security
 * fence", "re-education" and "model villages" are the stuff of scare quotes as much as "put option"
 * is a term, and nothing in the words tells them apart.
 */
final class QuoteShape {

    private QuoteShape() {
    }

    static boolean isTerm(List<Token> tokens, int from, int to) {
        int words = 0;
        boolean allCapitalised = true;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.possessive()) {
                continue;
            }
            words++;
            allCapitalised &= t.capitalized() || t.kind() == Token.Kind.NUMBER;
        }
        if (words == 0) {
            return false;
        }
        return allCapitalised;
    }
}
