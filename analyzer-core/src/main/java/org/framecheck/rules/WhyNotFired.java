package org.framecheck.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.framecheck.document.LineIndex;
import org.framecheck.facts.DocumentFacts;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Why a rule did not fire on a document: for each fact its first pattern's type offers, the first
 * condition it fails, counted per condition, with the facts that came closest. The rule's conditions
 * are compiled into probe rules that each stop one condition further (the first pattern's
 * constraints one by one, then each later pattern, {@code not} or {@code exists} in full), so Drools
 * itself decides every condition, helper functions included.
 */
public final class WhyNotFired {

    private static final String PROBE = "framecheckProbe";
    private static final String BINDING = "$framecheckFact";
    private static final int SHOWN = 10;

    /**
     * One condition and the candidates that stop at it.
     *
     * @param condition the condition as written in the rule
     * @param line      its line in the DRL file
     * @param stopped   how many candidates fail it (having passed every condition before it)
     * @param closest   the first of them, when this is the furthest condition any candidate reached
     */
    public record Stop(String condition, int line, int stopped, List<Explanation.Fact> closest) {
        public Stop {
            closest = List.copyOf(closest);
        }
    }

    /**
     * @param rule       the rule id
     * @param file       the DRL file that declares it (condition lines are in it)
     * @param pattern    its first pattern, as written
     * @param candidates the facts of that pattern's type in the document
     * @param stops      per condition, in rule order, the candidates that fail it
     * @param matched    the candidates that pass every condition (the rule fires on them)
     */
    public record Report(String rule, String file, String pattern, int candidates, List<Stop> stops, int matched) {
        public Report {
            stops = List.copyOf(stops);
        }

        /** One line per condition that stopped a candidate, the closest facts under the furthest. */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(rule + " (" + file + "): " + candidates + " candidate" + (candidates == 1 ? "" : "s") + " for " + pattern
                    + (matched > 0 ? "; " + matched + " pass every condition and the rule fires on them" : ""));
            for (Stop stop : stops) {
                if (stop.stopped() > 0) {
                    out.add("  " + stop.stopped() + " stop at line " + stop.line() + ": " + stop.condition());
                    stop.closest().forEach(f -> out.add("      " + f));
                }
            }
            return out;
        }
    }

    /** Collects, per first-pattern fact, the furthest probe it reached. Set as a global of the probe session. */
    public static final class Probe {
        private final Map<Object, Integer> furthest = new IdentityHashMap<>();
        private final List<Object> order = new ArrayList<>();

        public void reached(Object fact, int stage) {
            Integer before = furthest.get(fact);
            if (before == null) {
                order.add(fact);
            }
            if (before == null || stage > before) {
                furthest.put(fact, stage);
            }
        }
    }

    private record Condition(String text, int line) {
    }

    private WhyNotFired() {
    }

    /**
     * @param file  the DRL file that declares {@code rule}
     * @param rules the rule set the document is analysed with (for the word lists it inserts)
     * @throws IllegalArgumentException when the file does not declare the rule or its first condition
     *                                  is no pattern; the message says which
     */
    public static Report explain(RuleFile file, String rule, DocumentFacts facts, RuleSet rules) {
        PackageDescr parsed = DroolsClassLoader.call(() -> {
            try {
                return new DrlParser().parse(false, file.content());
            } catch (DroolsParserException e) {
                return null;
            }
        });
        RuleDescr descr = parsed == null ? null
                : parsed.getRules().stream().filter(r -> r.getName().equals(rule)).findFirst().orElse(null);
        if (descr == null) {
            throw new IllegalArgumentException(file.name() + " does not declare rule '" + rule + "'");
        }
        List<BaseDescr> elements = descr.getLhs().getDescrs();
        if (elements.isEmpty() || !(elements.get(0) instanceof PatternDescr first) || first.getSource() != null) {
            throw new IllegalArgumentException("rule '" + rule + "' does not start with a plain pattern (Type( ... )): "
                    + "only such rules can be explained");
        }
        String binding = first.getIdentifier() != null && !first.getIdentifier().isEmpty() ? first.getIdentifier() : BINDING;
        List<Condition> conditions = new ArrayList<>();
        List<String> constraints = new ArrayList<>();
        StringBuilder probes = new StringBuilder(header(parsed));
        probes.append(probe(0, binding + " : " + first.getObjectType() + "( )", binding));
        for (BaseDescr c : first.getConstraint().getDescrs()) {
            String text = (c instanceof ExprConstraintDescr e ? e.getExpression() : c.getText()).strip().replaceAll("\\s+", " ");
            constraints.add(text);
            conditions.add(new Condition(text, c.getLine()));
            probes.append(probe(conditions.size(), binding + " : " + first.getObjectType() + "( " + String.join(", ", constraints)
                    + " )", binding));
        }
        String pattern = written(file, first);
        StringBuilder lhs = new StringBuilder(first.getIdentifier() == null ? binding + " : " + pattern : pattern);
        for (BaseDescr element : elements.subList(1, elements.size())) {
            String text = written(file, element);
            lhs.append('\n').append(text);
            conditions.add(new Condition(text, element.getLine()));
            probes.append(probe(conditions.size(), lhs.toString(), binding));
        }
        Probe probe = run(probes.toString(), facts, rules, parsed);
        return report(rule, file.name(), pattern, conditions, probe, facts);
    }

    private static Report report(String rule, String file, String pattern, List<Condition> conditions, Probe probe, DocumentFacts facts) {
        int[] stoppedAt = new int[conditions.size() + 1];
        int furthest = -1;
        for (Object fact : probe.order) {
            int stage = probe.furthest.get(fact);
            stoppedAt[stage]++;
            if (stage < conditions.size()) {
                furthest = Math.max(furthest, stage);
            }
        }
        LineIndex lines = LineIndex.of(facts.document().text());
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            List<Explanation.Fact> closest = new ArrayList<>();
            if (i == furthest && furthest > 0) { // past the first condition: the near misses worth reading
                for (Object fact : probe.order) {
                    if (probe.furthest.get(fact) == i && closest.size() < SHOWN) {
                        closest.add(Explanation.Fact.of(fact, facts.document().text(), lines));
                    }
                }
            }
            stops.add(new Stop(conditions.get(i).text(), conditions.get(i).line(), stoppedAt[i], closest));
        }
        return new Report(rule, file, pattern, probe.order.size(), stops, stoppedAt[conditions.size()]);
    }

    private static String header(PackageDescr parsed) {
        StringBuilder out = new StringBuilder("package framecheck.probe;\n");
        for (ImportDescr i : parsed.getImports()) {
            out.append("import ").append(i.getTarget()).append(";\n");
        }
        for (FunctionImportDescr f : parsed.getFunctionImports()) {
            out.append("import function ").append(f.getTarget()).append(";\n");
        }
        for (GlobalDescr g : parsed.getGlobals()) {
            out.append("global ").append(g.getType()).append(' ').append(g.getIdentifier()).append(";\n");
        }
        out.append("global ").append(Probe.class.getName().replace('$', '.')).append(' ').append(PROBE).append(";\n");
        return out.toString();
    }

    private static String probe(int stage, String lhs, String binding) {
        return "rule \"probe-" + stage + "\"\nwhen\n" + lhs + "\nthen\n    " + PROBE + ".reached(" + binding + ", " + stage + ");\nend\n";
    }

    /** A condition as written, on one line. */
    private static String written(RuleFile file, BaseDescr descr) {
        String text = file.content().substring(descr.getStartCharacter(), Math.min(descr.getEndCharacter(), file.content().length()));
        return text.strip().replaceAll("\\s+", " ");
    }

    private static Probe run(String drl, DocumentFacts facts, RuleSet rules, PackageDescr parsed) {
        return DroolsClassLoader.call(() -> {
            var configuration = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
            configuration.setOption(org.kie.internal.builder.conf.PropertySpecificOption.DISABLED);
            KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
            builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
            if (builder.hasErrors()) {
                throw new IllegalArgumentException("the rule's conditions could not be taken apart: "
                        + DroolsMessages.oneLine(builder.getErrors().toString()));
            }
            KieBase base = builder.newKieBase();
            KieSession session = base.newKieSession();
            Probe probe = new Probe();
            try {
                session.setGlobal(PROBE, probe);
                for (GlobalDescr g : parsed.getGlobals()) {
                    if (g.getIdentifier().equals(RuleEngine.GLOBAL)) {
                        session.setGlobal(RuleEngine.GLOBAL, new FindingCollector(facts, rules.rules()));
                    }
                }
                RuleEngine.insert(session, facts, rules);
                session.fireAllRules();
            } finally {
                session.dispose();
            }
            return probe;
        });
    }
}
