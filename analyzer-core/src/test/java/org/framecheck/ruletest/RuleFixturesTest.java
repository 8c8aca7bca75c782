package org.framecheck.ruletest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.framecheck.TestAnalyzer;
import org.framecheck.rules.RuleFile;
import org.framecheck.rules.RuleFiles;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the rule tests beside the built-in rules ({@code rules/<category>/tests/}), one dynamic test
 * per file; the files are the only statement of what the rules must find.
 */
class RuleFixturesTest {

    private static final Path RULES = Path.of("../rules");

    /** Every test file under ../rules, named as the built-in rules are ({@code framecheck:rules/…}). */
    static List<RuleFile> fixtures() {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(RULES)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                String relative = RULES.relativize(path).toString().replace('\\', '/');
                RuleFile file = new RuleFile(RuleFiles.BUILT_IN_PREFIX + relative, Files.readString(path, StandardCharsets.UTF_8), true);
                if (file.isTest()) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    @TestFactory
    Stream<DynamicTest> everyRuleTestPasses() {
        RuleTestRunner runner = new RuleTestRunner(TestAnalyzer.get());
        return fixtures().stream().map(file -> DynamicTest.dynamicTest(file.name(), () -> {
            FixtureResult result = runner.run(file);
            if (!result.passed()) {
                List<String> lines = new ArrayList<>();
                result.problems().forEach(p -> lines.add(p.toString()));
                result.differences().forEach(d -> lines.add(d.toString()));
                lines.add("(" + Difference.LEGEND + ")");
                fail(file.name() + " failed:\n" + String.join("\n", lines));
            }
        }));
    }

    /** The catalog: each built-in rule is expected to fire somewhere in its tests, and every folder has tests. */
    @Test
    void everyRuleHasAMarkedFindingInSomeTest() {
        RuleTestReport report = new RuleTestRunner(TestAnalyzer.get()).runAll(fixtures());

        assertThat(report.rules()).hasSize(TestAnalyzer.get().rules().rules().size());
        assertThat(report.rules()).filteredOn(r -> r.marks() == 0).extracting(RuleResult::rule).as("rules without a marked finding").isEmpty();
        assertThat(report.fixtures()).extracting(f -> Fixture.folderOf(f.file())).containsAll(
                TestAnalyzer.get().rules().categories().stream().map(c -> RuleFiles.BUILT_IN_PREFIX + c).toList());
    }
}
