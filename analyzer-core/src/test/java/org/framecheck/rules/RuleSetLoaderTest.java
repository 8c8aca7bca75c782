package org.framecheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.framecheck.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

/** Rule authors get one line per problem, naming file, line and column. */
class RuleSetLoaderTest {

    private static final String HEADER = "package test;\nimport org.framecheck.facts.*;\nglobal org.framecheck.rules.FindingCollector findings;\n";
    private static final String META = "    @category(\"test\") @severity(\"warning\") @message(\"m\") @explanation(\"e\") @reason(\"r\")\n"
            + "    @example(\"a\") @counterExample(\"b\")\n";

    private static List<RuleFile> withBuiltIns(RuleFile... extra) {
        List<RuleFile> files = new ArrayList<>(RuleFiles.builtInFiles());
        files.addAll(List.of(extra));
        return files;
    }

    @Test
    void builtInRulesCompileWithMetadata() throws RuleSetException {
        RuleSet rules = RuleSetLoader.load(List.of());
        assertThat(rules.rules()).containsKeys("distancing-frame", "scare-quotes", "militant-label",
                "claim-verb", "self-sourced-claim", "state-media-source");
        assertThat(rules.rules().get("scare-quotes").file()).isEqualTo("framecheck:rules/scare-quotes/scare-quotes.drl");
        assertThat(rules.rules().get("scare-quotes").line()).isEqualTo(23);
    }

    @Test
    void syntaxErrorNamesFileAndLine() {
        RuleFile broken = new RuleFile("my-rules/broken.drl", HEADER + "rule \"x\"\n" + META + "when\n    $t : TermMatch( list == )\nthen\nend\n", false);
        assertThatThrownBy(() -> RuleSetLoader.compile(withBuiltIns(broken)))
                .isInstanceOf(RuleSetException.class)
                .satisfies(e -> {
                    List<RuleProblem> problems = ((RuleSetException) e).problems();
                    assertThat(problems).singleElement().satisfies(p -> {
                        assertThat(p.toString()).startsWith("my-rules/broken.drl:8:29: [ERR 101] no viable alternative at input ')'");
                    });
                    assertThat(e.getMessage()).doesNotContain("\tat ").doesNotContain("\n");
                });
    }

    private static List<String> problems(RuleFile... files) {
        try {
            RuleSetLoader.compile(withBuiltIns(files));
        } catch (RuleSetException e) {
            assertThat(e.getMessage()).doesNotContain("\tat ").doesNotContain("org.drools");
            return e.problems().stream().map(RuleProblem::toString).toList();
        }
        throw new AssertionError("the rules compiled");
    }

    private static RuleFile drl(String name, String when) {
        return new RuleFile("my-rules/" + name + ".drl", HEADER + "rule \"" + name + "\"\n" + META + "when\n    " + when
                + "\nthen\nend\n", false);
    }

    @Test
    void unknownFactFieldNamesTheFieldsThereAre() {
        assertThat(problems(drl("field", "$t : TermMatch( colour == \"red\" )"))).containsExactly(
                "my-rules/field.drl:8:21: TermMatch has no field 'colour'; its fields are bare, designated, end, firstToken, inName, inQuote, "
                        + "lastToken, list, note, quote, quoted, reported, sentence, start, suggestion, tag, term, text");
    }

    @Test
    void literalOfTheWrongTypeIsATypeError() {
        assertThat(problems(drl("words", "$q : Quote( words == \"five\" )"),
                drl("governed", "$q : Quote( words > 1,\n        governed == 3 )"),
                drl("list", "$t : TermMatch( list in (\"speech-verbs\", 3) )"))).containsExactly(
                "my-rules/governed.drl:9:21: type mismatch: Quote.governed is true or false: write governed or !governed, not a comparison with 3",
                "my-rules/list.drl:8:46: type mismatch: TermMatch.list is text: compare it with a quoted string, not 3",
                "my-rules/words.drl:8:26: type mismatch: Quote.words is a number: compare it with a number, not \"five\"");
    }

    @Test
    void aValueAFieldNeverTakesIsAnErrorWithTheNearestValue() {
        assertThat(problems(drl("list", "$t : TermMatch( list == \"harm-euphemism\" )"),
                drl("tag", "$t : TermMatch( list == \"weasel-phrases\", tag == \"colective-belief\" )"),
                drl("type", "$a : Attribution( sourceType == \"ANONYMOUS\" )"),
                drl("voice", "$s : Sentence( voice == \"op-ed\" )"))).containsExactly(
                "my-rules/list.drl:8:29: unknown value: TermMatch.list is never \"harm-euphemism\"; see rules/README.md for its values",
                "my-rules/tag.drl:8:54: unknown value: TermMatch.tag is never \"colective-belief\" (did you mean collective-belief?); "
                        + "see rules/README.md for its values",
                "my-rules/type.drl:8:37: unknown value: Attribution.sourceType is never \"ANONYMOUS\"; its values are anonymous, "
                        + "company, court-police, document, expert, group, media, news-agency, ngo, official, party-media, person, "
                        + "social-media, state-media",
                "my-rules/voice.drl:8:29: unknown value: Sentence.voice is never \"op-ed\"; its values are news, opinion");
    }

    @Test
    void aHelperFunctionUsedWithoutItsImportNamesTheImportToAdd() {
        assertThat(problems(drl("helper", "$q : Quote( )\n    $t : TermMatch( before(this, $q, 3) )"))).containsExactly(
                "my-rules/helper.drl:9:21: the function 'before' is not imported: add"
                        + " 'import function org.framecheck.rules.Conditions.before;' after the package line");
    }

    @Test
    void anAttributeWithoutItsBarIsAnErrorNotPartOfATerm() {
        assertThat(problems(new RuleFile("my-rules/a.words", "claim forms=verb\n", false),
                new RuleFile("my-rules/b.words", "claim | forms=verb\n", false),
                new RuleFile("my-rules/c.words", "claim | said | forms=verb tag=claim-verb\n", false))).containsExactly(
                "my-rules/a.words:1:7: 'forms=' stands in the term: a '|' is missing before it",
                "my-rules/b.words:1:9: 'forms=' stands in the suggestion: a '|' is missing before it"
                        + " (an entry without a suggestion keeps its column empty: 'term | | forms=…')",
                "my-rules/c.words:1:27: 'tag=' stands in the value of another attribute: a '|' is missing before it");
    }

    @Test
    void aPossessiveInATermIsSplitOffAsTheTokenizerDoes() throws Exception {
        Lexicon lexicon = org.framecheck.lexicon.LexiconParser.parse("x", "x.words", "moscow's regime | government\n");
        assertThat(lexicon.entries().get(0).pattern()).containsExactly("moscow", "'s", "regime");
        // a possessive of any word cannot open a term, which must start with a word: said, not loaded silently
        assertThat(problems(new RuleFile("my-rules/p.words", "*'s regime | government\n", false))).containsExactly(
                "my-rules/p.words:1:1: a term must start with a word or a word ending such as *-backed, not '*'");
    }

    @Test
    void termsWithNumbersMatchAsWritten(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("nums.words"), "# a comment line\n9/11 attacks | a\n2,000 jobs | b\n3 strikes | c\n");
        java.nio.file.Files.writeString(dir.resolve("nums.drl"), HEADER + "rule \"num\"\n" + META
                + "when\n    $t : TermMatch( list == \"nums\" )\nthen\n    findings.flag(kcontext, $t);\nend\n");
        RuleSet rules = RuleSetLoader.load(List.of(dir));

        // the tokenizer makes "9/11" three tokens, and so does the word list
        assertThat(rules.lexicons().get("nums").entries()).extracting(e -> String.join(" ", e.pattern()))
                .containsExactly("9 / 11 attacks", "2,000 jobs", "3 strikes");
        assertThat(new org.framecheck.api.Analyzer(rules).analyze("a.txt", org.framecheck.source.ContentFormat.TEXT,
                "After the 9/11 attacks, 2,000 jobs went. It was 3 strikes.").findings())
                .filteredOn(f -> f.rule().equals("num")).extracting(f -> f.text())
                .containsExactly("9/11 attacks", "2,000 jobs", "3 strikes");
    }

    @Test
    void unknownFactTypeAndBrokenConsequenceAreReportedWhereTheyAre() {
        RuleFile consequence = new RuleFile("my-rules/consequence.drl", HEADER + "rule \"c\"\n" + META
                + "when\n    $q : Quote( )\nthen\n    findings.flag(kcontext, $q, 3, 4);\nend\n", false);
        assertThat(problems(drl("type", "$q : Quotation( )"), consequence)).containsExactly(
                "my-rules/consequence.drl:10:5: the consequence does not compile: The method flag(RuleContext, Spanned, String) "
                        + "in the type FindingCollector is not applicable for the arguments (RuleContext, Quote, int, int)",
                "my-rules/type.drl:8:10: unknown fact type 'Quotation'; rules match Article, Sentence, Quote, Attribution, "
                        + "TermMatch, Source (imported with import org.framecheck.facts.*;)");
    }

    @Test
    void everyProblemOfARunIsReportedTogether() {
        RuleFile syntax = new RuleFile("my-rules/a-syntax.drl", HEADER + "rule \"x\"\n" + META
                + "when\n    $t : TermMatch( list == )\nthen\nend\n", false);
        RuleFile noMeta = new RuleFile("my-rules/b-meta.drl", HEADER.replace("package test;", "package test2;")
                + "rule \"bare\"\nwhen\n    $t : TermMatch()\nthen\nend\n", false);
        RuleFile words = new RuleFile("my-rules/labels.words", "foe | enemy | colour=red\n* | x\nally | friend\n", false);
        String rule = "rule \"twice\"\n" + META + "when\n    $t : TermMatch()\nthen\nend\n";
        RuleFile first = new RuleFile("my-rules/c-first.drl", HEADER.replace("package test;", "package test3;") + rule, false);
        RuleFile second = new RuleFile("my-rules/d-second.drl", HEADER.replace("package test;", "package test3;") + rule, false);
        assertThat(problems(syntax, noMeta, words, first, second, drl("field", "$t : TermMatch( colour == \"red\" )"),
                drl("words", "$q : Quote( words == \"five\" )"))).containsExactly(
                "my-rules/a-syntax.drl:8:29: [ERR 101] no viable alternative at input ')' in rule \"x\" "
                        + "(syntax errors are reported at the next token: the mistake may be just before it)",
                "my-rules/b-meta.drl:4:1: rule 'bare' lacks @category, @severity, @message, @explanation, @reason, @example, @counterExample",
                "my-rules/d-second.drl:4:1: duplicate rule id 'twice', already declared at my-rules/c-first.drl:4",
                "my-rules/field.drl:8:21: TermMatch has no field 'colour'; its fields are bare, designated, end, firstToken, inName, inQuote, "
                        + "lastToken, list, note, quote, quoted, reported, sentence, start, suggestion, tag, term, text",
                "my-rules/labels.words:1:15: unknown attribute 'colour=red' (expected one of forms, not-after, not-before, not-object, note, pos, tag, as key=value)",
                "my-rules/labels.words:2:1: a term must start with a word or a word ending such as *-backed, not '*'",
                "my-rules/words.drl:8:26: type mismatch: Quote.words is a number: compare it with a number, not \"five\"");
    }

    @Test
    void metadataReadFromTheSourceIsWhatDroolsCompiled() throws RuleSetException {
        RuleSet rules = RuleSetLoader.load(List.of());
        for (RuleMetadata m : rules.metadata()) {
            Map<String, Object> compiled = rules.kieBase().getRule("framecheck.rules", m.id()).getMetaData();
            assertThat(m.message()).isEqualTo(compiled.get("message"));
            assertThat(m.example()).isEqualTo(compiled.get("example"));
            assertThat(m.counterExample()).isEqualTo(compiled.get("counterExample"));
            assertThat(m.reason()).isEqualTo(compiled.get("reason"));
        }
        assertThat(rules.rules().get("unattributed-quoted-phrase").example()).isEqualTo("Prices will \"stabilise\" next year under the plan.");
    }

    @Test
    void missingMetadataAndBadSeverityAreReported() {
        RuleFile file = new RuleFile("my-rules/meta.drl", HEADER
                + "rule \"no-meta\"\nwhen\n    $t : TermMatch()\nthen\nend\n"
                + "rule \"bad-severity\"\n" + META.replace("warning", "fatal") + "when\n    $t : TermMatch()\nthen\nend\n", false);
        assertThatThrownBy(() -> RuleSetLoader.compile(withBuiltIns(file)))
                .isInstanceOf(RuleSetException.class)
                .satisfies(e -> assertThat(((RuleSetException) e).problems()).extracting(RuleProblem::toString).containsExactly(
                        "my-rules/meta.drl:4:1: rule 'no-meta' lacks @category, @severity, @message, @explanation, @reason, @example, @counterExample",
                        "my-rules/meta.drl:9:1: rule 'bad-severity' has @severity(\"fatal\"); expected info, warning or error"));
    }

    @Test
    void badWordListLineNamesFileLineAndColumn() {
        RuleFile words = new RuleFile("my-rules/labels.words", "# labels\nfoe | enemy | colour=red\n", false);
        assertThatThrownBy(() -> RuleSetLoader.compile(withBuiltIns(words)))
                .isInstanceOf(RuleSetException.class)
                .hasMessageStartingWith("my-rules/labels.words:2:15: unknown attribute 'colour=red'");
    }

    @Test
    void badBraceGroupNamesFileLineAndColumn() {
        RuleFile words = new RuleFile("my-rules/fears.words", "# fears\nthere {is,are fears\nthere {is} fears\n", false);
        assertThatThrownBy(() -> RuleSetLoader.compile(withBuiltIns(words)))
                .isInstanceOf(RuleSetException.class)
                .hasMessageStartingWith("my-rules/fears.words:2:7: '{' without a closing '}'");
        RuleFile single = new RuleFile("my-rules/fears.words", "# fears\nthere {is} fears\n", false);
        assertThatThrownBy(() -> RuleSetLoader.compile(withBuiltIns(single)))
                .isInstanceOf(RuleSetException.class)
                .hasMessageStartingWith("my-rules/fears.words:2:7: a brace group needs alternatives separated by commas, as in {is,are}");
    }

    @Test
    void duplicateRuleIdInUserFilesIsAnError() {
        String rule = "rule \"dup\"\n" + META + "when\n    $t : TermMatch()\nthen\nend\n";
        RuleFile a = new RuleFile("my-rules/a.drl", HEADER + rule, false);
        RuleFile b = new RuleFile("my-rules/b.drl", HEADER.replace("package test;", "package test2;") + rule, false);
        RuleFile c = new RuleFile("my-rules/c.drl", HEADER + rule, false);
        assertThat(problems(a, b, c)).containsExactly(
                "my-rules/b.drl:4:1: duplicate rule id 'dup', already declared at my-rules/a.drl:4",
                "my-rules/c.drl:4:1: duplicate rule id 'dup', already declared at my-rules/a.drl:4");
    }

    @Test
    void unchangedRuleFoldersAreNeitherParsedNorCompiledAgain(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path rulesDir = java.nio.file.Files.createDirectories(dir.resolve("my-rules"));
        java.nio.file.Files.writeString(rulesDir.resolve("foes.words"), "foe | opponent\n");
        java.nio.file.Files.writeString(rulesDir.resolve("foes.drl"), HEADER + "rule \"foe\"\n" + META.replace("warning", "error")
                + "when\n    $t : TermMatch( list == \"foes\" )\nthen\n    findings.flag(kcontext, $t);\nend\n");
        java.nio.file.Path cache = dir.resolve("cache");
        RuleSet first = RuleSetLoader.load(List.of(rulesDir), cache);
        RuleSet second = RuleSetLoader.load(List.of(rulesDir), cache);

        assertThat(first.origin()).isEqualTo("compiled");
        assertThat(second.origin()).isEqualTo("reused from the cache");
        assertThat(second.rules()).isEqualTo(first.rules());
        assertThat(second.ruleLists()).isEqualTo(first.ruleLists()).contains("foes");
        assertThat(new org.framecheck.api.Analyzer(second).analyze("a.txt", org.framecheck.source.ContentFormat.TEXT,
                "The foe came.").findings()).filteredOn(f -> f.rule().equals("foe"))
                .extracting(f -> f.severity().id() + " " + f.text()).containsExactly("error foe");

        // an edited file is checked again: its new problem is reported, not hidden by the stored check
        java.nio.file.Files.writeString(rulesDir.resolve("foes.drl"), HEADER + "rule \"foe\"\n" + META.replace("warning", "fatal")
                + "when\n    $t : TermMatch( list == \"foes\" )\nthen\nend\n");
        assertThatThrownBy(() -> RuleSetLoader.load(List.of(rulesDir), cache)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("has @severity(\"fatal\")");
    }

    @Test
    void userRuleReplacesBuiltInRuleOfTheSameId() throws RuleSetException {
        RuleFile override = new RuleFile("my-rules/labels.drl", HEADER
                + "rule \"regime-label\"\n" + META.replace("warning", "error") + "when\n    $t : TermMatch( list == \"contentious-labels\" )\nthen\n    findings.flag(kcontext, $t);\nend\n", false);
        RuleSet rules = RuleSetLoader.compile(withBuiltIns(override));
        assertThat(rules.rules().get("regime-label").severity().id()).isEqualTo("error");
        assertThat(rules.rules().get("regime-label").file()).isEqualTo("my-rules/labels.drl");
        assertThat(rules.rules().get("regime-label").line()).isEqualTo(4);
        long count = rules.kieBase().getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .filter(r -> r.getName().equals("regime-label")).count();
        assertThat(count).isEqualTo(1);
    }

    @Test
    void userRuleInTheBuiltInPackageReplacesTheBuiltInRuleToo() throws RuleSetException {
        RuleFile override = new RuleFile("my-rules/labels.drl", HEADER.replace("package test;", "package framecheck.rules;")
                + "rule \"regime-label\"\n" + META + "when\n    $t : TermMatch( tag == \"regime\" )\nthen\n    findings.flag(kcontext, $t);\nend\n", false);
        RuleSet rules = RuleSetLoader.compile(withBuiltIns(override));
        assertThat(rules.rules().get("regime-label").file()).isEqualTo("my-rules/labels.drl");
        assertThat(rules.rules()).containsKey("militia-label");
        assertThat(rules.kieBase().getRule("framecheck.rules", "regime-label").getMetaData().get("category")).isEqualTo("test");
    }
}
