package org.framecheck.rules;

import java.util.List;
import java.util.Set;
import org.framecheck.facts.DocumentFacts;
import org.framecheck.findings.Finding;
import org.kie.api.runtime.KieSession;

/**
 * Runs a rule set over one document's facts: a fresh session per document, so documents never see
 * each other's facts. Thread-safe: the compiled rules are shared, sessions are not.
 */
public final class RuleEngine {

    /** The name DRL files declare the collector under: {@code global FindingCollector findings;}. */
    public static final String GLOBAL = "findings";

    private final RuleSet rules;

    public RuleEngine(RuleSet rules) {
        this.rules = rules;
    }

    public RuleSet rules() {
        return rules;
    }

    /**
     * @param disabled rule ids not to report for this document
     */
    public List<Finding> run(DocumentFacts facts, Set<String> disabled) {
        FindingCollector collector = new FindingCollector(facts, rules.rules(), disabled);
        return DroolsClassLoader.call(() -> {
            KieSession session = rules.kieBase().newKieSession();
            try {
                session.setGlobal(GLOBAL, collector);
                session.insert(facts.article());
                facts.sentences().forEach(session::insert);
                facts.quotes().forEach(session::insert);
                facts.attributions().forEach(session::insert);
                facts.terms().forEach(session::insert);
                facts.sources().forEach(session::insert);
                session.fireAllRules();
            } finally {
                session.dispose();
            }
            return collector.findings();
        });
    }
}
