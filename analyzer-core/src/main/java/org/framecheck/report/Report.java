package org.framecheck.report;

import java.util.Comparator;
import java.util.List;
import org.framecheck.findings.DocumentResult;
import org.framecheck.rules.RuleMetadata;

/**
 * Everything a renderer draws on. Holds findings and their excerpts, never whole articles.
 *
 * @param toolVersion framecheck's version
 * @param documents   results sorted by path
 * @param rules       the active rules, sorted by id
 * @param summary     totals
 */
public record Report(String toolVersion, List<DocumentResult> documents, List<RuleMetadata> rules, Summary summary) {

    public static final String TOOL_NAME = "framecheck";

    public static Report of(String toolVersion, List<DocumentResult> documents, List<RuleMetadata> rules) {
        List<DocumentResult> sorted = documents.stream().sorted(Comparator.comparing(DocumentResult::path)).toList();
        List<RuleMetadata> sortedRules = rules.stream().sorted(Comparator.comparing(RuleMetadata::id)).toList();
        return new Report(toolVersion, sorted, sortedRules, Summary.of(sorted));
    }

    public String toolName() {
        return TOOL_NAME;
    }

    /** The id of a rule's entry in the rule catalog. */
    public String ruleAnchor(String ruleId) {
        return ReportPaths.ruleAnchor(ruleId);
    }

    /** A link from the report folder to a rule's entry in the rule catalog. */
    public String ruleLink(String ruleId) {
        return ReportPaths.ruleLink(ruleId);
    }

    /** The report page of the article at {@code path}, relative to the report folder. */
    public String page(String path) {
        return ReportPaths.articlePage(path);
    }
}
