package org.framecheck.api;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.framecheck.report.ReportFormat;
import org.framecheck.rules.RuleSelection;

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
 * @param includes           globs (relative to a content directory) of the files to analyse; empty means all
 * @param excludes           globs of files to leave out
 * @param selection          which rules report, and at what severity
 * @param cacheDirectory     where results are kept between runs, or null for no incremental analysis
 * @param files              when not empty, only these files are analysed
 * @param explain            keep, for every finding, the rule and the facts it matched (no cache is used)
 * @param baseline           findings accepted earlier ({@code framecheck-baseline.json}): the reports mark
 *                           the others as new; null, or a file that does not exist, for none
 * @param sourceRoot         the repository's root, which SARIF paths are relative to; null for the
 *                           working directory
 */
public record AnalysisRequest(List<Path> contentDirectories, Path outputDirectory, List<Path> ruleDirectories,
                              Path templateDirectory, Set<ReportFormat> formats, Charset encoding, int threads,
                              List<String> includes, List<String> excludes, RuleSelection selection,
                              Path cacheDirectory, List<Path> files, boolean explain, Path baseline, Path sourceRoot) {
    public AnalysisRequest {
        contentDirectories = List.copyOf(contentDirectories);
        ruleDirectories = List.copyOf(ruleDirectories);
        formats = Set.copyOf(formats);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        files = List.copyOf(files);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    /** A run without baseline, with SARIF paths relative to the working directory. */
    public AnalysisRequest(List<Path> contentDirectories, Path outputDirectory, List<Path> ruleDirectories,
                           Path templateDirectory, Set<ReportFormat> formats, Charset encoding, int threads,
                           List<String> includes, List<String> excludes, RuleSelection selection,
                           Path cacheDirectory, List<Path> files, boolean explain) {
        this(contentDirectories, outputDirectory, ruleDirectories, templateDirectory, formats, encoding, threads,
                includes, excludes, selection, cacheDirectory, files, explain, null, null);
    }

    /** A run without include/exclude patterns, cache or file list. */
    public AnalysisRequest(List<Path> contentDirectories, Path outputDirectory, List<Path> ruleDirectories,
                           Path templateDirectory, Set<ReportFormat> formats, Charset encoding, int threads,
                           Set<String> disabledRules) {
        this(contentDirectories, outputDirectory, ruleDirectories, templateDirectory, formats, encoding, threads,
                List.of(), List.of(), new RuleSelection(disabledRules, Set.of(), java.util.Map.of()), null, List.of(), false);
    }

    /** Checks what must hold before any work: the folders and files named exist, the output folder is not a file. */
    public void validate() throws ConfigurationException {
        for (Path dir : contentDirectories) {
            if (!java.nio.file.Files.isDirectory(dir)) {
                throw new ConfigurationException("content directory does not exist or is not a directory: " + dir);
            }
        }
        for (Path file : files) {
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new ConfigurationException("file does not exist: " + file);
            }
        }
        if (java.nio.file.Files.exists(outputDirectory) && !java.nio.file.Files.isDirectory(outputDirectory)) {
            throw new ConfigurationException("output directory is a file: " + outputDirectory);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a request field by field; unset fields take the defaults the Maven plugin documents. */
    public static final class Builder {
        private final List<Path> contentDirectories = new ArrayList<>();
        private Path outputDirectory = Path.of("target", "framecheck");
        private final List<Path> ruleDirectories = new ArrayList<>();
        private Path templateDirectory;
        private Set<ReportFormat> formats = EnumSet.allOf(ReportFormat.class);
        private Charset encoding = StandardCharsets.UTF_8;
        private int threads = Runtime.getRuntime().availableProcessors();
        private List<String> includes = List.of();
        private List<String> excludes = List.of();
        private RuleSelection selection = RuleSelection.ALL;
        private Path cacheDirectory;
        private List<Path> files = List.of();
        private boolean explain;
        private Path baseline;
        private Path sourceRoot;

        public Builder contentDirectory(Path dir) {
            contentDirectories.add(dir);
            return this;
        }

        public Builder outputDirectory(Path dir) {
            outputDirectory = dir;
            return this;
        }

        public Builder ruleDirectory(Path dir) {
            ruleDirectories.add(dir);
            return this;
        }

        public Builder templateDirectory(Path dir) {
            templateDirectory = dir;
            return this;
        }

        public Builder formats(Set<ReportFormat> value) {
            formats = value;
            return this;
        }

        public Builder encoding(Charset value) {
            encoding = value;
            return this;
        }

        public Builder threads(int value) {
            threads = value;
            return this;
        }

        public Builder includes(List<String> value) {
            includes = value;
            return this;
        }

        public Builder excludes(List<String> value) {
            excludes = value;
            return this;
        }

        public Builder selection(RuleSelection value) {
            selection = value;
            return this;
        }

        public Builder cacheDirectory(Path dir) {
            cacheDirectory = dir;
            return this;
        }

        public Builder files(List<Path> value) {
            files = value;
            return this;
        }

        public Builder explain(boolean value) {
            explain = value;
            return this;
        }

        public Builder baseline(Path file) {
            baseline = file;
            return this;
        }

        public Builder sourceRoot(Path dir) {
            sourceRoot = dir;
            return this;
        }

        public AnalysisRequest build() {
            return new AnalysisRequest(contentDirectories, outputDirectory, ruleDirectories, templateDirectory, formats,
                    encoding, threads, includes, excludes, selection, cacheDirectory, files, explain, baseline, sourceRoot);
        }
    }
}
