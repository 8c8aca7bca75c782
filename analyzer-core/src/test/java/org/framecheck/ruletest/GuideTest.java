package org.framecheck.ruletest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule-writing guide in rules/README.md: its three example rules compile with the built-in
 * rules and pass their tests, and every code block naming a guide file shows that file exactly.
 */
class GuideTest {

    private static final Path GUIDE = Path.of("src/test/resources/guide");
    private static final Path README = Path.of("../rules/README.md");
    /** A fenced block whose info string names a guide file: {@code ```drl guide/job-cuts/job-cuts.drl}. */
    private static final Pattern FILE_BLOCK = Pattern.compile("(?m)^```\\w*\\s+guide/(\\S+)\\n(.*?)^```$", Pattern.DOTALL);

    @Test
    void guideRulesCompileWithTheBuiltInRulesAndPassTheirTests() {
        RuleTestReport report = RuleTestRunner.run(List.of(GUIDE));

        assertThat(report.problems()).isEmpty();
        String differences = report.rules().stream().flatMap(r -> r.differences().stream()).map(Difference::toString)
                .collect(Collectors.joining("\n"));
        assertThat(report.rules()).as(differences).filteredOn(r -> List.of("job-cut-euphemism", "orphan-quote", "officials-only").contains(r.rule()))
                .extracting(RuleResult::summary)
                .containsExactly("PASS job-cut-euphemism (1 fixture)", "PASS officials-only (2 fixtures)", "PASS orphan-quote (1 fixture)");
        assertThat(report.passed()).isTrue();
    }

    @Test
    void everyGuideFileIsShownInTheReadmeExactly() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<String> shown = new ArrayList<>();
        Matcher block = FILE_BLOCK.matcher(readme);
        while (block.find()) {
            Path file = GUIDE.resolve(block.group(1));
            assertThat(file).as("README names a guide file that does not exist").isRegularFile();
            assertThat(block.group(2)).as(block.group(1)).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
            shown.add(block.group(1));
        }
        try (Stream<Path> files = Files.walk(GUIDE)) {
            List<String> all = files.filter(Files::isRegularFile).map(f -> GUIDE.relativize(f).toString().replace('\\', '/')).sorted().toList();
            assertThat(shown).as("guide files shown in rules/README.md").containsExactlyInAnyOrderElementsOf(all);
        }
    }
}
