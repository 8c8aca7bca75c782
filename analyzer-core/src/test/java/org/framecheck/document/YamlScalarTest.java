package org.framecheck.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Front matter values read as YAML reads one-line scalars, so titles never show YAML's escapes. */
class YamlScalarTest {

    @Test
    void doubleQuotedScalarsUndoEscapes() {
        assertThat(YamlScalar.value("\"A \\\"quoted\\\" title\"")).isEqualTo("A \"quoted\" title");
        assertThat(YamlScalar.value("\"back\\\\slash, tab\\there, \\u00E9t\\u00E9 \\x41 \\U0001F600\"")).isEqualTo("back\\slash, tab\there, été A 😀");
        assertThat(YamlScalar.value("\"no\\_break \\N \\L \\P \\/\"")).isEqualTo("no\u00A0break \u0085 \u2028 \u2029 /");
        assertThat(YamlScalar.value("\"unknown \\q escape\"")).isEqualTo("unknown \\q escape");
        assertThat(YamlScalar.value("\"with comment\" # the headline")).isEqualTo("with comment");
    }

    @Test
    void singleQuotedScalarsDoubleTheirQuote() {
        assertThat(YamlScalar.value("'It''s a \"title\" \\n'")).isEqualTo("It's a \"title\" \\n");
    }

    @Test
    void plainScalarsLoseTrailingComments() {
        assertThat(YamlScalar.value("  World news   # section")).isEqualTo("World news");
        // YAML: a '#' starts a comment only after a blank.
        assertThat(YamlScalar.value("C# in the #1 spot")).isEqualTo("C# in the");
        assertThat(YamlScalar.value("Plain 'quotes' \"stay\"")).isEqualTo("Plain 'quotes' \"stay\"");
    }

    @Test
    void malformedScalarsAreKeptAsWritten() {
        assertThat(YamlScalar.value("\"never closed")).isEqualTo("\"never closed");
        assertThat(YamlScalar.value("'never closed")).isEqualTo("'never closed");
        assertThat(YamlScalar.value("\"closed\" then more")).isEqualTo("\"closed\" then more");
        assertThat(YamlScalar.value("")).isEmpty();
    }

    @Test
    void markdownTitlesAndValuesAreUnquoted() {
        Document doc = new MarkdownParser().parse("a.md", """
                ---
                title: "A \\"quoted\\" title"
                author: 'O''Brien'
                tags:
                  - "one \\u00E9"
                  - two
                ---
                Body.
                """);
        assertThat(doc.title()).isEqualTo("A \"quoted\" title");
        assertThat(doc.frontMatter()).containsEntry("author", List.of("O'Brien")).containsEntry("tags", List.of("one é", "two"));
        assertThat(doc.note()).isEmpty();
    }
}
