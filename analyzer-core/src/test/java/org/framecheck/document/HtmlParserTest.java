package org.framecheck.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An HTML page read for its article: page furniture left out, prose aligned with the file. */
class HtmlParserTest {

    private static final String PAGE = "<html><head><title>Budget row</title><script>var x = 'militants';</script></head><body>"
            + "<nav>Home | News</nav><article><h1>Budget row deepens</h1>"
            + "<p>Critics say the <b>so-called</b> reform failed &amp; stalled.</p>"
            + "<aside>Related: militants</aside><ul><li>One point</li></ul><blockquote>A quote here.</blockquote></article>"
            + "<footer>(c) BBC</footer></body></html>";

    @Test
    void blocksAreTheArticlesHeadingsParagraphsItemsAndQuotes() {
        Document d = new HtmlParser().parse("a.html", PAGE);

        assertThat(d.title()).isEqualTo("Budget row");
        assertThat(d.blocks()).extracting(b -> b.kind() + ": " + d.prose().substring(b.start(), b.end()).replaceAll("\\s+", " ").strip())
                .containsExactly("HEADING: Budget row deepens", "PARAGRAPH: Critics say the so-called reform failed & stalled.",
                        "LIST_ITEM: One point", "BLOCK_QUOTE: A quote here.");
    }

    @Test
    void scriptsNavigationAsidesAndFootersAreNotProseAndProseKeepsTheFilesOffsets() {
        Document d = new HtmlParser().parse("a.html", PAGE);

        assertThat(d.prose()).hasSameSizeAs(PAGE).doesNotContain("militants", "Home", "BBC");
        int at = PAGE.indexOf("Critics say");
        assertThat(d.prose().substring(at, at + "Critics say".length())).isEqualTo("Critics say");
        assertThat(d.readableProse(at, PAGE.indexOf("</p>")).replaceAll("\\s+", " "))
                .isEqualTo("Critics say the so-called reform failed & stalled.");
    }
}
