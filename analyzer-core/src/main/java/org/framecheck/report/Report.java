package org.framecheck.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.framecheck.baseline.Baseline;
import org.framecheck.findings.DocumentResult;
import org.framecheck.findings.Finding;
import org.framecheck.rules.RuleMetadata;

/**
 * Everything a renderer draws on. Holds findings and their excerpts, never whole articles.
 *
 * @param toolVersion framecheck's version
 * @param documents   results sorted by path
 * @param rules       the active rules, sorted by id
 * @param summary     totals
 * @param sourcePaths each article's path from the repository's root, where it differs from its path
 * @param fingerprints each finding's fingerprint ({@link Baseline}), by {@link #key}
 * @param fresh        the keys of findings not in the baseline
 * @param baselined    whether a baseline was given: only then are findings new or not
 */
public record Report(String toolVersion, List<DocumentResult> documents, List<RuleMetadata> rules, Summary summary,
                     Map<String, String> sourcePaths, Map<String, String> fingerprints, Set<String> fresh, boolean baselined) {

    public static final String TOOL_NAME = "framecheck";

    public Report {
        sourcePaths = Map.copyOf(sourcePaths);
        fingerprints = Map.copyOf(fingerprints);
        fresh = Set.copyOf(fresh);
    }

    public static Report of(String toolVersion, List<DocumentResult> documents, List<RuleMetadata> rules) {
        return of(toolVersion, documents, rules, Map.of(), null);
    }

    /**
     * @param sourcePaths each article's path from the repository's root, where it differs
     * @param baseline    the findings accepted earlier, or null
     */
    public static Report of(String toolVersion, List<DocumentResult> documents, List<RuleMetadata> rules,
                            Map<String, String> sourcePaths, Baseline baseline) {
        List<DocumentResult> sorted = documents.stream().sorted(Comparator.comparing(DocumentResult::path)).toList();
        List<RuleMetadata> sortedRules = rules.stream().sorted(Comparator.comparing(RuleMetadata::id)).toList();
        Map<String, String> fingerprints = new HashMap<>();
        for (Baseline.Entry e : Baseline.entries(sorted)) {
            fingerprints.put(key(e.path(), e.finding()), e.fingerprint());
        }
        Set<String> fresh = baseline == null ? Set.of() : fingerprints.entrySet().stream()
                .filter(e -> !baseline.fingerprints().contains(e.getValue())).map(Map.Entry::getKey).collect(Collectors.toSet());
        return new Report(toolVersion, sorted, sortedRules, Summary.of(sorted), sourcePaths, fingerprints, fresh, baseline != null);
    }

    private static String key(String path, Finding f) {
        return path + "\u0000" + f.rule() + "\u0000" + f.start() + "\u0000" + f.end();
    }

    /** True when a baseline was given and the finding is not in it: what this change introduced. */
    public boolean isNew(DocumentResult document, Finding finding) {
        return baselined && fresh.contains(key(document.path(), finding));
    }

    /** How many findings are new since the baseline (0 without one). */
    public int newCount() {
        return fresh.size();
    }

    /** The finding's fingerprint: stable across edits elsewhere in the article (see {@link Baseline}). */
    public String fingerprint(DocumentResult document, Finding finding) {
        return fingerprints.getOrDefault(key(document.path(), finding), "");
    }

    /** The article's path from the repository's root (its path in the content folder when not known). */
    public String sourcePath(String path) {
        return sourcePaths.getOrDefault(path, path);
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
