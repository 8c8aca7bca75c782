package org.framecheck.rules;

/** The rules were stopped on one article (a rule that loops or runs too long); the message names the rule. */
public final class RunawayRuleException extends RuntimeException {

    RunawayRuleException(String message) {
        super(message);
    }
}
