package org.framecheck.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.framecheck.TestAnalyzer;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.findings.Suppressed;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.Test;

/** Editors switch rules off in the article itself; what they switch off is counted, not hidden. */
class SuppressionsTest {

    private static DocumentResult analyze(String markdown) {
        return TestAnalyzer.get().analyze("a.md", ContentFormat.MARKDOWN, markdown);
    }

    @Test
    void disableAndEnableCommentsSuppressTheRulesBetweenThem() {
        DocumentResult result = analyze("""
                The regime fell.

                <!-- framecheck-disable regime-label -->
                The regime fell again, and the militia fled.
                <!-- framecheck-enable -->

                The regime fell a third time.
                """);

        assertThat(result.findings()).extracting(Finding::rule, Finding::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("regime-label", 1),
                org.assertj.core.groups.Tuple.tuple("militia-label", 4),
                org.assertj.core.groups.Tuple.tuple("regime-label", 7));
        assertThat(result.suppressed()).singleElement().satisfies(s -> {
            assertThat(s.finding().rule()).isEqualTo("regime-label");
            assertThat(s.finding().line()).isEqualTo(4);
            assertThat(s.how()).isEqualTo("framecheck-disable at line 3");
        });
    }

    @Test
    void disableNextLineWithoutRuleIdsSwitchesOffEveryRuleOnThatLineOnly() {
        DocumentResult result = analyze("""
                <!-- framecheck-disable-next-line -->
                The regime and the militia fell.
                The regime fell.
                """);

        assertThat(result.findings()).extracting(Finding::line).containsExactly(3);
        assertThat(result.suppressed()).extracting(s -> s.finding().rule()).containsExactly("regime-label", "militia-label");
        assertThat(result.suppressed()).extracting(Suppressed::how).containsOnly("framecheck-disable-next-line at line 1");
    }

    @Test
    void frontMatterSwitchesOffAnArticleOrSomeRules() {
        DocumentResult off = analyze("---\ntitle: T\nframecheck: off\n---\nThe regime fell.\n");
        assertThat(off.status()).isEqualTo(DocumentResult.Status.SKIPPED);
        assertThat(off.message()).isEqualTo("switched off in front matter (framecheck: off)");

        DocumentResult some = analyze("---\nframecheck.disable: [regime-label, militia-label]\n---\nThe regime and the militia fell. The thugs fled.\n");
        assertThat(some.findings()).extracting(Finding::rule).containsExactly("thug-label");
        assertThat(some.suppressed()).extracting(s -> s.finding().rule() + " " + s.how()).containsExactly(
                "regime-label front matter framecheck.disable", "militia-label front matter framecheck.disable");
    }

    @Test
    void suppressionCommentsWorkInPlainText() {
        List<Finding> found = TestAnalyzer.get().analyze("a.txt", ContentFormat.TEXT,
                "<!-- framecheck-disable-next-line regime-label -->\nThe regime fell.\n").findings();
        assertThat(found).isEmpty();
    }

    @Test
    void aSwitchNamingAnUnknownRuleIdIsReportedWithItsLineAndTheNearestId() {
        DocumentResult result = analyze("""
                ---
                framecheck.disable: [regime-lable]
                ---
                <!-- framecheck-disable-next-line criticism-verbs -->
                Critics slammed the plan.
                <!-- framecheck-disable zzz-nothing-like-it -->
                """);

        assertThat(result.warnings()).containsExactly(
                "line 4: unknown rule id 'criticism-verbs' in framecheck-disable-next-line (did you mean criticism-verb?)",
                "line 6: unknown rule id 'zzz-nothing-like-it' in framecheck-disable",
                "line 1: unknown rule id 'regime-lable' in front matter framecheck.disable (did you mean regime-label?)");
        assertThat(analyze("<!-- framecheck-disable-next-line criticism-verb -->\nCritics slammed the plan.\n").warnings()).isEmpty();
    }
}
