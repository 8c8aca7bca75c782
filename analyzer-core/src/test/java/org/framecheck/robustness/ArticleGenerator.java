package org.framecheck.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.framecheck.TestAnalyzer;
import org.framecheck.lexicon.Lexicon;
import org.framecheck.lexicon.LexiconEntry;

/**
 * Random article text for the property tests: words from the built-in word lists (so rules fire),
 * everyday words, quotes of every kind, punctuation, Markdown and HTML markup, every kind of line
 * break, emoji and other characters outside the BMP, zero-width and bidirectional controls, and
 * right-to-left script. A seed gives the same text on every machine, so a failure names its seed.
 */
final class ArticleGenerator {

    private static final List<String> TERMS = terms();

    private static final String[] WORDS = {"the", "said", "group", "minister", "what", "he", "called", "according",
            "to", "state", "media", "police", "claimed", "so-called", "a", "of", "and", "in", "Tehran", "Hamas",
            "reported", "spokesman", "told", "reporters", "on", "Monday", "officials", "described", "as", "it"};

    private static final String[] QUOTES = {"\"", "'", "“", "”", "‘", "’", "«", "»", "„", "`"};

    private static final String[] PUNCTUATION = {".", ",", ";", ":", "!", "?", "…", "—", "–", "-", "(", ")", "...",
            ". ", "; ", "|", "\\", "&", "&amp;", "&#8220;", "&nbsp;"};

    private static final String[] MARKUP = {"*", "**", "_", "__", "~~", "`", "```\n", "# ", "## ", "> ", "- ", "1. ",
            "[", "](", ")", "](http://example.com/x)", "![img](http://example.com/i.png)", "[x](javascript:alert(1))",
            "<b>", "</b>", "<p>", "</p>", "<script>", "</script>", "<!--", "-->", "<br/>", "<a href=\"x\">", "</a>",
            "---\n", "title: \"A \\\"b\\\"\"\n", "${x}", "<#assign x=1>", "\\*", "| a | b |\n", "<div", ">"};

    private static final String[] BREAKS = {"\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r", "\u2028", "\u0085", "\f"};

    private static final String[] ODD = {"😀", "👩‍👩‍👧", "🇺🇦", "𝔘", "\uD83D\uDE00", "\u200B", "\u200C", "\u200D", "\u200E",
            "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2069", "\uFEFF", "\u00AD", "\t",
            "\u0007", "\u001B", "\u00A0", "\u3000", "é", "ﬁ", "İ", "ß", "\u0301", "مسلح", "جماعة", "קבוצה", "חמושה",
            "中文", "\uD800", "\uDFFF"};

    private final Random random;

    ArticleGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Between 0 and about 150 pieces of the kinds above. */
    String article() {
        int pieces = random.nextInt(8) == 0 ? random.nextInt(4) : random.nextInt(150);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            int kind = random.nextInt(100);
            if (kind < 25) {
                sb.append(pick(TERMS));
            } else if (kind < 55) {
                sb.append(pick(WORDS));
            } else if (kind < 63) {
                sb.append(pick(QUOTES));
            } else if (kind < 71) {
                sb.append(pick(PUNCTUATION));
            } else if (kind < 80) {
                sb.append(pick(MARKUP));
            } else if (kind < 88) {
                sb.append(pick(BREAKS));
            } else if (kind < 94) {
                sb.append(pick(ODD));
            } else {
                sb.append((char) random.nextInt(0x3000)); // anything at all, controls included
            }
            if (random.nextInt(3) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static List<String> terms() {
        List<String> terms = new ArrayList<>();
        for (Lexicon lexicon : TestAnalyzer.get().rules().lexicons().values()) {
            for (LexiconEntry entry : lexicon.entries()) {
                terms.add(entry.term());
            }
        }
        terms.sort(null); // the lexicon map is sorted already; entries keep file order: make the list stable anyway
        return List.copyOf(terms);
    }
}
