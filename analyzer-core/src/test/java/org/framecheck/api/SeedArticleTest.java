package org.framecheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framecheck.TestAnalyzer;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;

/** The worked example: every framing device in the seed article, and nothing else. */
class SeedArticleTest {

    private static final Path SEEDS = Path.of("..", "seeds");

    private static String read(String name) throws IOException {
        return Files.readString(SEEDS.resolve(name), StandardCharsets.UTF_8);
    }

    private static List<String> lines(DocumentResult result) {
        return result.findings().stream()
                .map(f -> f.rule() + "@" + f.line() + ":" + f.column() + " " + f.text() + " [" + f.severity().id() + "]")
                .toList();
    }

    @Test
    void plainTextSeedYieldsEveryDevice() throws IOException {
        String text = read("000_d3f16880235abf0f.txt");
        DocumentResult result = TestAnalyzer.get().analyze("000_d3f16880235abf0f.txt", ContentFormat.TEXT, text);

        assertThat(lines(result)).containsExactly(
                "self-sourced-claim@1:178 the Lebanese militant group reported [warning]",
                "militant-label@1:191 militant group [info]",
                "distancing-frame@2:25 what he called [warning]",
                "distancing-frame@2:123 what he described as [warning]",
                "state-media-source@4:174 according to Iranian state media [warning]",
                "armed-wing-label@5:114 armed wing [info]",
                "scare-quotes@6:197 'Axis of Resistance' [info]",
                "backed-label@9:231 Iranian-backed militias [warning]",
                "militia-label@10:28 militias [warning]",
                "scare-quotes@13:114 “balanced” [info]");
        for (Finding f : result.findings()) {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
        }
    }

    @Test
    void markdownSeedGivesTheSameFindingsAtItsOwnPositions() throws IOException {
        String text = read("000_d3f16880235abf0f.md");
        DocumentResult result = TestAnalyzer.get().analyze("000_d3f16880235abf0f.md", ContentFormat.MARKDOWN, text);

        assertThat(result.title()).isEqualTo("Hezbollah leader meets Iran's Larijani in Beirut");
        assertThat(result.findings()).extracting(Finding::rule, Finding::line, Finding::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("self-sourced-claim", 6, "the Lebanese militant group reported"),
                org.assertj.core.groups.Tuple.tuple("militant-label", 6, "militant group"),
                org.assertj.core.groups.Tuple.tuple("distancing-frame", 8, "what he called"),
                org.assertj.core.groups.Tuple.tuple("distancing-frame", 8, "what he described as"),
                org.assertj.core.groups.Tuple.tuple("state-media-source", 12, "according to Iranian state media"),
                org.assertj.core.groups.Tuple.tuple("armed-wing-label", 14, "armed wing"),
                org.assertj.core.groups.Tuple.tuple("scare-quotes", 16, "'Axis of Resistance'"),
                org.assertj.core.groups.Tuple.tuple("backed-label", 22, "Iranian-backed militias"),
                org.assertj.core.groups.Tuple.tuple("militia-label", 24, "militias"),
                org.assertj.core.groups.Tuple.tuple("scare-quotes", 30, "“balanced”"));
        for (Finding f : result.findings()) {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
        }
    }

    @Test
    void seedSourcesAreTheStorysPartiesMergedAndTyped() throws IOException {
        assertSeedSources(TestAnalyzer.get().analyze("seed.txt", ContentFormat.TEXT, read("000_d3f16880235abf0f.txt")));
    }

    @Test
    void headlineInFrontMatterDoesNotRenameASource() throws IOException {
        // "Hezbollah leader meets Iran's Larijani" is no fuller name for Larijani: "Iran's" is an owner
        assertSeedSources(TestAnalyzer.get().analyze("seed.md", ContentFormat.MARKDOWN, read("000_d3f16880235abf0f.md")));
    }

    private static void assertSeedSources(DocumentResult result) {
        // its named people, the Lebanese group, Iranian state media, the governments, the US congressman and
        // the State Department, and nothing that is not a party
        assertThat(result.sources()).extracting(s -> s.name() + "|" + s.type() + "|" + s.mentions()).containsExactly(
                "Hezbollah|group|1",
                "Qassem|person|2",
                "Ali Larijani|official|3",
                "Iranian state media|state-media|1",
                "the Lebanese government|official|1",
                "Lebanese President Joseph Aoun|official|1",
                "the Iraqi government|official|1",
                "Iraqi Prime Minister Mohammed Shia\u2019 al-Sudani|official|1",
                "US Congressman Joe Wilson|group|3",
                "the US State Department|official|1",
                "National Security Adviser Qassem al-Araji|official|1");
    }
}
