package org.framecheck.ruletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framecheck.TestAnalyzer;
import org.framecheck.api.Analyzer;
import org.framecheck.source.ContentScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule change run over a folder of articles: what appears and what disappears. */
class RuleChangeTest {

    @Test
    void findingsThatAppearAndDisappearWithTheirSentence(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("archive"));
        Files.writeString(content.resolve("a.txt"), "The regime fell. Militias fired on the convoy.\n");
        Files.writeString(content.resolve("b.txt"), "Nothing changed here.\n");
        Path rules = Files.createDirectories(dir.resolve("house"));
        // the house's militia-label now flags "regime" instead of "militias"
        Files.writeString(rules.resolve("labels.drl"), """
                package house;
                import org.framecheck.facts.*;
                global org.framecheck.rules.FindingCollector findings;
                rule "militia-label"
                    @category("contentious-label") @severity("warning") @message("m") @explanation("e") @reason("r")
                    @example("The regime fell.") @counterExample("Militias fired.")
                when
                    $label : TermMatch( list == "contentious-labels", tag == "regime" )
                then
                    findings.flag(kcontext, $label);
                end
                """);

        RuleChange change = RuleChange.compare(TestAnalyzer.get(), Analyzer.withRules(List.of(rules)),
                ContentScanner.allFormats().scan(content, w -> { }), StandardCharsets.UTF_8);

        assertThat(change.documents()).isEqualTo(2);
        assertThat(change.appeared()).extracting(RuleChange.Change::toString)
                .containsExactly("a.txt:1:5 [militia-label] The ‹regime› fell.");
        assertThat(change.disappeared()).extracting(RuleChange.Change::toString)
                .containsExactly("a.txt:1:18 [militia-label] ‹Militias› fired on the convoy.");
        assertThat(change.perRule()).containsOnlyKeys("militia-label");
        assertThat(change.perRule().get("militia-label")).containsExactly(1, 1);
        assertThat(change.failures()).isEmpty();
        assertThat(change.beforeNanos()).isPositive();
        assertThat(change.afterNanos()).isPositive();
    }

    @Test
    void articlesTheNewRulesFailOnAreNamedNotCountedAsVanishedFindings(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("archive"));
        Files.writeString(content.resolve("a.txt"), "The regime fell. Militias fired on the convoy.\n");
        Path rules = Files.createDirectories(dir.resolve("house"));
        Files.writeString(rules.resolve("boom.drl"), """
                package house;
                import org.framecheck.facts.*;
                global org.framecheck.rules.FindingCollector findings;
                rule "boom"
                    @category("house") @severity("warning") @message("m") @explanation("e") @reason("r")
                    @example("Anything.") @counterExample("Nothing.")
                when
                    Sentence( )
                then
                    throw new IllegalStateException("boom");
                end
                """);

        RuleChange change = RuleChange.compare(TestAnalyzer.get(), Analyzer.withRules(List.of(rules)),
                ContentScanner.allFormats().scan(content, w -> { }), StandardCharsets.UTF_8);

        assertThat(change.disappeared()).isEmpty();
        assertThat(change.failures()).singleElement().asString().startsWith("a.txt: with the new rules: rule failed: ");
    }
}
