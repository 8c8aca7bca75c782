package org.framecheck;

import org.framecheck.api.Analyzer;
import org.framecheck.rules.RuleSetException;

/** One analyzer with the built-in rules for the whole test run: compiling DRL takes a second. */
public final class TestAnalyzer {

    private static Analyzer instance;

    private TestAnalyzer() {
    }

    public static synchronized Analyzer get() {
        if (instance == null) {
            try {
                instance = Analyzer.withDefaultRules();
            } catch (RuleSetException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return instance;
    }
}
