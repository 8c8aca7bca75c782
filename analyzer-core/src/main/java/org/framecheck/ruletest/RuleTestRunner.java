package org.framecheck.ruletest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.framecheck.api.Analyzer;
import org.framecheck.document.LineIndex;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.rules.NearestName;
import org.framecheck.rules.RuleFile;
import org.framecheck.rules.RuleFiles;
import org.framecheck.rules.RuleMetadata;
import org.framecheck.rules.RuleProblem;
import org.framecheck.rules.RuleSetException;

/**
 * Runs rule tests (see {@link Fixture} for their grammar) and compares what each rule under test
 * found with what the test marks, exactly: same rule, same words. The build's JUnit test and the
 * {@code test-rules} goal both run tests through here, so they agree on what passes.
 */
public final class RuleTestRunner {

    private final Analyzer analyzer;

    public RuleTestRunner(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Compiles the built-in rules with those in {@code ruleDirectories} and runs the built-in tests
     * and the directories' tests against them. Rules that do not compile give a report of their
     * problems and nothing else.
     */
    public static RuleTestReport run(List<Path> ruleDirectories) {
        return run(ruleDirectories, RuleTestSelection.ALL);
    }

    /** As {@link #run(List)}, only the tests and rules {@code selection} names. */
    public static RuleTestReport run(List<Path> ruleDirectories, RuleTestSelection selection) {
        Analyzer analyzer;
        List<RuleFile> tests = new ArrayList<>(RuleFiles.builtInTests());
        try {
            analyzer = Analyzer.withRules(ruleDirectories);
            for (Path directory : ruleDirectories) {
                tests.addAll(RuleFiles.testsIn(directory));
            }
        } catch (RuleSetException e) {
            return RuleTestReport.broken(e.problems());
        }
        return new RuleTestRunner(analyzer).runAll(tests, selection);
    }

    /** Runs {@code tests} and sums up per rule. */
    public RuleTestReport runAll(List<RuleFile> tests) {
        return runAll(tests, RuleTestSelection.ALL);
    }

    /**
     * Runs the tests {@code selection} names that test a rule it names, and sums up per named rule;
     * a rule or test it names that does not exist is a problem.
     */
    public RuleTestReport runAll(List<RuleFile> tests, RuleTestSelection selection) {
        List<FixtureResult> fixtures = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>(unknownSelected(tests, selection));
        for (RuleFile test : tests) {
            if (selection.includesTest(test.name()) && testsSelectedRule(test, selection)) {
                FixtureResult result = run(test);
                fixtures.add(result);
                problems.addAll(result.problems());
            }
        }
        List<RuleResult> rules = new ArrayList<>();
        for (RuleMetadata meta : analyzer.rules().rules().values()) {
            String rule = meta.id();
            int covering = 0;
            int marks = 0;
            List<Difference> differences = new ArrayList<>();
            for (FixtureResult fixture : fixtures) {
                if (fixture.rules().contains(rule)) {
                    covering++;
                    marks += fixture.marks().getOrDefault(rule, 0);
                    fixture.differences().stream().filter(d -> d.rule().equals(rule)).forEach(differences::add);
                }
            }
            // naming a test file reports the rules it tests, not every rule as untested
            boolean reported = selection.includesRule(rule) && (selection.tests().isEmpty() || covering > 0);
            if (reported) {
                rules.add(new RuleResult(rule, meta.file().startsWith(RuleFiles.BUILT_IN_PREFIX), covering, marks, differences));
            }
        }
        return new RuleTestReport(problems, rules, fixtures);
    }

    private boolean testsSelectedRule(RuleFile test, RuleTestSelection selection) {
        if (selection.rules().isEmpty()) {
            return true;
        }
        Set<String> underTest = rulesUnderTest(Fixture.parse(test.name(), test.content()), test.builtIn(), new ArrayList<>());
        return underTest.stream().anyMatch(selection::includesRule);
    }

    private List<RuleProblem> unknownSelected(List<RuleFile> tests, RuleTestSelection selection) {
        List<RuleProblem> problems = new ArrayList<>();
        Set<String> known = analyzer.rules().rules().keySet();
        for (String rule : new TreeSet<>(selection.rules())) {
            if (!known.contains(rule)) {
                problems.add(new RuleProblem("rule selection", 0, 0, "unknown rule '" + rule + "'"
                        + NearestName.hint(rule, known) + categoryHint(rule)));
            }
        }
        for (String test : selection.tests()) {
            if (tests.stream().noneMatch(t -> RuleTestSelection.names(t.name(), test))) {
                problems.add(new RuleProblem("test selection", 0, 0, "no rule test is named '" + test + "'"));
            }
        }
        return problems;
    }

    /** Runs one test: its folder is the one holding its {@code tests} folder. */
    public FixtureResult run(RuleFile test) {
        Fixture fixture = Fixture.parse(test.name(), test.content());
        LineIndex lines = LineIndex.of(fixture.source());
        List<RuleProblem> problems = new ArrayList<>();
        for (MarkedText.Problem problem : fixture.marked().problems()) {
            problems.add(new RuleProblem(test.name(), lines.line(problem.offset()), lines.column(problem.offset()), problem.message()));
        }
        Set<String> underTest = rulesUnderTest(fixture, test.builtIn(), problems);
        Map<String, Integer> marks = new TreeMap<>();
        List<Key> expected = new ArrayList<>();
        for (MarkedText.Mark mark : fixture.marked().marks()) {
            if (underTest.contains(mark.label())) {
                expected.add(new Key(mark.label(), mark.start(), mark.end()));
                marks.merge(mark.label(), 1, Integer::sum);
            } else if (!replaced(mark.label(), test.builtIn())) {
                int at = fixture.marked().sourceOffset(mark.start());
                problems.add(new RuleProblem(test.name(), lines.line(at), lines.column(at), unknownMark(mark.label(), fixture)));
            }
        }
        List<Key> actual = new ArrayList<>();
        for (String document : fixture.documents()) {
            DocumentResult result = analyzer.analyze(test.name(), fixture.format(), document);
            if (result.status() != DocumentResult.Status.ANALYZED) {
                int at = fixture.marked().sourceOffset(firstNonBlank(document));
                problems.add(new RuleProblem(test.name(), lines.line(at), lines.column(at), "the analysis failed: " + result.message()));
            }
            for (Finding f : result.findings()) {
                if (underTest.contains(f.rule())) {
                    actual.add(new Key(f.rule(), f.start(), f.end()));
                }
            }
        }
        List<Difference> differences = new ArrayList<>();
        for (Key missing : minus(expected, actual)) {
            differences.add(difference(Difference.Kind.MISSING, missing, fixture, lines));
        }
        for (Key unexpected : minus(actual, expected)) {
            differences.add(difference(Difference.Kind.UNEXPECTED, unexpected, fixture, lines));
        }
        differences.sort(Comparator.comparingInt(Difference::line).thenComparingInt(Difference::column)
                .thenComparing(Difference::kind).thenComparing(Difference::rule));
        underTest.forEach(rule -> marks.putIfAbsent(rule, 0));
        return new FixtureResult(test.name(), List.copyOf(underTest), marks, differences, problems);
    }

    /** A finding or mark as the comparison sees it. */
    private record Key(String rule, int start, int end) {
    }

    /**
     * The header's rules, else every rule of the test's folder. A built-in test leaves out the
     * rules a user's rule has replaced: they are no longer the rules it was written for.
     */
    private Set<String> rulesUnderTest(Fixture fixture, boolean builtIn, List<RuleProblem> problems) {
        Map<String, RuleMetadata> rules = analyzer.rules().rules();
        Set<String> underTest = new TreeSet<>();
        if (fixture.rules().isEmpty()) {
            String folder = Fixture.folderOf(fixture.file());
            rules.values().stream().filter(r -> r.file().startsWith(folder + "/")).forEach(r -> underTest.add(r.id()));
            if (underTest.isEmpty()) {
                problems.add(new RuleProblem(fixture.file(), 1, 1, "no rules under test: name them in a header ("
                        + (fixture.format() == org.framecheck.source.ContentFormat.MARKDOWN ? "<!-- rules: id, id -->" : "# rules: id, id")
                        + ") or put the test in the tests folder beside their DRL files"));
            }
        } else {
            for (String id : fixture.rules()) {
                if (!rules.containsKey(id)) {
                    problems.add(new RuleProblem(fixture.file(), fixture.header(), 1, "unknown rule '" + id + "' in the header"
                            + categoryHint(id)));
                } else {
                    underTest.add(id);
                }
            }
        }
        underTest.removeIf(id -> replaced(id, builtIn));
        return underTest;
    }

    private boolean replaced(String rule, boolean builtInTest) {
        RuleMetadata meta = analyzer.rules().rules().get(rule);
        return builtInTest && meta != null && !meta.file().startsWith(RuleFiles.BUILT_IN_PREFIX);
    }

    private String unknownMark(String label, Fixture fixture) {
        if (analyzer.rules().rules().containsKey(label)) {
            return "mark names rule '" + label + "', which this test does not cover (it tests "
                    + (fixture.rules().isEmpty() ? "the rules of " + Fixture.folderOf(fixture.file()) : String.join(", ", fixture.rules())) + ")";
        }
        return "mark names unknown rule '" + label + "'" + categoryHint(label);
    }

    private String categoryHint(String id) {
        return analyzer.rules().categories().contains(id) ? " (that is a category; marks and headers name rule ids)" : "";
    }

    /** Items of {@code from} not matched one-to-one by an equal item of {@code taken}. */
    private static List<Key> minus(List<Key> from, List<Key> taken) {
        Map<Key, Integer> left = new HashMap<>();
        taken.forEach(k -> left.merge(k, 1, Integer::sum));
        List<Key> rest = new ArrayList<>();
        for (Key k : from) {
            if (left.getOrDefault(k, 0) > 0) {
                left.merge(k, -1, Integer::sum);
            } else {
                rest.add(k);
            }
        }
        return rest;
    }

    private static Difference difference(Difference.Kind kind, Key key, Fixture fixture, LineIndex lines) {
        int at = fixture.marked().sourceOffset(key.start());
        String text = fixture.marked().text().substring(key.start(), key.end()).replaceAll("\\s*\\R\\s*", " ");
        return new Difference(kind, key.rule(), fixture.file(), lines.line(at), lines.column(at), text);
    }

    private static int firstNonBlank(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return Math.min(i, Math.max(0, text.length() - 1));
    }
}
