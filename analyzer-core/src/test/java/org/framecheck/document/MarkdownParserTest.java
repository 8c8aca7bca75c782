package org.framecheck.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownParserTest {

    private final MarkdownParser parser = new MarkdownParser();

    @Test
    void frontMatterTitleCodeAndCommentsAreNotProse() {
        String text = """
                ---
                title: "A 'quoted' title"
                section: World
                ---
                # Heading here

                A paragraph with *emphasis* and a [link](http://example.com/militant).

                ```
                militant code
                ```

                <!-- militant comment -->

                > A quoted block.

                - an item
                """;
        Document doc = parser.parse("a.md", text);

        assertThat(doc.title()).isEqualTo("A 'quoted' title");
        assertThat(doc.frontMatter()).containsEntry("section", java.util.List.of("World"));
        assertThat(doc.prose()).hasSameSizeAs(text);
        assertThat(doc.prose()).doesNotContain("militant").doesNotContain("title:").doesNotContain("http");
        assertThat(doc.prose()).contains("A paragraph with  emphasis  and a  link");
        assertThat(doc.blocks()).extracting(Block::kind).containsExactly(
                BlockKind.HEADING, BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.BLOCK_QUOTE, BlockKind.LIST_ITEM);
        assertThat(text.substring(doc.blocks().get(0).start(), doc.blocks().get(0).end())).isEqualTo("A 'quoted' title");
        for (Block b : doc.blocks()) {
            assertThat(text.substring(b.start(), b.end()).strip()).isNotEmpty();
        }
    }

    @Test
    void firstHeadingIsTheTitleWithoutFrontMatter() {
        assertThat(parser.parse("a.md", "Intro line\n\n## The headline\n\nBody.\n").title()).isEqualTo("The headline");
    }

    @Test
    void escapesAndEntitiesKeepOffsets() {
        String text = "Tom \\*and\\* Jerry &amp; friends said so.\n";
        Document doc = parser.parse("a.md", text);
        assertThat(doc.prose()).isEqualTo("Tom  *and * Jerry &     friends said so.\n");
    }

    @Test
    void theFrontMatterHeadlineAndStandfirstAreAnalysedWhereTheyStandInTheFile() {
        String text = """
                ---
                title: "Minister slams 'draconian' plan"
                description: Critics say the regime is failing.
                author: A. Writer
                ---

                The plan was published on Monday.
                """;
        org.framecheck.findings.DocumentResult result = org.framecheck.TestAnalyzer.get()
                .analyze("a.md", org.framecheck.source.ContentFormat.MARKDOWN, text);

        assertThat(result.findings()).extracting(f -> f.rule() + "@" + f.line() + ":" + f.column() + " " + f.text())
                .containsExactly("criticism-verb@2:18 slams", "evaluative-adjective@2:25 draconian",
                        "vague-source@3:14 Critics say", "regime-label@3:30 regime");
        // the same headline as the body's first heading is read once, there
        String repeated = "---\ntitle: Minister slams plan\n---\n\n# Minister slams plan\n\nBody.\n";
        assertThat(org.framecheck.TestAnalyzer.get().analyze("b.md", org.framecheck.source.ContentFormat.MARKDOWN, repeated)
                .findings()).extracting(f -> f.rule() + "@" + f.line()).containsExactly("criticism-verb@5");
    }
}
