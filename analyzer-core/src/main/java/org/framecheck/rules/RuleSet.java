package org.framecheck.rules;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.framecheck.lexicon.Lexicon;
import org.kie.api.KieBase;

/**
 * Compiled rules with their metadata and word lists: built once per run, shared by all threads.
 *
 * @param kieBase     the compiled DRL
 * @param rules       metadata by rule id, sorted by id
 * @param lexicons    word lists by name
 * @param fingerprint a hash of every rule and word-list file, for caches
 * @param ruleLists   the word lists the rules name ({@code TermMatch( list == "x" )}); null when a
 *                    rule matches term facts without naming its list, so every list is needed
 * @param origin      how the compiled rules were obtained: compiled, precompiled at build time, or
 *                    reused from the cache
 */
public record RuleSet(KieBase kieBase, Map<String, RuleMetadata> rules, Map<String, Lexicon> lexicons, String fingerprint,
                      java.util.Set<String> ruleLists, String origin) {

    public RuleSet {
        rules = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rules));
        lexicons = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(lexicons));
        ruleLists = ruleLists == null ? null : java.util.Set.copyOf(ruleLists);
    }

    /** A freshly compiled rule set whose rules may match every word list. */
    public RuleSet(KieBase kieBase, Map<String, RuleMetadata> rules, Map<String, Lexicon> lexicons, String fingerprint) {
        this(kieBase, rules, lexicons, fingerprint, null, "compiled");
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
