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
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.framecheck.findings.Severity;
import org.framecheck.lexicon.Lexicon;
import org.framecheck.lexicon.LexiconParser;
import org.framecheck.lexicon.LexiconSyntaxException;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
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
 * the same id. Every problem in every file is collected before failing, each as one line.
 */
public final class RuleSetLoader {

    /** Where the built-in rules sit on the class path. */
    static final String DEFAULTS = "org/framecheck/defaults/rules/";
    /** Word lists the fact extractor itself needs. */
    static final List<String> REQUIRED_LISTS = List.of("speech-verbs", "source-types", "source-roles");

    private RuleSetLoader() {
    }

    /** The built-in rules plus those in {@code directories}. */
    public static RuleSet load(List<Path> directories) throws RuleSetException {
        List<RuleFile> files = new ArrayList<>(builtInFiles());
        List<RuleProblem> problems = new ArrayList<>();
        for (Path directory : directories) {
            files.addAll(filesIn(directory, problems));
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return compile(files);
    }

    /** Compiles exactly {@code files}: no built-in rules unless they are among them. */
    public static RuleSet compile(List<RuleFile> files) throws RuleSetException {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Lexicon> lexicons = lexicons(files, problems);
        for (String required : REQUIRED_LISTS) {
            if (!lexicons.containsKey(required)) {
                problems.add(new RuleProblem(required + ".words", 0, 0, "required word list '" + required + "' is missing"));
            }
        }

        Map<String, RuleFile.Declaration> declared = new HashMap<>();
        Map<String, RuleFile> declaredIn = new HashMap<>();
        List<String> overridden = new ArrayList<>();
        List<RuleFile> drls = files.stream().filter(RuleFile::isDrl).toList();
        for (RuleFile file : drls) {
            for (RuleFile.Declaration d : file.declarations()) {
                RuleFile previous = declaredIn.get(d.id());
                if (previous == null || previous.builtIn() && !file.builtIn()) {
                    if (previous != null) {
                        overridden.add(d.id());
                    }
                    declared.put(d.id(), d);
                    declaredIn.put(d.id(), file);
                } else if (previous.builtIn() == file.builtIn()) {
                    problems.add(new RuleProblem(file.name(), d.line(), 1, "duplicate rule id '" + d.id()
                            + "', already declared at " + previous.name() + ":" + declared.get(d.id()).line()));
                }
            }
        }

        KieBase kieBase = DroolsClassLoader.call(() -> build(drls, problems));
        Map<String, RuleMetadata> rules = new LinkedHashMap<>();
        if (problems.isEmpty()) {
            for (KiePackage pkg : kieBase.getKiePackages()) {
                for (Rule rule : List.copyOf(pkg.getRules())) {
                    RuleFile file = declaredIn.get(rule.getName());
                    boolean replaced = overridden.contains(rule.getName()) && file != null && !isFrom(rule, file);
                    if (replaced) {
                        DroolsClassLoader.call(() -> {
                            kieBase.removeRule(pkg.getName(), rule.getName());
                            return null;
                        });
                        continue;
                    }
                    RuleFile.Declaration d = declared.get(rule.getName());
                    String fileName = file == null ? "?" : file.name();
                    int line = d == null ? 0 : d.line();
                    metadata(rule, fileName, line, problems).ifPresent(m -> rules.put(m.id(), m));
                }
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
            throw new RuleSetException(problems);
        }
        return new RuleSet(kieBase, rules, lexicons, fingerprint(files), ruleLists(drls));
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

    private static boolean isFrom(Rule rule, RuleFile file) {
        if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null) {
            return file.name().equals(impl.getResource().getSourcePath());
        }
        return true;
    }

    private static KieBase build(List<RuleFile> drls, List<RuleProblem> problems) {
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
            problems.add(new RuleProblem(drls.isEmpty() ? "?" : drls.get(0).name(), 0, 0, oneLine(e.getMessage())));
            return builder.newKieBase();
        }
        List<RuleProblem> found = new ArrayList<>();
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            found.add(problem(result));
        }
        // Drools adds "Parser returned a null Package" after a syntax error; the syntax error says it all.
        found.removeIf(p -> p.message().startsWith("Parser returned a null Package")
                && found.stream().anyMatch(other -> other != p && other.file().equals(p.file())));
        problems.addAll(found);
        return problems.isEmpty() ? builder.newKieBase() : null;
    }

    private static RuleProblem problem(KnowledgeBuilderResult result) {
        String file = result.getResource() == null ? "?" : result.getResource().getSourcePath();
        int[] lines = result.getLines();
        int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
        int column = 0;
        String message = oneLine(result.getMessage());
        if (result instanceof org.drools.drl.parser.ParserError parserError) {
            line = parserError.getRow();
            column = parserError.getCol() + 1;
            message = message.replaceFirst("Line \\d+:\\d+ ", "")
                    + " (syntax errors are reported at the next token: the mistake may be just before it)";
        }
        return new RuleProblem(file, line, column, message);
    }

    private static java.util.Optional<RuleMetadata> metadata(Rule rule, String file, int line, List<RuleProblem> problems) {
        Map<String, Object> meta = rule.getMetaData();
        List<String> missing = new ArrayList<>();
        for (String key : List.of("category", "severity", "message", "explanation", "reason", "example", "counterExample")) {
            if (text(meta, key).isEmpty()) {
                missing.add("@" + key);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new RuleProblem(file, line, 1, "rule '" + rule.getName() + "' lacks " + String.join(", ", missing)));
            return java.util.Optional.empty();
        }
        var severity = Severity.parse(text(meta, "severity"));
        if (severity.isEmpty()) {
            problems.add(new RuleProblem(file, line, 1, "rule '" + rule.getName() + "' has @severity(\""
                    + text(meta, "severity") + "\"); expected info, warning or error"));
            return java.util.Optional.empty();
        }
        String inQuotes = text(meta, "inQuotes").isEmpty() ? "info" : text(meta, "inQuotes");
        if (!List.of("info", "skip", "keep").contains(inQuotes)) {
            problems.add(new RuleProblem(file, line, 1, "rule '" + rule.getName() + "' has @inQuotes(\"" + inQuotes
                    + "\"); expected info, skip or keep"));
            return java.util.Optional.empty();
        }
        String scope = text(meta, "scope").isEmpty() ? "span" : text(meta, "scope");
        if (!List.of("span", "document").contains(scope)) {
            problems.add(new RuleProblem(file, line, 1, "rule '" + rule.getName() + "' has @scope(\"" + scope
                    + "\"); expected span or document"));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new RuleMetadata(rule.getName(), text(meta, "category"), severity.get(),
                text(meta, "message"), text(meta, "explanation"), text(meta, "reason"), text(meta, "suggestion"),
                text(meta, "example"), text(meta, "counterExample"), inQuotes, scope, file, line));
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            return "";
        }
        String s = value.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static Map<String, Lexicon> lexicons(List<RuleFile> files, List<RuleProblem> problems) {
        Map<String, Lexicon> lexicons = new LinkedHashMap<>();
        for (RuleFile file : files) {
            if (!file.isWordList()) {
                continue;
            }
            try {
                Lexicon lexicon = LexiconParser.parse(file.wordListName(), file.name(), file.content());
                lexicons.merge(lexicon.name(), lexicon, (a, b) -> {
                    List<org.framecheck.lexicon.LexiconEntry> entries = new ArrayList<>(a.entries());
                    entries.addAll(b.entries());
                    return new Lexicon(a.name(), a.file() + ", " + b.file(), entries);
                });
            } catch (LexiconSyntaxException e) {
                problems.add(new RuleProblem(e.file(), e.line(), e.column(), e.getMessage()));
            }
        }
        return lexicons;
    }

    private static String fingerprint(List<RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.stream().sorted(Comparator.comparing(RuleFile::name)).forEach(f -> {
                digest.update(f.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(f.content().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The rule and word-list files in {@code directory} and below, sorted by path. */
    static List<RuleFile> filesIn(Path directory, List<RuleProblem> problems) {
        if (!Files.isDirectory(directory)) {
            problems.add(new RuleProblem(directory.toString(), 0, 0, "rule directory does not exist or is not a directory"));
            return List.of();
        }
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                String name = path.toString().replace('\\', '/');
                if (name.endsWith(".drl") || name.endsWith(".words")) {
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

    /** The rules that ship inside this jar (or its classes folder, in a development build). */
    public static List<RuleFile> builtInFiles() {
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
                        if (name.startsWith(DEFAULTS) && (name.endsWith(".drl") || name.endsWith(".words"))) {
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
                        String relative = root.relativize(path).toString().replace('\\', '/');
                        if (relative.endsWith(".drl") || relative.endsWith(".words")) {
                            files.add(new RuleFile(builtInName(relative), Files.readString(path, StandardCharsets.UTF_8), true));
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

    private static String builtInName(String relative) {
        return "framecheck:rules/" + relative;
    }
}
