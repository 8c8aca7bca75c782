package org.framecheck.rules;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.framecheck.lexicon.Lexicon;
import org.kie.api.KieBase;

/**
 * Compiled rules with their metadata and word lists: built once per run, shared by all threads.
 *
 * @param compiled    the compiled DRL; read from a stored rule base only when first needed, so a run
 *                    whose articles all come from the cache never loads it
 * @param rules       metadata by rule id, sorted by id
 * @param lexicons    word lists by name
 * @param fingerprint a hash of every rule and word-list file, for caches
 * @param ruleLists   the word lists the rules name ({@code TermMatch( list == "x" )}); null when a
 *                    rule matches term facts without naming its list, so every list is needed
 * @param origin      how the compiled rules were obtained: compiled, precompiled at build time, or
 *                    reused from the cache
 */
public record RuleSet(Compiled compiled, Map<String, RuleMetadata> rules, Map<String, Lexicon> lexicons, String fingerprint,
                      java.util.Set<String> ruleLists, String origin) {

    public RuleSet {
        rules = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rules));
        lexicons = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(lexicons));
        ruleLists = ruleLists == null ? null : java.util.Set.copyOf(ruleLists);
    }

    /** A freshly compiled rule set whose rules may match every word list. */
    public RuleSet(KieBase kieBase, Map<String, RuleMetadata> rules, Map<String, Lexicon> lexicons, String fingerprint) {
        this(Compiled.of(kieBase), rules, lexicons, fingerprint, null, "compiled");
    }

    /** The compiled rules, loaded on first use. */
    public KieBase kieBase() {
        return compiled.get();
    }

    /** A compiled rule base, or the way to get it once it is first needed. Thread-safe. */
    public static final class Compiled {
        private final java.util.function.Supplier<KieBase> loader;
        private volatile KieBase kieBase;

        private Compiled(java.util.function.Supplier<KieBase> loader) {
            this.loader = loader;
        }

        public static Compiled of(KieBase kieBase) {
            Compiled c = new Compiled(() -> kieBase);
            c.kieBase = kieBase;
            return c;
        }

        public static Compiled lazily(java.util.function.Supplier<KieBase> loader) {
            return new Compiled(loader);
        }

        public KieBase get() {
            KieBase base = kieBase;
            if (base == null) {
                synchronized (this) {
                    if (kieBase == null) {
                        kieBase = loader.get();
                    }
                    base = kieBase;
                }
            }
            return base;
        }
    }

    /**
     * True when a rule can match terms of {@code list}: only those become facts in a session, which
     * keeps the lists the fact model alone reads (source types, roles) out of the rule engine.
     */
    public boolean matchesList(String list) {
        return ruleLists == null || ruleLists.contains(list);
    }

    public Collection<RuleMetadata> metadata() {
        return rules.values();
    }

    public List<String> categories() {
        return rules.values().stream().map(RuleMetadata::category).distinct().sorted().toList();
    }
}
