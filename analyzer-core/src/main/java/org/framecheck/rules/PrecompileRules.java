package org.framecheck.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compiles the built-in rules when framecheck is built and stores them in the jar, so that a run
 * with the built-in rules only never starts the DRL compiler. Run by the analyzer-core build:
 * {@code java org.framecheck.rules.PrecompileRules target/classes/org/framecheck/defaults/rules/rulebase.bin}.
 */
public final class PrecompileRules {

    private PrecompileRules() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args[0]);
        RuleSet rules = RuleSetLoader.compile(RuleFiles.builtInFiles());
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.write(output, CompiledRules.write(rules.kieBase(), CompiledRules.key(rules.fingerprint())));
        // and what checking them found, so that a run need not parse them either
        Files.write(output.resolveSibling("rules-checked.json"), new CheckedRules(List.copyOf(rules.rules().values()),
                rules.ruleLists()).write(CompiledRules.key(rules.fingerprint())));
        System.out.println("framecheck: precompiled " + rules.rules().size() + " built-in rules into " + output);
    }
}
