package org.framecheck.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;
import java.util.Properties;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.framecheck.io.WholeFile;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rule bases kept so that a run with unchanged rules skips the DRL compiler: the built-in
 * rules are compiled when framecheck itself is built ({@link PrecompileRules}), and a run with its
 * own rule folders keeps its compiled rules in its cache folder. A stored base is used only for the
 * same rule and word-list files (by content) and the same framecheck and Drools versions; one that
 * cannot be read is ignored and compiled again.
 */
final class CompiledRules {

    /** The built-in rules, compiled at build time, inside the jar. */
    static final String PRECOMPILED = RuleFiles.DEFAULTS + "rulebase.bin";

    /** How a rule set's compiled rules were obtained, for the log. */
    enum Origin {
        COMPILED("compiled"), PRECOMPILED("precompiled at build time"), CACHED("reused from the cache");

        private final String description;

        Origin(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    private CompiledRules() {
    }

    /** What a stored base must match: the files' fingerprint and the versions that wrote it. */
    static String key(String fingerprint) {
        return fingerprint + "/" + version("/org/framecheck/framecheck.properties", "version") + "/"
                + version("/META-INF/maven/org.drools/drools-core/pom.properties", "version");
    }

    /**
     * A stored base for {@code fingerprint}, checked by its key but not read until first needed; the
     * reader falls back to {@code compile} should the stored bytes fail to load after all.
     */
    static Optional<Lazy> find(String fingerprint, Path cacheDirectory, java.util.function.Supplier<KieBase> compile) {
        String key = key(fingerprint);
        if (hasKey(readHead(() -> CompiledRules.class.getClassLoader().getResourceAsStream(PRECOMPILED)), key)) {
            return Optional.of(new Lazy(Origin.PRECOMPILED, () -> load(fingerprint, cacheDirectory).map(Loaded::kieBase).orElseGet(compile)));
        }
        if (cacheDirectory != null) {
            Path file = cacheFile(cacheDirectory, fingerprint);
            if (Files.isRegularFile(file) && hasKey(readHead(() -> Files.newInputStream(file)), key)) {
                return Optional.of(new Lazy(Origin.CACHED, () -> load(fingerprint, cacheDirectory).map(Loaded::kieBase).orElseGet(compile)));
            }
        }
        return Optional.empty();
    }

    /** A stored base not read yet. */
    record Lazy(Origin origin, java.util.function.Supplier<KieBase> loader) {
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    private static String readHead(Opener opener) {
        try (InputStream in = opener.open()) {
            if (in == null) {
                return "";
            }
            byte[] head = in.readNBytes(512);
            int newline = indexOf(head, (byte) '\n');
            return newline < 0 ? "" : new String(head, 0, newline, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean hasKey(String head, String key) {
        return head.equals(key);
    }

    /** The compiled rules for {@code fingerprint}: built in, or from {@code cacheDirectory} (may be null). */
    static Optional<Loaded> load(String fingerprint, Path cacheDirectory) {
        String key = key(fingerprint);
        try (InputStream in = CompiledRules.class.getClassLoader().getResourceAsStream(PRECOMPILED)) {
            if (in != null) {
                Optional<KieBase> base = read(in.readAllBytes(), key);
                if (base.isPresent()) {
                    return Optional.of(new Loaded(base.get(), Origin.PRECOMPILED));
                }
            }
        } catch (IOException e) {
            // not usable: compile
        }
        if (cacheDirectory != null) {
            Path file = cacheFile(cacheDirectory, fingerprint);
            try {
                if (Files.isRegularFile(file)) {
                    Optional<KieBase> base = read(Files.readAllBytes(file), key);
                    if (base.isPresent()) {
                        return Optional.of(new Loaded(base.get(), Origin.CACHED));
                    }
                }
            } catch (IOException e) {
                // not usable: compile
            }
        }
        return Optional.empty();
    }

    /** A compiled base and how it was obtained. */
    record Loaded(KieBase kieBase, Origin origin) {
    }

    /** Keeps freshly compiled rules in {@code cacheDirectory} for the next run. */
    static void store(String fingerprint, KieBase kieBase, Path cacheDirectory) {
        if (cacheDirectory == null) {
            return;
        }
        try {
            WholeFile.write(cacheFile(cacheDirectory, fingerprint), write(kieBase, key(fingerprint)));
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only costs the next run a compile
        }
    }

    /** The key line, then the serialized packages. */
    static byte[] write(KieBase kieBase, String key) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((key + "\n").getBytes(StandardCharsets.UTF_8));
        try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static Optional<KieBase> read(byte[] bytes, String key) {
        int newline = indexOf(bytes, (byte) '\n');
        if (newline < 0 || !new String(bytes, 0, newline, StandardCharsets.UTF_8).equals(key)) {
            return Optional.empty();
        }
        return DroolsClassLoader.call(() -> {
            try (var in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes, newline + 1, bytes.length - newline - 1),
                    CompiledRules.class.getClassLoader())) {
                Collection<KiePackage> packages = (Collection<KiePackage>) in.readObject();
                InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
                base.addPackages(packages);
                return Optional.of((KieBase) base);
            } catch (IOException | ClassNotFoundException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    private static Path cacheFile(Path cacheDirectory, String fingerprint) {
        return cacheDirectory.resolve("rulebase-" + fingerprint.substring(0, 32) + ".bin");
    }

    private static String version(String resource, String property) {
        try (InputStream in = CompiledRules.class.getResourceAsStream(resource)) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty(property, "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length && i < 512; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
