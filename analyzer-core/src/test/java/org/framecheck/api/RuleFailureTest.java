package org.framecheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.framecheck.findings.DocumentResult;
import org.framecheck.rules.RuleFile;
import org.framecheck.rules.RuleFiles;
import org.framecheck.rules.RuleSetException;
import org.framecheck.rules.RuleSetLoader;
import org.framecheck.source.ContentFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A rule that throws fails only the document it ran on, and the failure names the rule. */
class RuleFailureTest {

    private static final String META = "    @category(\"test\") @severity(\"warning\") @message(\"m\") @explanation(\"e\") @reason(\"r\")\n"
            + "    @example(\"a\") @counterExample(\"b\")\n";
    private static Analyzer analyzer;

    @BeforeAll
    static void compile() throws RuleSetException {
        List<RuleFile> files = new ArrayList<>(RuleFiles.builtInFiles());
        files.add(new RuleFile("my-rules/throwing.drl", "package test;\nimport org.framecheck.facts.*;\n"
                + "function boolean tooShort(String s) { return s.substring(10).isEmpty(); }\n"
                + "rule \"throws-in-consequence\"\n" + META
                + "when\n    TermMatch( list == \"distancing-frames\" )\nthen\n    throw new IllegalStateException(\"bang\");\nend\n"
                + "rule \"throws-in-condition\"\n" + META
                + "when\n    Quote( tooShort(text) )\nthen\nend\n", false));
        analyzer = new Analyzer(RuleSetLoader.compile(files));
        List<RuleFile> looping = new ArrayList<>(RuleFiles.builtInFiles());
        looping.add(new RuleFile("my-rules/looping.drl", "package test;\nimport org.framecheck.facts.*;\n"
                + "rule \"loops\"\n" + META
                + "when\n    $s : Sentence( )\nthen\n    update($s);\nend\n", false));
        loopingAnalyzer = new Analyzer(RuleSetLoader.compile(looping));
        List<RuleFile> flooding = new ArrayList<>(RuleFiles.builtInFiles());
        flooding.add(new RuleFile("my-rules/flooding.drl", "package test;\nimport org.framecheck.facts.*;\n"
                + "global org.framecheck.rules.FindingCollector findings;\n"
                + "rule \"every-sentence\"\n" + META
                + "when\n    $s : Sentence( )\nthen\n    findings.flag(kcontext, $s);\nend\n", false));
        floodingAnalyzer = new Analyzer(RuleSetLoader.compile(flooding));
    }

    private static Analyzer floodingAnalyzer;

    @Test
    void aRuleThatFlagsFarMoreThanADeviceIsNamedInAWarning() {
        DocumentResult result = floodingAnalyzer.analyze("a.txt", ContentFormat.TEXT, "The talks ended. ".repeat(60));

        assertThat(result.status()).isEqualTo(DocumentResult.Status.ANALYZED);
        assertThat(result.warnings()).containsExactly("line 1: rule 'every-sentence' reported 60 findings (333 per 1,000 words):"
                + " does it match far more than the device it names?");
    }

    private static Analyzer loopingAnalyzer;

    @Test
    void aRuleThatLoopsIsStoppedAndFailsTheArticleNamingTheRuleWhileTheNextArticleIsAnalysed() {
        DocumentResult result = loopingAnalyzer.analyze("world/loop.txt", ContentFormat.TEXT, "The talks ended. The envoys left.");

        assertThat(result.status()).isEqualTo(DocumentResult.Status.FAILED);
        assertThat(result.message()).isEqualTo("rule failed: rule 'loops' fired more than 100000 times on this article and was "
                + "stopped: does its consequence change a fact it matches?");
        assertThat(analyzer.analyze("brief.txt", ContentFormat.TEXT, "He thanked Iran for its support.").status())
                .isEqualTo(DocumentResult.Status.ANALYZED);
    }

    @Test
    void consequenceThatThrowsFailsTheDocumentNamingTheRule() {
        DocumentResult result = analyzer.analyze("world/talks.txt", ContentFormat.TEXT, "He thanked Iran for what he called its support.");

        assertThat(result.status()).isEqualTo(DocumentResult.Status.FAILED);
        assertThat(result.path()).isEqualTo("world/talks.txt");
        assertThat(result.message()).isEqualTo("rule failed: rule 'throws-in-consequence': IllegalStateException: bang");
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void conditionThatThrowsFailsTheDocumentNamingTheRuleAndTheCondition() {
        DocumentResult result = analyzer.analyze("brief.txt", ContentFormat.TEXT, "Prices will \"fall\" next year.");

        assertThat(result.status()).isEqualTo(DocumentResult.Status.FAILED);
        assertThat(result.path()).isEqualTo("brief.txt");
        assertThat(result.message()).isEqualTo("rule failed: rule 'throws-in-condition' in condition 'tooShort(text)': "
                + "StringIndexOutOfBoundsException: begin 10, end 4, length 4");
    }
}
