package org.framecheck.rules;

import org.framecheck.facts.Spanned;
import org.framecheck.facts.TokenSpan;

/**
 * Functions DRL rules call to relate two facts by position, imported with
 * {@code import function org.framecheck.rules.Conditions.before;}. Distances count tokens (words and
 * punctuation) between the two facts, within one sentence.
 */
public final class Conditions {

    private Conditions() {
    }

    /** {@code first} ends before {@code second} starts, in the same sentence, at most {@code gap} tokens apart. */
    public static boolean before(TokenSpan first, TokenSpan second, int gap) {
        return first.sentence() == second.sentence() && first.lastToken() < second.firstToken()
                && second.firstToken() - first.lastToken() - 1 <= gap;
    }

    /** {@code first} and {@code second} are in the same sentence, at most {@code gap} tokens apart in either order. */
    public static boolean near(TokenSpan first, TokenSpan second, int gap) {
        return before(first, second, gap) || before(second, first, gap) || overlaps(first, second);
    }

    /** Both facts are in the same sentence. */
    public static boolean sameSentence(TokenSpan first, TokenSpan second) {
        return first.sentence() == second.sentence();
    }

    /** {@code inner} lies within {@code outer}. */
    public static boolean inside(Spanned inner, Spanned outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end();
    }

    /** The two facts share at least one character. */
    public static boolean overlaps(Spanned first, Spanned second) {
        return first.start() < second.end() && second.start() < first.end();
    }
}
