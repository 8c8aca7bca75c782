package org.framecheck.api;

import java.nio.file.Path;
import java.util.List;
import org.framecheck.findings.DocumentResult;
import org.framecheck.report.Report;

/**
 * What a run produced.
 *
 * @param report   the report model: documents, rules and totals
 * @param files    the report files written
 * @param warnings problems with single files that did not stop the run
 * @param fromCache how many documents' results came from the incremental cache
 * @param explanations by document path, why each finding was reported (only when the request asked)
 * @param rulesOrigin how the compiled rules were obtained (compiled, precompiled, reused from the cache)
 */
public record AnalysisResult(Report report, List<Path> files, List<String> warnings, int fromCache,
                             java.util.Map<String, List<org.framecheck.rules.Explanation>> explanations, String rulesOrigin) {

    public List<DocumentResult> documents() {
        return report.documents();
    }

    /** How many rules ran and how their compiled form was obtained, for the log. */
    public String rulesLine() {
        return "framecheck: " + report.rules().size() + " rules (" + rulesOrigin + ")";
    }

    /** The one-line summary every run ends with. */
    public String summaryLine() {
        var s = report.summary();
        return String.format(java.util.Locale.ROOT,
                "framecheck: %d documents: %d analyzed, %d from cache, %d skipped; %d findings: %d error, %d warning, %d info",
                s.documents(), s.analyzed() - fromCache, fromCache, s.skipped() + s.failed(), s.findings(),
                s.bySeverity().get("error"), s.bySeverity().get("warning"), s.bySeverity().get("info"));
    }
}
