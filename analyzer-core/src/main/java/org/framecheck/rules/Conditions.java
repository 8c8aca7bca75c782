package org.framecheck.rules;

import org.framecheck.facts.Attribution;
import org.framecheck.facts.Spanned;
import org.framecheck.facts.TokenSpan;
import org.framecheck.lexicon.Lemmatizer;

/**
 * Functions DRL rules call to relate two facts by position, imported with
 * {@code import function org.framecheck.rules.Conditions.before;}. Token distances count tokens
 * (words and punctuation) between the two facts, within one sentence; {@link #within} counts
 * sentences.
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

    /**
     * The two facts are at most {@code sentences} sentences apart, in either order: 0 is the same
     * sentence, 1 also the sentence before or after. For conditions that cross sentence boundaries,
     * such as a quote attributed in the next sentence.
     */
    public static boolean within(TokenSpan first, TokenSpan second, int sentences) {
        return Math.abs(first.sentence() - second.sentence()) <= sentences;
    }

    /** {@code inner} lies within {@code outer}. */
    public static boolean inside(Spanned inner, Spanned outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end();
    }

    /** The two facts share at least one character. */
    public static boolean overlaps(Spanned first, Spanned second) {
        return first.start() < second.end() && second.start() < first.end();
    }

    /**
     * {@code fact} lies in the words {@code attribution} reports, outside the attribution phrase
     * itself: in "the minister said the attack was 'shocking'", the attribution reports the quote.
     */
    public static boolean reports(Attribution attribution, Spanned fact) {
        return fact.start() >= attribution.claimStart() && fact.end() <= attribution.claimEnd()
                && (fact.end() <= attribution.start() || fact.start() >= attribution.end());
    }

    /**
     * The base form of each word of {@code words}, lower-cased: "slammed" → "slam", "militias" →
     * "militia", "according to" → "accord to". The same spelling rules as a word list's
     * {@code forms=verb} and {@code forms=noun}, so {@code lemma(verb) == "claim"} matches exactly
     * the words {@code claim | | forms=verb} would.
     */
    public static String lemma(String words) {
        String[] parts = words.strip().split("\\s+");
        StringBuilder out = new StringBuilder(words.length());
        for (String part : parts) {
            if (!part.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(Lemmatizer.lemma(part));
            }
        }
        return out.toString();
    }
}
