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
 */
public record RuleSet(KieBase kieBase, Map<String, RuleMetadata> rules, Map<String, Lexicon> lexicons, String fingerprint) {

    public RuleSet {
        rules = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rules));
        lexicons = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(lexicons));
    }

    public Collection<RuleMetadata> metadata() {
        return rules.values();
    }

    public List<String> categories() {
        return rules.values().stream().map(RuleMetadata::category).distinct().sorted().toList();
    }
}
