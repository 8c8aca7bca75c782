package org.framecheck.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextParserTest {

    private final PlainTextParser parser = new PlainTextParser();

    @Test
    void shortFirstLineIsTheHeadline() {
        Document doc = parser.parse("a.txt", "Ad sales boost profit\n\nQuarterly profits rose.\nThey rose a lot.\n");
        assertThat(doc.title()).isEqualTo("Ad sales boost profit");
        assertThat(doc.blocks()).extracting(Block::kind).containsExactly(BlockKind.TITLE, BlockKind.PARAGRAPH);
    }

    @Test
    void firstSentenceIsNotATitle() {
        Document doc = parser.parse("a.txt", "ERBIL - The leader met the envoy in Beirut, the group reported on Thursday.\nQassem spoke.\n");
        assertThat(doc.title()).isEmpty();
    }

    @Test
    void crlfAndCrLineEndsMakeTheSameBlocks() {
        Document unix = parser.parse("a.txt", "Title\n\nOne.\nTwo.\n\nThree.");
        Document windows = parser.parse("a.txt", "Title\r\n\r\nOne.\r\nTwo.\r\n\r\nThree.");
        Document mac = parser.parse("a.txt", "Title\r\rOne.\rTwo.\r\rThree.");
        assertThat(windows.blocks()).hasSameSizeAs(unix.blocks());
        assertThat(mac.blocks()).hasSameSizeAs(unix.blocks());
        assertThat(windows.text().substring(windows.blocks().get(2).start(), windows.blocks().get(2).end())).isEqualTo("Three.");
    }

    @Test
    void lineIndexCountsCrLfOnce() {
        LineIndex lines = LineIndex.of("a\r\nb\rc\nd");
        assertThat(lines.line(3)).isEqualTo(2);
        assertThat(lines.line(5)).isEqualTo(3);
        assertThat(lines.line(7)).isEqualTo(4);
        assertThat(lines.column(7)).isEqualTo(1);
    }
}
