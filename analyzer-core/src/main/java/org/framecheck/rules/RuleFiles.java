package org.framecheck.rules;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Where rule files come from: the built-in rules inside the jar (or the classes folder of a
 * development build) and the rule folders a user names, each file read whole with its name as
 * messages show it.
 */
public final class RuleFiles {

    /** Where the built-in rules sit on the class path. */
    static final String DEFAULTS = "org/framecheck/defaults/rules/";
    /** The prefix of the names of built-in files. */
    public static final String BUILT_IN_PREFIX = "framecheck:rules/";
    private RuleFiles() {
    }

    /** The built-in or user DRL file of that name ({@link RuleMetadata#file()}), read again. */
    public static Optional<RuleFile> ruleSource(String name, List<Path> directories) {
        List<RuleFile> files = new ArrayList<>(builtInFiles());
        for (Path directory : directories) {
            files.addAll(filesIn(directory, RuleFile::isRuleSource, new ArrayList<>()));
        }
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
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
        URL marker = RuleFiles.class.getClassLoader().getResource(DEFAULTS + "README.md");
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
