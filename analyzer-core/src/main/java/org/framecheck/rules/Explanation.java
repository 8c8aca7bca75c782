package org.framecheck.rules;

import java.util.List;
import org.framecheck.document.LineIndex;
import org.framecheck.facts.Article;
import org.framecheck.facts.Attribution;
import org.framecheck.facts.Quote;
import org.framecheck.facts.Sentence;
import org.framecheck.facts.Source;
import org.framecheck.facts.Spanned;
import org.framecheck.facts.TermMatch;
import org.framecheck.findings.Finding;

/**
 * Why a finding was reported: the rule that fired and the facts its conditions matched, as a rule
 * author checks a rule that fires where it should not.
 *
 * @param rule    the id of the rule that fired
 * @param finding the finding it reported
 * @param facts   the facts the rule's patterns bound, in pattern order (facts under {@code not} and
 *                {@code exists} are not bound)
 */
public record Explanation(String rule, Finding finding, List<Fact> facts) {

    public Explanation {
        facts = List.copyOf(facts);
    }

    /**
     * One matched fact, described by the fields rules usually test.
     *
     * @param type        the fact's type ({@code TermMatch})
     * @param description its fields ({@code list=contentious-labels, text="militias", tag=militia})
     * @param line        the 1-based line where it starts, or 0 for facts without a place (Article, Source)
     * @param column      the 1-based column where it starts, or 0
     */
    public record Fact(String type, String description, int line, int column) {
        /** {@code TermMatch(list=contentious-labels, text="militias", tag=militia) @ 10:28}. */
        @Override
        public String toString() {
            return type + "(" + description + ")" + (line > 0 ? " @ " + line + ":" + column : "");
        }

        /** A fact by the fields rules usually test, and where it starts in {@code text}. */
        static Fact of(Object fact, String text, LineIndex lines) {
            String fields;
            if (fact instanceof TermMatch m) {
                fields = "list=" + m.list() + ", text=" + quoted(m.text()) + (m.tag().isEmpty() ? "" : ", tag=" + m.tag())
                        + (m.quoted() ? ", quoted" : "") + (m.reported() ? ", reported" : "");
            } else if (fact instanceof Quote q) {
                fields = "text=" + quoted(q.text()) + ", words=" + q.words()
                        + (q.attributed() ? ", speaker=" + quoted(q.speaker()) : "") + (q.governed() ? ", governed" : "");
            } else if (fact instanceof Attribution a) {
                fields = "source=" + quoted(a.source()) + ", verb=" + quoted(a.verb()) + ", sourceType=" + a.sourceType()
                        + (a.named() ? ", named" : "") + (a.selfClaim() ? ", selfClaim" : "");
            } else if (fact instanceof Sentence s) {
                fields = "index=" + s.index() + ", text=" + quoted(shortened(text.substring(s.start(), s.end())));
            } else if (fact instanceof Article a) {
                fields = "words=" + a.words() + ", attributions=" + a.attributions() + ", sources=" + a.sources()
                        + ", parties=" + a.parties();
            } else if (fact instanceof Source s) {
                fields = "name=" + quoted(s.name()) + ", type=" + s.type() + ", mentions=" + s.mentions();
            } else {
                fields = String.valueOf(fact);
            }
            String type = fact.getClass().getSimpleName();
            return fact instanceof Spanned at ? new Fact(type, fields, lines.line(at.start()), lines.column(at.start()))
                    : new Fact(type, fields, 0, 0);
        }

        private static String quoted(String text) {
            return "\"" + text.replaceAll("\\s*\\R\\s*", " ") + "\"";
        }

        private static String shortened(String text) {
            return text.length() <= 60 ? text : text.substring(0, 57) + "...";
        }
    }

    /**
     * The finding and its facts on one line: {@code militia-label "militias" @ 10:28 <- TermMatch(…) @ 10:28};
     * a rule whose conditions bind no fact (only {@code not}, {@code exists}) shows none.
     */
    @Override
    public String toString() {
        String head = rule + " \"" + finding.text() + "\" @ " + finding.line() + ":" + finding.column();
        return facts.isEmpty() ? head : head + " <- " + String.join(", ", facts.stream().map(Fact::toString).toList());
    }
}
