package org.framecheck.rules;

import java.util.HashMap;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Stops a runaway rule on one article: a rule that fires without end (a consequence that re-triggers
 * itself) or rules that run too long. The session halts, and {@link #check()} then names the rule;
 * the article fails and the run goes on with the next one.
 */
final class FiringGuard extends DefaultAgendaEventListener {

    /** Far above what any article needs: one firing per finding, plus a few per document rule. */
    static final int MAX_FIRINGS = 100_000;
    static final long MAX_NANOS = 5_000_000_000L;

    private final KieSession session;
    private final long started = System.nanoTime();
    private final Map<String, Integer> firings = new HashMap<>();
    private String stopped;

    FiringGuard(KieSession session) {
        this.session = session;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String rule = event.getMatch().getRule().getName();
        int fired = firings.merge(rule, 1, Integer::sum);
        if (stopped != null) {
            return;
        }
        if (fired > MAX_FIRINGS) {
            stopped = "rule '" + rule + "' fired more than " + MAX_FIRINGS + " times on this article and was stopped:"
                    + " does its consequence change a fact it matches?";
        } else if (System.nanoTime() - started > MAX_NANOS) {
            stopped = "the rules ran more than " + MAX_NANOS / 1_000_000_000L + " s on this article and were stopped,"
                    + " in rule '" + rule + "' (" + fired + " firings)";
        }
        if (stopped != null) {
            session.halt();
        }
    }

    /** Throws when the guard stopped the rules. */
    void check() {
        if (stopped != null) {
            throw new RunawayRuleException(stopped);
        }
    }
}
