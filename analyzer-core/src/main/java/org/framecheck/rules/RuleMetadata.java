package org.framecheck.rules;

import org.framecheck.findings.Severity;

/**
 * What a rule says about itself in its DRL annotations, shown in reports and checked when loaded.
 *
 * @param id           the rule's name: {@code rule "loaded-attribution-verb"}
 * @param category     {@code @category}: the family of framing device
 * @param severity     {@code @severity}: info, warning or error
 * @param message      {@code @message}: the finding's text; {@code {text}} is replaced by the flagged words,
 *                     {@code {suggestion}} by the word list's or the rule's suggestion
 * @param explanation  {@code @explanation}: what the device does to a reader, in a sentence
 * @param reason       {@code @reason}: the style-guide principle behind the rule
 * @param suggestion   {@code @suggestion}: a neutral alternative when the word list gives none; may be empty
 * @param example      {@code @example}: a sentence on which the rule fires
 * @param counterExample {@code @counterExample}: a similar sentence on which it must not fire
 * @param inQuotes     {@code @inQuotes}: what happens inside a quotation attributed to a named
 *                     speaker: {@code info} (lowered to info and marked quoted, the default),
 *                     {@code skip} (not reported) or {@code keep} (reported as is)
 * @param scope        {@code @scope}: {@code span} (the default: the rule flags words) or {@code document}
 *                     (the rule judges the article as a whole, such as its sourcing)
 * @param inOpinion    {@code @inOpinion}: what happens in an author's or readers' voice (a column, a
 *                     review, readers' comments), where judgement is the genre: {@code keep} (the
 *                     default), {@code info} or {@code skip}
 * @param inHeadline   {@code @inHeadline}: the severity in a headline, where framing weighs most; null
 *                     for the rule's own
 * @param file         the DRL file it comes from
 * @param line         the line of its {@code rule} keyword
 */
public record RuleMetadata(String id, String category, Severity severity, String message, String explanation,
                           String reason, String suggestion, String example, String counterExample, String inQuotes,
                           String scope, String inOpinion, Severity inHeadline, String file, int line) {

    /** Metadata with the default opinion and headline policies. */
    public RuleMetadata(String id, String category, Severity severity, String message, String explanation,
                        String reason, String suggestion, String example, String counterExample, String inQuotes,
                        String scope, String file, int line) {
        this(id, category, severity, message, explanation, reason, suggestion, example, counterExample, inQuotes, scope,
                "keep", null, file, line);
    }

    public boolean documentLevel() {
        return "document".equals(scope);
    }

    /** This rule at another severity, as an override sets it; in headlines too, unless that is higher. */
    public RuleMetadata withSeverity(Severity newSeverity) {
        Severity headline = inHeadline == null || inHeadline.compareTo(newSeverity) <= 0 ? null : inHeadline;
        return new RuleMetadata(id, category, newSeverity, message, explanation, reason, suggestion, example,
                counterExample, inQuotes, scope, inOpinion, newSeverity == Severity.INFO ? null : headline, file, line);
    }
}
