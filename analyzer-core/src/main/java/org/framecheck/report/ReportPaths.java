package org.framecheck.report;

import org.framecheck.io.Sha256;

/** Where each article's page goes inside the report folder: stable, safe names derived from its path. */
public final class ReportPaths {

    public static final String ARTICLES = "articles";

    /** The rule catalog, beside {@code index.html}. */
    public static final String RULES = "rules.html";

    private ReportPaths() {
    }

    /**
     * {@code articles/world/talks.md-1a2b3c4d.html}: the path's safe characters keep it readable, a hash of
     * the whole path keeps two paths that differ only in unsafe characters apart.
     */
    public static String articlePage(String path) {
        String safe = path.replaceAll("[^A-Za-z0-9._/-]", "_").replaceAll("\\.\\.+", "_").replaceAll("^/+", "");
        return ARTICLES + "/" + safe + "-" + shortHash(path) + ".html";
    }

    /**
     * The id of a rule's entry in the rule catalog: {@code rule-} and the rule id, which is usually a
     * slug already; a DRL rule name with spaces or other characters an id or URL fragment cannot hold
     * gets them replaced and a hash appended, so two such names never share an anchor.
     */
    public static String ruleAnchor(String ruleId) {
        String safe = ruleId.replaceAll("[^A-Za-z0-9_-]", "_");
        return "rule-" + (safe.equals(ruleId) ? safe : safe + "-" + shortHash(ruleId));
    }

    /** A link from the report folder to a rule's entry in the rule catalog. */
    public static String ruleLink(String ruleId) {
        return RULES + "#" + ruleAnchor(ruleId);
    }

    private static String shortHash(String s) {
        return Sha256.of(s).substring(0, 8);
    }
}
