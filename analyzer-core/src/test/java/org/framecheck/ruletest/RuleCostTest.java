package org.framecheck.ruletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framecheck.source.ContentScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each of the author's rules is costed by taking it out; built-in rules are not the author's to fix. */
class RuleCostTest {

    @Test
    void everyRuleOfTheAuthorsFoldersIsCostedAndNoBuiltInOne(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("archive"));
        Files.writeString(content.resolve("a.txt"), "The regime fell. Militias fired on the convoy.\n");
        Path rules = Files.createDirectories(dir.resolve("house"));
        String meta = "    @category(\"house\") @severity(\"warning\") @message(\"m\") @explanation(\"e\") @reason(\"r\")\n"
                + "    @example(\"x\") @counterExample(\"y\")\n";
        Files.writeString(rules.resolve("house.drl"), "package house;\nimport org.framecheck.facts.*;\n"
                + "global org.framecheck.rules.FindingCollector findings;\n"
                + "rule \"pairs\"\n" + meta + "when\n    $a : TermMatch( )\n    $b : TermMatch( start > $a.start )\n    eval( false )\nthen\nend\n"
                + "rule \"one\"\n" + meta + "when\n    $t : TermMatch( list == \"contentious-labels\" )\nthen\nend\n");

        List<RuleCost> costs = RuleCost.of(List.of(rules), ContentScanner.allFormats().scan(content, w -> { }), StandardCharsets.UTF_8);

        assertThat(costs).extracting(RuleCost::rule).containsExactlyInAnyOrder("pairs", "one");
        assertThat(costs).allSatisfy(c -> assertThat(c.share()).isFinite().isLessThanOrEqualTo(1.0));
    }
}
