package org.framecheck.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.framecheck.document.Document;
import org.framecheck.document.LineIndex;
import org.framecheck.facts.DocumentFacts;
import org.framecheck.facts.Quote;
import org.framecheck.facts.Sentence;
import org.framecheck.facts.Spanned;
import org.framecheck.facts.TermMatch;
import org.framecheck.findings.Excerpt;
import org.framecheck.findings.Finding;
import org.framecheck.findings.Severity;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The global through which DRL consequences report: {@code findings.flag(kcontext, $match)}. The
 * rule's own metadata supplies category, severity and message, so a consequence names only what it
 * flags. Words inside a quotation attributed to a named speaker are the speaker's, not the outlet's:
 * the rule's {@code @inQuotes} policy decides whether they are lowered to info, skipped or kept.
 *
 * <p>With {@code explain} on, the collector also records, for each finding, the facts the rule's
 * conditions matched ({@link #explanations()}); off by default, as it costs a list per finding.
 *
 * <p>One collector serves one document on one thread.
 */
public final class FindingCollector {

    private static final int EXCERPT_CONTEXT = 160;

    private final DocumentFacts facts;
    private final Map<String, RuleMetadata> rules;
    private final LineIndex lines;
    private final boolean explain;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Explanation> explanations = new ArrayList<>();

    FindingCollector(DocumentFacts facts, Map<String, RuleMetadata> rules) {
        this(facts, rules, false);
    }

    /**
     * @param explain record the matched facts of every finding, for {@link #explanations()}
     */
    FindingCollector(DocumentFacts facts, Map<String, RuleMetadata> rules, boolean explain) {
        this.facts = facts;
        this.rules = rules;
        this.explain = explain;
        this.lines = LineIndex.of(facts.document().text());
    }

    /** Flags the text of {@code at}, with the word list's suggestion when {@code at} is a term match. */
    public void flag(RuleContext rule, Spanned at) {
        String suggestion = at instanceof TermMatch m ? m.suggestion() : "";
        flag(rule, at.start(), at.end(), null, suggestion);
    }

    /** Flags the text of {@code at} with a message of the rule's own making. */
    public void flag(RuleContext rule, Spanned at, String message) {
        String suggestion = at instanceof TermMatch m ? m.suggestion() : "";
        flag(rule, at.start(), at.end(), message, suggestion);
    }

    /** Flags the text from the start of {@code from} to the end of {@code to}. */
    public void flag(RuleContext rule, Spanned from, Spanned to) {
        String suggestion = from instanceof TermMatch m ? m.suggestion() : to instanceof TermMatch m2 ? m2.suggestion() : "";
        flag(rule, Math.min(from.start(), to.start()), Math.max(from.end(), to.end()), null, suggestion);
    }

    /**
     * Flags the article as a whole (a document-level rule): the finding sits on the article's first
     * sentence, so that line-based tools still show it at the top.
     */
    public void flagDocument(RuleContext rule, String message) {
        var sentences = facts.sentences();
        if (sentences.isEmpty()) {
            return;
        }
        var first = sentences.stream().filter(s -> !s.heading()).findFirst().orElse(sentences.get(0));
        flag(rule, first.start(), first.end(), message, "");
    }

    /**
     * Flags {@code [start, end)}.
     *
     * @param message    the message, or null for the rule's {@code @message}
     * @param suggestion a suggestion, or empty for the rule's {@code @suggestion}
     */
    public void flag(RuleContext rule, int start, int end, String message, String suggestion) {
        String id = rule.getRule().getName();
        RuleMetadata meta = rules.get(id);
        if (meta == null) {
            return; // only the rule set's selected rules fire (RuleEngine's agenda filter): an embedder's own call
        }
        end = facts.document().sourceEnd(end); // a closing "&quot;" is flagged whole
        String text = facts.document().readable(start, end);
        // Words inside a quotation are someone else's: a speaker's, or a title's or a slogan's.
        Quote quote = facts.quoteCovering(start, end);
        boolean quoted = quote != null;
        Severity severity = meta.severity();
        if (quoted) {
            switch (meta.inQuotes()) {
                case "skip" -> {
                    return;
                }
                case "info" -> severity = Severity.INFO;
                default -> {
                }
            }
        }
        Sentence sentence = facts.sentenceAt(start);
        boolean opinion = meta.documentLevel() ? facts.article().opinion() : sentence != null && !sentence.news();
        if (opinion) {
            switch (meta.inOpinion()) {
                case "skip" -> {
                    return;
                }
                case "info" -> severity = Severity.INFO;
                default -> {
                }
            }
        }
        boolean headline = sentence != null && sentence.heading() && !meta.documentLevel();
        if (headline && !quoted && meta.inHeadline() != null && severity == meta.severity()) {
            severity = meta.inHeadline(); // a frame in the headline is what readers see first
        }
        String chosenSuggestion = suggestion == null || suggestion.isEmpty() ? meta.suggestion() : suggestion;
        String template = message == null ? meta.message() : message;
        String finalMessage = template.replace("{text}", text).replace("{suggestion}", chosenSuggestion);
        if (quoted && !"keep".equals(meta.inQuotes())) {
            finalMessage += quote.attributed() ? " (inside a quotation attributed to " + quote.speaker() + ")" : " (inside a quotation)";
        }
        if (opinion && "info".equals(meta.inOpinion())) {
            finalMessage += " (in an author's or readers' voice, not the outlet's news voice)";
        }
        Finding finding = new Finding(id, meta.category(), severity, finalMessage, chosenSuggestion,
                lines.line(start), lines.column(start), lines.line(Math.max(start, end - 1)),
                lines.column(Math.max(start, end - 1)) + 1, start, end, text, quoted, excerpt(start, end));
        findings.add(finding);
        if (explain) {
            List<Explanation.Fact> matched = new ArrayList<>();
            for (Object fact : rule.getMatch().getObjects()) {
                // patterns under not/exists bind nothing; Drools stands in its own marker for them
                if (!fact.getClass().getName().startsWith("org.drools.")) {
                    matched.add(Explanation.Fact.of(fact, facts.document().text(), lines));
                }
            }
            explanations.add(new Explanation(id, finding, matched));
        }
    }

    private Excerpt excerpt(int start, int end) {
        String text = facts.document().text();
        Sentence sentence = facts.sentenceAt(start);
        int from = sentence == null ? start : Math.min(start, sentence.start());
        int to = sentence == null ? end : Math.max(end, sentence.end());
        // Clamped: in a run without blanks the word boundary lies beyond the flagged words.
        if (start - from > EXCERPT_CONTEXT) {
            from = Math.min(start, wordBoundaryAfter(text, start - EXCERPT_CONTEXT));
        }
        if (to - end > EXCERPT_CONTEXT) {
            to = Math.max(end, wordBoundaryBefore(text, end + EXCERPT_CONTEXT));
        }
        // the prose, as a reader sees it: markup ("**", "<b>", link targets) gone, entities decoded
        Document document = facts.document();
        return new Excerpt(clean(document.readableProse(from, start)), clean(document.readableProse(start, end)),
                clean(document.readableProse(end, to)));
    }

    private static int wordBoundaryAfter(String text, int at) {
        int i = at;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int wordBoundaryBefore(String text, int at) {
        int i = at;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Line breaks, and the blanks where markup was, read as one space in an excerpt. */
    private static String clean(String s) {
        return SPACES.matcher(s).replaceAll(" ");
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s*\\R\\s*|\\s{2,}");

    /** The findings in report order, each reported once however many activations flagged it. */
    List<Finding> findings() {
        return unique(findings, f -> f);
    }

    /**
     * One explanation per finding of {@link #findings()}, in the same order: the first activation
     * that flagged it. Empty unless the collector was made with {@code explain} on.
     */
    public List<Explanation> explanations() {
        return unique(explanations, Explanation::finding);
    }

    private static <T> List<T> unique(List<T> items, Function<T, Finding> findingOf) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(findingOf, Finding.ORDER));
        List<T> unique = new ArrayList<>(sorted.size());
        for (T item : sorted) {
            Finding f = findingOf.apply(item);
            Finding last = unique.isEmpty() ? null : findingOf.apply(unique.get(unique.size() - 1));
            if (last == null || !(last.rule().equals(f.rule()) && last.start() == f.start() && last.end() == f.end())) {
                unique.add(item);
            }
        }
        return unique;
    }
}
