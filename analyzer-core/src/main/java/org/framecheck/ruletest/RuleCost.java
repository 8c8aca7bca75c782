package org.framecheck.ruletest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.framecheck.api.Analyzer;
import org.framecheck.rules.RuleFiles;
import org.framecheck.rules.RuleSet;
import org.framecheck.rules.RuleSetException;
import org.framecheck.rules.RuleSetLoader;
import org.framecheck.source.ContentItem;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * What each of a rule author's rules costs: the share of the analysis time that goes when the rule
 * is taken out of the compiled rules. Drools joins facts lazily, per rule, so a rule's cost is its
 * patterns' joins, not only its consequences; taking it out is the way to see it whole.
 *
 * @param rule  the rule id
 * @param share the share of the time with all rules that goes without this one (0.25: a quarter;
 *              near 0 or below: within the noise)
 */
public record RuleCost(String rule, double share) {

    /**
     * The cost of every rule declared in {@code ruleDirectories}, dearest first, measured over
     * {@code sample}: each rule set is run over it twice, the faster run counting.
     */
    public static List<RuleCost> of(List<Path> ruleDirectories, List<ContentItem> sample, Charset charset) throws RuleSetException {
        RuleSet all = RuleSetLoader.load(ruleDirectories);
        Analyzer allRules = new Analyzer(all);
        long first = time(allRules, sample, charset);
        List<RuleCost> costs = new ArrayList<>();
        java.util.Map<String, Long> times = new java.util.LinkedHashMap<>();
        for (String rule : all.rules().keySet()) {
            if (all.rules().get(rule).file().startsWith(RuleFiles.BUILT_IN_PREFIX)) {
                continue;
            }
            RuleSet without = RuleSetLoader.load(ruleDirectories);
            remove(without.kieBase(), rule);
            times.put(rule, time(new Analyzer(without), sample, charset));
        }
        // timed again once the JIT has seen every variant, so that the first run's warm-up is not a rule's cost
        long full = Math.min(first, time(allRules, sample, charset));
        times.forEach((rule, time) -> costs.add(new RuleCost(rule, full == 0 ? 0 : (double) (full - time) / full)));
        costs.sort(Comparator.comparingDouble(RuleCost::share).reversed().thenComparing(RuleCost::rule));
        return costs;
    }

    private static void remove(KieBase base, String rule) {
        for (KiePackage p : base.getKiePackages()) {
            if (p.getRules().stream().anyMatch(r -> r.getName().equals(rule))) {
                base.removeRule(p.getName(), rule);
                return;
            }
        }
    }

    /** The faster of two runs over the sample, in nanoseconds; the first also warms the rule set up. */
    private static long time(Analyzer analyzer, List<ContentItem> sample, Charset charset) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            sample.parallelStream().forEach(item -> analyzer.analyze(item, charset));
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
