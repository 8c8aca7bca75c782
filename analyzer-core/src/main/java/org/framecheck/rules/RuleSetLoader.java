package org.framecheck.rules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.framecheck.io.Sha256;
import org.framecheck.lexicon.Lexicon;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Loads the built-in rules and any rule directories into one {@link RuleSet}: word lists are merged
 * by name ({@link WordLists}), DRL files compiled together, and a rule in a user directory replaces a
 * built-in rule of the same id. Every problem in every file is collected before failing, each as one
 * line ({@code file:line:column: message}). Where the files come from is {@link RuleFiles}'s job, and
 * reading a rule's metadata {@link RuleMetadataReader}'s.
 */
public final class RuleSetLoader {

    /** Word lists the fact extractor itself needs. */
    static final List<String> REQUIRED_LISTS = List.of("speech-verbs", "source-types", "source-roles");

    private RuleSetLoader() {
    }

    /** The built-in rules plus those in {@code directories}. */
    public static RuleSet load(List<Path> directories) throws RuleSetException {
        return load(directories, null);
    }

    /**
     * The built-in rules plus those in {@code directories}, reusing compiled rules kept in
     * {@code cacheDirectory} (may be null) when the files are unchanged, and keeping them there.
     */
    public static RuleSet load(List<Path> directories, Path cacheDirectory) throws RuleSetException {
        List<RuleFile> files = new ArrayList<>(RuleFiles.builtInFiles());
        List<RuleProblem> problems = new ArrayList<>();
        for (Path directory : directories) {
            files.addAll(RuleFiles.filesIn(directory, RuleFile::isRuleSource, problems));
        }
        return compile(files, problems, cacheDirectory, true);
    }

    /** Compiles exactly {@code files}: no built-in rules unless they are among them. */
    public static RuleSet compile(List<RuleFile> files) throws RuleSetException {
        return compile(files, new ArrayList<>(), null, false);
    }

    /**
     * Every check runs even when an earlier one failed, so that one run lists every problem: word
     * lists, duplicate ids, metadata and field types are checked on each file's own parse, apart
     * from compiling all DRL files together.
     */
    private static RuleSet compile(List<RuleFile> files, List<RuleProblem> problems, Path cacheDirectory,
                                   boolean reuse) throws RuleSetException {
        Map<String, Lexicon> lexicons = WordLists.read(files, problems);
        for (String required : REQUIRED_LISTS) {
            if (!lexicons.containsKey(required)) {
                problems.add(new RuleProblem(required + ".words", 0, 0, "required word list '" + required + "' is missing"));
            }
        }
        String fingerprint = fingerprint(files);
        if (reuse && problems.isEmpty()) {
            // files that checked and compiled cleanly before check the same way: no DRL parsing at all
            Optional<CheckedRules> checked = CheckedRules.find(fingerprint, cacheDirectory);
            Optional<CompiledRules.Lazy> stored = checked.isEmpty() ? Optional.empty()
                    : CompiledRules.find(fingerprint, cacheDirectory, () -> compileAgain(files));
            if (stored.isPresent()) {
                return new RuleSet(RuleSet.Compiled.lazily(stored.get().loader()), checked.get().byId(), lexicons, fingerprint,
                        checked.get().lists(), stored.get().origin().description());
            }
        }

        List<RuleFile> drls = files.stream().filter(RuleFile::isDrl).toList();
        Map<String, RuleFile> declaredIn = new HashMap<>();
        Set<String> duplicated = new HashSet<>();
        for (RuleFile file : drls) {
            for (RuleFile.Declaration d : file.declarations()) {
                RuleFile previous = declaredIn.get(d.id());
                if (previous == null || previous.builtIn() && !file.builtIn()) {
                    declaredIn.put(d.id(), file);
                } else if (previous.builtIn() == file.builtIn()) {
                    int previousLine = previous.declarations().stream().filter(p -> p.id().equals(d.id()))
                            .findFirst().map(RuleFile.Declaration::line).orElse(0);
                    problems.add(new RuleProblem(file.name(), d.line(), 1, "duplicate rule id '" + d.id()
                            + "', already declared at " + previous.name() + ":" + previousLine));
                    duplicated.add(file.name());
                }
            }
        }

        Map<String, RuleMetadata> rules = new LinkedHashMap<>();
        List<RuleProblem> typeErrors = new ArrayList<>();
        Map<String, Set<String>> valueSets = WordLists.valueSets(lexicons);
        List<RuleFile> sources = new ArrayList<>();
        List<PackageDescr> packages = new ArrayList<>();
        for (RuleFile file : drls) {
            PackageDescr parsed = parse(file);
            if (parsed == null) {
                sources.add(file); // compiling reports the syntax error
                continue;
            }
            packages.add(parsed);
            for (RuleDescr rule : parsed.getRules()) {
                Optional<RuleMetadata> metadata = RuleMetadataReader.read(rule, file, problems);
                ConstraintCheck.check(file.name(), rule, typeErrors, valueSets);
                if (file.equals(declaredIn.get(rule.getName()))) {
                    metadata.ifPresent(m -> rules.put(m.id(), m));
                }
            }
            sources.add(withoutReplacedRules(file, parsed, declaredIn));
        }
        problems.addAll(typeErrors);
        // Metadata, types and word lists are checked on every run; only the compiling is reused, and a
        // stored rule base (compiled from these very files before, so free of errors) is read only
        // when an article needs the rules.
        Optional<CompiledRules.Lazy> stored = reuse && problems.isEmpty()
                ? CompiledRules.find(fingerprint, cacheDirectory, () -> compileOrFail(sources, typeErrors, duplicated))
                : Optional.empty();
        if (stored.isPresent()) {
            new CheckedRules(List.copyOf(rules.values()), NamedLists.of(packages)).store(fingerprint, cacheDirectory);
            return new RuleSet(RuleSet.Compiled.lazily(stored.get().loader()), rules, lexicons, fingerprint, NamedLists.of(packages),
                    stored.get().origin().description());
        }
        KieBase kieBase = DroolsClassLoader.call(() -> build(sources, typeErrors, duplicated, problems));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                    .thenComparingInt(RuleProblem::column));
            throw new RuleSetException(problems);
        }
        CompiledRules.store(fingerprint, kieBase, cacheDirectory);
        if (reuse) {
            new CheckedRules(List.copyOf(rules.values()), NamedLists.of(packages)).store(fingerprint, cacheDirectory);
        }
        return new RuleSet(RuleSet.Compiled.of(kieBase), rules, lexicons, fingerprint, NamedLists.of(packages),
                CompiledRules.Origin.COMPILED.description());
    }

    /** Checks and compiles files whose stored check and base were found but whose base could not be read after all. */
    private static KieBase compileAgain(List<RuleFile> files) {
        try {
            return compile(files, new ArrayList<>(), null, false).kieBase();
        } catch (RuleSetException e) {
            throw new IllegalStateException("the rules no longer compile: " + e.getMessage(), e);
        }
    }

    /** Compiles files that compiled cleanly before (their stored base could not be read after all). */
    private static KieBase compileOrFail(List<RuleFile> sources, List<RuleProblem> typeErrors, Set<String> duplicated) {
        List<RuleProblem> problems = new ArrayList<>();
        KieBase kieBase = DroolsClassLoader.call(() -> build(sources, typeErrors, duplicated, problems));
        if (kieBase == null) {
            throw new IllegalStateException("the rules no longer compile: " + problems);
        }
        return kieBase;
    }

    /** The file's own parse, for metadata and checks; null when it does not parse. */
    private static PackageDescr parse(RuleFile file) {
        DrlParser parser = new DrlParser();
        PackageDescr parsed = DroolsClassLoader.call(() -> {
            try {
                return parser.parse(false, file.content());
            } catch (DroolsParserException | RuntimeException e) {
                return null;
            }
        });
        return parser.hasErrors() ? null : parsed;
    }

    /**
     * A built-in file without the rules that a user file replaces, blanked out with spaces so that
     * line numbers stay true. Leaving them out before compiling lets the user's rule live in any
     * package, the built-in one's included.
     */
    private static RuleFile withoutReplacedRules(RuleFile file, PackageDescr parsed, Map<String, RuleFile> declaredIn) {
        if (!file.builtIn()) {
            return file;
        }
        char[] content = file.content().toCharArray();
        boolean changed = false;
        for (RuleDescr rule : parsed.getRules()) {
            if (!file.equals(declaredIn.get(rule.getName()))) {
                for (int i = rule.getStartCharacter(); i < rule.getEndCharacter(); i++) {
                    if (content[i] != '\n' && content[i] != '\r') {
                        content[i] = ' ';
                    }
                }
                changed = true;
            }
        }
        return changed ? new RuleFile(file.name(), new String(content), true) : file;
    }

    /**
     * @param typeErrors what the type check found; Drools' own report of the same mistake (it
     *                   fails on {@code governed == 3} too, without a line) is left out
     * @param duplicated files with a duplicate rule id, whose Drools errors about the duplicate
     *                   only repeat it
     */
    private static KieBase build(List<RuleFile> drls, List<RuleProblem> typeErrors, Set<String> duplicated,
                                 List<RuleProblem> problems) {
        // Facts are never modified once inserted, so property reactivity buys nothing; switching it
        // off also silences Drools' warnings about functions it cannot analyse (before($a, this, n)).
        var configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        configuration.setOption(org.kie.internal.builder.conf.PropertySpecificOption.DISABLED);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleFile file : drls) {
            batch.add(ResourceFactory.newByteArrayResource(file.content().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(file.name()), ResourceType.DRL);
        }
        try {
            batch.build();
        } catch (RuntimeException e) {
            problems.add(new RuleProblem(drls.isEmpty() ? "?" : drls.get(0).name(), 0, 0, DroolsMessages.oneLine(e.getMessage())));
            return null;
        }
        Map<String, RuleFile> byName = new HashMap<>();
        drls.forEach(f -> byName.put(f.name(), f));
        List<RuleProblem> found = new ArrayList<>();
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            RuleProblem problem = DroolsMessages.problem(result, byName);
            boolean known = typeErrors.stream().anyMatch(t -> t.file().equals(problem.file()) && t.line() == problem.line())
                    || duplicated.contains(problem.file()) && DroolsMessages.isAboutDuplicate(problem.message());
            if (!known && !found.contains(problem)) {
                found.add(problem);
            }
        }
        // Drools adds "Parser returned a null Package" after a syntax error; the syntax error says it all.
        found.removeIf(p -> p.message().startsWith("Parser returned a null Package")
                && found.stream().anyMatch(other -> other != p && other.file().equals(p.file())));
        problems.addAll(found);
        return problems.isEmpty() ? builder.newKieBase() : null;
    }

    private static String fingerprint(List<RuleFile> files) {
        MessageDigest digest = Sha256.digest();
        files.stream().sorted(Comparator.comparing(RuleFile::name)).forEach(f -> {
            digest.update(f.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(f.content().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        });
        return HexFormat.of().formatHex(digest.digest());
    }



}
