package org.framecheck.facts;

/**
 * A fact that covers whole tokens of one sentence, so that rules can ask how far apart two facts
 * are in words ({@code Conditions.before($a, $b, 2)}).
 */
public interface TokenSpan extends Spanned {
    /** Index of the sentence. */
    int sentence();

    /** Index of the first token covered. */
    int firstToken();

    /** Index of the last token covered. */
    int lastToken();
}
