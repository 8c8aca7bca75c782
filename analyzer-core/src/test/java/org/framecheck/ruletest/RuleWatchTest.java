package org.framecheck.ruletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In watch mode, a change reruns what it can affect: a test alone, a DRL file's rules, else everything asked for. */
class RuleWatchTest {

    @Test
    void aChangedTestRunsAloneAChangedDrlRunsItsRulesAWordListRunsAll(@TempDir Path dir) throws Exception {
        Path test = Files.createDirectories(dir.resolve("tests")).resolve("hype.txt");
        Files.writeString(test, "A {{groundbreaking|hype-word}} film.\n");
        Path drl = dir.resolve("hype.drl");
        Files.writeString(drl, "package house;\n// rule \"commented-out\"\nrule \"hype-word\"\nwhen\nthen\nend\nrule 'puff-word'\nwhen\nthen\nend\n");
        Path words = dir.resolve("hype.words");
        Files.writeString(words, "groundbreaking | new\n");
        RuleTestSelection all = RuleTestSelection.ALL;

        assertThat(RuleWatch.after(test, all).tests()).containsExactly(test.toString().replace('\\', '/'));
        assertThat(RuleWatch.after(drl, all).rules()).containsExactlyInAnyOrder("hype-word", "puff-word");
        assertThat(RuleWatch.after(drl, new RuleTestSelection(Set.of("puff-word", "other"), List.of())).rules())
                .containsExactly("puff-word");
        assertThat(RuleWatch.after(words, all)).isEqualTo(all);
        Files.delete(drl);
        assertThat(RuleWatch.after(drl, all)).as("a deleted DRL file: everything").isEqualTo(all);
    }
}
