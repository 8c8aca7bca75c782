package org.framecheck.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Brace groups in a word-list term: {@code there {is,are} {also,} fears} stands for four terms. An
 * empty alternative makes its group optional. One line can so cover a construction's tenses and
 * modifiers without a line per combination.
 */
final class TermAlternatives {

    private TermAlternatives() {
    }

    /** Most terms one line may stand for: a typo in a brace group should not build a word list of millions. */
    private static final int MAX_ALTERNATIVES = 1000;

    /**
     * The terms a term with brace groups stands for, in order: "there {is,are} {also,} fears" gives
     * "there is also fears", "there is fears", "there are also fears", "there are fears".
     */
    static List<String> expand(String file, int lineNumber, String line, String term) throws LexiconSyntaxException {
        List<StringBuilder> terms = new ArrayList<>(List.of(new StringBuilder()));
        int column = line.indexOf(term) + 1;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c == '}') {
                throw new LexiconSyntaxException(file, lineNumber, column + i, "'}' without an opening '{'");
            }
            if (c != '{') {
                terms.forEach(t -> t.append(c));
                continue;
            }
            int close = term.indexOf('}', i);
            int nested = term.indexOf('{', i + 1);
            if (close < 0 || (nested >= 0 && nested < close)) {
                throw new LexiconSyntaxException(file, lineNumber, column + i,
                        close < 0 ? "'{' without a closing '}'" : "braces cannot nest: list every alternative in one group");
            }
            String[] options = term.substring(i + 1, close).split(",", -1);
            if (options.length < 2) {
                throw new LexiconSyntaxException(file, lineNumber, column + i,
                        "a brace group needs alternatives separated by commas, as in {is,are}");
            }
            if ((long) terms.size() * options.length > MAX_ALTERNATIVES) {
                throw new LexiconSyntaxException(file, lineNumber, column + i,
                        "the braces make more than " + MAX_ALTERNATIVES + " terms: split the entry");
            }
            List<StringBuilder> next = new ArrayList<>();
            for (StringBuilder t : terms) {
                for (String option : options) {
                    next.add(new StringBuilder(t).append(' ').append(option.strip()).append(' '));
                }
            }
            terms = next;
            i = close;
        }
        List<String> result = new ArrayList<>();
        for (StringBuilder t : terms) {
            String alternative = t.toString().strip().replaceAll("\\s+", " ");
            if (alternative.isEmpty()) {
                throw new LexiconSyntaxException(file, lineNumber, column, "every alternative of the term is empty");
            }
            if (!result.contains(alternative)) {
                result.add(alternative);
            }
        }
        return result;
    }

}
