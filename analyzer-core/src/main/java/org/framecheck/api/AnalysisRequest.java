package org.framecheck.api;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.framecheck.report.ReportFormat;

/**
 * One run over content directories, as a build tool or a command line describes it.
 *
 * @param contentDirectories where the articles are; each is walked recursively
 * @param outputDirectory    where the reports go
 * @param ruleDirectories    extra DRL files and word lists, merged with the built-in rules
 * @param templateDirectory  templates that override the built-in ones, or null
 * @param formats            the reports to write
 * @param encoding           how article files are encoded
 * @param threads            how many documents to analyse at once
 * @param disabledRules      rule ids not to report
 */
public record AnalysisRequest(List<Path> contentDirectories, Path outputDirectory, List<Path> ruleDirectories,
                              Path templateDirectory, Set<ReportFormat> formats, Charset encoding, int threads,
                              Set<String> disabledRules) {
    public AnalysisRequest {
        contentDirectories = List.copyOf(contentDirectories);
        ruleDirectories = List.copyOf(ruleDirectories);
        formats = Set.copyOf(formats);
        disabledRules = Set.copyOf(disabledRules);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }
}
