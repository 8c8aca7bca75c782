package org.framecheck.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.framecheck.facts.DocumentFacts;
import org.framecheck.facts.TermMatch;
import org.framecheck.findings.Finding;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Runs a rule set over one document's facts. Thread-safe: the compiled rules are shared, and
 * sessions come from a Drools session pool, which resets a session when it is disposed, so documents
 * never see each other's facts and sessions are not rebuilt for every article.
 */
public final class RuleEngine {

    /** The name DRL files declare the collector under: {@code global FindingCollector findings;}. */
    public static final String GLOBAL = "findings";

    private final RuleSet rules;
    private volatile KieSessionsPool sessions;
    private volatile Set<String> ruleIds;

    public RuleEngine(RuleSet rules) {
        this.rules = rules;
    }

    /** The session pool, made when the first article needs the rules (cached runs may never). */
    private KieSessionsPool sessions() {
        KieSessionsPool pool = sessions;
        if (pool == null) {
            synchronized (this) {
                if (sessions == null) {
                    sessions = DroolsClassLoader.call(() -> rules.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors()));
                }
                pool = sessions;
            }
        }
        return pool;
    }

    public RuleSet rules() {
        return rules;
    }

    /** Every rule id the compiled rules hold, reported or switched off by the build's selection. */
    public Set<String> ruleIds() {
        Set<String> ids = ruleIds;
        if (ids == null) {
            ids = DroolsClassLoader.call(() -> rules.kieBase().getKiePackages().stream()
                    .flatMap(p -> p.getRules().stream()).map(org.kie.api.definition.rule.Rule::getName)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()));
            ruleIds = ids;
        }
        return ids;
    }

    /** The findings of the rules the rule set selects (see {@link RuleSelection}); the others do not fire. */
    public List<Finding> run(DocumentFacts facts) {
        return fire(facts, new FindingCollector(facts, rules.rules())).findings();
    }

    /** Like {@link #run}, with the rule and the matched facts of each finding. */
    public List<Explanation> explain(DocumentFacts facts) {
        return fire(facts, new FindingCollector(facts, rules.rules(), true)).explanations();
    }

    private FindingCollector fire(DocumentFacts facts, FindingCollector collector) {
        return DroolsClassLoader.call(() -> {
            KieSession session = sessions().newKieSession();
            FiringGuard guard = new FiringGuard(session);
            session.addEventListener(guard);
            try {
                session.setGlobal(GLOBAL, collector);
                insert(session, facts, rules);
                // rules a selection switched off (disabledRules, categories) never fire
                Map<String, RuleMetadata> selected = rules.rules();
                session.fireAllRules(match -> selected.containsKey(match.getRule().getName()));
            } finally {
                session.removeEventListener(guard);
                session.dispose(); // back to the pool, reset
            }
            guard.check();
            return collector;
        });
    }

    /** Every fact of a document into a session, word-list matches only of the lists the rules name. */
    static void insert(KieSession session, DocumentFacts facts, RuleSet rules) {
        session.insert(facts.article());
        facts.sentences().forEach(session::insert);
        facts.quotes().forEach(session::insert);
        facts.attributions().forEach(session::insert);
        for (TermMatch m : facts.terms()) {
            if (rules.matchesList(m.list())) {
                session.insert(m);
            }
        }
        facts.sources().forEach(session::insert);
    }
}
