package org.framecheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.framecheck.findings.Severity;
import org.framecheck.io.Sha256;
import org.framecheck.lexicon.Lexicon;
import org.framecheck.lexicon.LexiconEntry;
import org.framecheck.lexicon.LexiconParser;
import org.framecheck.lexicon.LexiconSyntaxException;
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
 * by name, DRL files compiled together, and a rule in a user directory replaces a built-in rule of
 * the same id. Every problem in every file is collected before failing, each as one line
 * ({@code file:line:column: message}).
 */
public final class RuleSetLoader {

    /** Where the built-in rules sit on the class path. */
    static final String DEFAULTS = "org/framecheck/defaults/rules/";
    /** The prefix of the names of built-in files. */
    public static final String BUILT_IN_PREFIX = "framecheck:rules/";
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
        List<RuleFile> files = new ArrayList<>(builtInFiles());
        List<RuleProblem> problems = new ArrayList<>();
        for (Path directory : directories) {
            files.addAll(filesIn(directory, RuleFile::isRuleSource, problems));
        }
        return compile(files, problems, cacheDirectory, true);
    }

    /** The built-in or user DRL file of that name ({@link RuleMetadata#file()}), read again. */
    public static Optional<RuleFile> ruleSource(String name, List<Path> directories) {
        List<RuleFile> files = new ArrayList<>(builtInFiles());
        for (Path directory : directories) {
            files.addAll(filesIn(directory, RuleFile::isRuleSource, new ArrayList<>()));
        }
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
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
        Map<String, Lexicon> lexicons = lexicons(files, problems);
        for (String required : REQUIRED_LISTS) {
            if (!lexicons.containsKey(required)) {
                problems.add(new RuleProblem(required + ".words", 0, 0, "required word list '" + required + "' is missing"));
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
        Map<String, Set<String>> valueSets = valueSets(lexicons);
        List<RuleFile> sources = new ArrayList<>();
        for (RuleFile file : drls) {
            PackageDescr parsed = parse(file);
            if (parsed == null) {
                sources.add(file); // compiling reports the syntax error
                continue;
            }
            for (RuleDescr rule : parsed.getRules()) {
                Optional<RuleMetadata> metadata = metadata(rule, file, problems);
                ConstraintCheck.check(file.name(), rule, typeErrors, valueSets);
                if (file.equals(declaredIn.get(rule.getName()))) {
                    metadata.ifPresent(m -> rules.put(m.id(), m));
                }
            }
            sources.add(withoutReplacedRules(file, parsed, declaredIn));
        }
        problems.addAll(typeErrors);
        String fingerprint = fingerprint(files);
        // Metadata, types and word lists are checked on every run; only the compiling is reused, and a
        // stored rule base (compiled from these very files before, so free of errors) is read only
        // when an article needs the rules.
        Optional<CompiledRules.Lazy> stored = reuse && problems.isEmpty()
                ? CompiledRules.find(fingerprint, cacheDirectory, () -> compileOrFail(sources, typeErrors, duplicated))
                : Optional.empty();
        if (stored.isPresent()) {
            return new RuleSet(RuleSet.Compiled.lazily(stored.get().loader()), rules, lexicons, fingerprint, ruleLists(drls),
                    stored.get().origin().description());
        }
        KieBase kieBase = DroolsClassLoader.call(() -> build(sources, typeErrors, duplicated, problems));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                    .thenComparingInt(RuleProblem::column));
            throw new RuleSetException(problems);
        }
        CompiledRules.store(fingerprint, kieBase, cacheDirectory);
        return new RuleSet(RuleSet.Compiled.of(kieBase), rules, lexicons, fingerprint, ruleLists(drls),
                CompiledRules.Origin.COMPILED.description());
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

    private static final java.util.regex.Pattern TERM_PATTERN = java.util.regex.Pattern.compile("TermMatch\\s*\\(");
    private static final java.util.regex.Pattern LIST_NAME = java.util.regex.Pattern.compile(
            "list\\s*(?:==\\s*\"([^\"]+)\"|in\\s*\\(([^)]*)\\))");

    /**
     * The word lists the rules name in {@code TermMatch( list == "x" )} or {@code list in ("x", "y")};
     * null when some TermMatch pattern names no list, so that every list must reach the engine.
     */
    private static java.util.Set<String> ruleLists(List<RuleFile> drls) {
        java.util.Set<String> lists = new java.util.TreeSet<>();
        for (RuleFile file : drls) {
            String code = file.content();
            java.util.regex.Matcher pattern = TERM_PATTERN.matcher(code);
            while (pattern.find()) {
                int depth = 1;
                int i = pattern.end();
                while (i < code.length() && depth > 0) {
                    char c = code.charAt(i++);
                    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                }
                String constraints = code.substring(pattern.end(), Math.max(pattern.end(), i - 1));
                java.util.regex.Matcher names = LIST_NAME.matcher(constraints);
                boolean named = false;
                while (names.find()) {
                    named = true;
                    if (names.group(1) != null) {
                        lists.add(names.group(1));
                    } else {
                        for (String name : names.group(2).split(",")) {
                            lists.add(name.strip().replace("\"", ""));
                        }
                    }
                }
                if (!named) {
                    return null;
                }
            }
        }
        return lists;
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

    /**
     * The values a text field can take, where there is a fixed set: word lists and their tags (from the
     * lists loaded), source types, genres, voices. A rule comparing such a field with another value
     * would never fire.
     */
    private static Map<String, Set<String>> valueSets(Map<String, Lexicon> lexicons) {
        Set<String> tags = new HashSet<>();
        for (Lexicon lexicon : lexicons.values()) {
            lexicon.entries().forEach(e -> {
                if (e.tag() != null && !e.tag().isEmpty()) {
                    tags.add(e.tag());
                }
            });
        }
        Set<String> types = Set.copyOf(org.framecheck.facts.SourceType.PRIORITY);
        Set<String> genres = Set.of(org.framecheck.facts.Genre.NEWS, org.framecheck.facts.Genre.ANALYSIS,
                org.framecheck.facts.Genre.OPINION, org.framecheck.facts.Genre.REVIEW, org.framecheck.facts.Genre.LETTERS,
                org.framecheck.facts.Genre.COMMENT);
        return Map.of("TermMatch.list", Set.copyOf(lexicons.keySet()), "TermMatch.tag", Set.copyOf(tags),
                "Attribution.sourceType", types, "Source.type", types, "Article.genre", genres,
                "Sentence.voice", Set.of(org.framecheck.facts.Genre.NEWS, org.framecheck.facts.Genre.OPINION));
    }

    /** The rule's metadata from its annotations, or a problem naming what is missing or wrong. */
    private static Optional<RuleMetadata> metadata(RuleDescr rule, RuleFile file, List<RuleProblem> problems) {
        Map<String, String> meta = new HashMap<>();
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            meta.put(annotation.getName(), annotationText(annotation.getValue()));
        }
        String id = rule.getName();
        int line = rule.getLine();
        String name = file.name();
        List<String> missing = new ArrayList<>();
        for (String key : List.of("category", "severity", "message", "explanation", "reason", "example", "counterExample")) {
            if (meta.getOrDefault(key, "").isEmpty()) {
                missing.add("@" + key);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new RuleProblem(name, line, 1, "rule '" + id + "' lacks " + String.join(", ", missing)));
            return Optional.empty();
        }
        var severity = Severity.parse(meta.get("severity"));
        if (severity.isEmpty()) {
            problems.add(new RuleProblem(name, line, 1, "rule '" + id + "' has @severity(\""
                    + meta.get("severity") + "\"); expected info, warning or error"));
            return Optional.empty();
        }
        String inQuotes = meta.getOrDefault("inQuotes", "").isEmpty() ? "info" : meta.get("inQuotes");
        if (!List.of("info", "skip", "keep").contains(inQuotes)) {
            problems.add(new RuleProblem(name, line, 1, "rule '" + id + "' has @inQuotes(\"" + inQuotes
                    + "\"); expected info, skip or keep"));
            return Optional.empty();
        }
        String scope = meta.getOrDefault("scope", "").isEmpty() ? "span" : meta.get("scope");
        if (!List.of("span", "document").contains(scope)) {
            problems.add(new RuleProblem(name, line, 1, "rule '" + id + "' has @scope(\"" + scope
                    + "\"); expected span or document"));
            return Optional.empty();
        }
        String inOpinion = meta.getOrDefault("inOpinion", "").isEmpty() ? "keep" : meta.get("inOpinion");
        if (!List.of("info", "skip", "keep").contains(inOpinion)) {
            problems.add(new RuleProblem(name, line, 1, "rule '" + id + "' has @inOpinion(\"" + inOpinion
                    + "\"); expected info, skip or keep"));
            return Optional.empty();
        }
        Severity inHeadline = null;
        if (!meta.getOrDefault("inHeadline", "").isEmpty()) {
            inHeadline = Severity.parse(meta.get("inHeadline")).orElse(null);
            if (inHeadline == null) {
                problems.add(new RuleProblem(name, line, 1, "rule '" + id + "' has @inHeadline(\""
                        + meta.get("inHeadline") + "\"); expected info, warning or error"));
                return Optional.empty();
            }
        }
        return Optional.of(new RuleMetadata(id, meta.get("category"), severity.get(), meta.get("message"),
                meta.get("explanation"), meta.get("reason"), meta.getOrDefault("suggestion", ""), meta.get("example"),
                meta.get("counterExample"), inQuotes, scope, inOpinion, inHeadline, name, line));
    }

    /** An annotation's value as the rule author meant it: quotes removed, escapes resolved. */
    private static String annotationText(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString().strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            s = s.substring(1, s.length() - 1);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static Map<String, Lexicon> lexicons(List<RuleFile> files, List<RuleProblem> problems) {
        Map<String, Lexicon> lexicons = new LinkedHashMap<>();
        for (RuleFile file : files) {
            if (!file.isWordList()) {
                continue;
            }
            wordList(file, problems).ifPresent(lexicon -> lexicons.merge(lexicon.name(), lexicon, (a, b) -> {
                List<LexiconEntry> entries = new ArrayList<>(a.entries());
                entries.addAll(b.entries());
                return new Lexicon(a.name(), a.file() + ", " + b.file(), entries);
            }));
        }
        return lexicons;
    }

    /**
     * Reads one word list, reporting every broken line: the parser stops at the first, so each one
     * found is blanked (line numbers stay true) and the list read again.
     */
    private static Optional<Lexicon> wordList(RuleFile file, List<RuleProblem> problems) {
        String[] lines = file.content().split("\r\n|\r|\n", -1);
        boolean broken = false;
        while (true) {
            try {
                Lexicon lexicon = LexiconParser.parse(file.wordListName(), file.name(), String.join("\n", lines));
                return broken ? Optional.empty() : Optional.of(lexicon);
            } catch (LexiconSyntaxException e) {
                problems.add(new RuleProblem(e.file(), e.line(), e.column(), e.getMessage()));
                broken = true;
                if (e.line() < 1 || e.line() > lines.length || lines[e.line() - 1].isEmpty()) {
                    return Optional.empty();
                }
                lines[e.line() - 1] = "";
            }
        }
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


    /** The DRL files, word lists and rule tests in {@code directory} and below, sorted by path. */
    static List<RuleFile> filesIn(Path directory, Predicate<RuleFile> wanted, List<RuleProblem> problems) {
        if (!Files.isDirectory(directory)) {
            problems.add(new RuleProblem(directory.toString(), 0, 0, "rule directory does not exist or is not a directory"));
            return List.of();
        }
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                String name = path.toString().replace('\\', '/');
                if (wanted.test(new RuleFile(name, "", false))) {
                    try {
                        files.add(new RuleFile(name, Files.readString(path, StandardCharsets.UTF_8), false));
                    } catch (IOException e) {
                        problems.add(new RuleProblem(name, 0, 0, "cannot be read: " + e.getMessage()));
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new RuleProblem(directory.toString(), 0, 0, "cannot be read: " + e.getMessage()));
        }
        return files;
    }

    /** The rule tests in {@code directory} and below ({@code tests/*.txt}, {@code tests/*.md}), sorted by path. */
    public static List<RuleFile> testsIn(Path directory) throws RuleSetException {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleFile> tests = filesIn(directory, RuleFile::isTest, problems);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return tests;
    }

    /** The rules that ship inside this jar (or its classes folder, in a development build). */
    public static List<RuleFile> builtInFiles() {
        return builtIns(RuleFile::isRuleSource);
    }

    /** The tests of the built-in rules. */
    public static List<RuleFile> builtInTests() {
        return builtIns(RuleFile::isTest);
    }

    private static List<RuleFile> builtIns(Predicate<RuleFile> wanted) {
        URL marker = RuleSetLoader.class.getClassLoader().getResource(DEFAULTS + "README.md");
        if (marker == null) {
            throw new IllegalStateException("the built-in rules are missing from the class path (" + DEFAULTS + ")");
        }
        List<RuleFile> files = new ArrayList<>();
        try {
            if (marker.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) marker.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry entry = entries.nextElement();
                        String name = entry.getName();
                        if (name.startsWith(DEFAULTS) && !entry.isDirectory()
                                && wanted.test(new RuleFile(builtInName(name.substring(DEFAULTS.length())), "", true))) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                files.add(new RuleFile(builtInName(name.substring(DEFAULTS.length())),
                                        new String(in.readAllBytes(), StandardCharsets.UTF_8), true));
                            }
                        }
                    }
                }
            } else {
                Path root = Path.of(marker.toURI()).getParent();
                try (Stream<Path> paths = Files.walk(root)) {
                    for (Path path : paths.filter(Files::isRegularFile).toList()) {
                        String name = builtInName(root.relativize(path).toString().replace('\\', '/'));
                        if (wanted.test(new RuleFile(name, "", true))) {
                            files.add(new RuleFile(name, Files.readString(path, StandardCharsets.UTF_8), true));
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the built-in rules: " + e.getMessage(), e);
        }
        files.sort(Comparator.comparing(RuleFile::name));
        return files;
    }

    /** The name built-in files go by in messages and reports; a rule's file is {@code framecheck:rules/<folder>/<file>.drl}. */
    static String builtInName(String relative) {
        return BUILT_IN_PREFIX + relative;
    }
}
