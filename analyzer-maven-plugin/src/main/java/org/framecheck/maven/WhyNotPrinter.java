package org.framecheck.maven;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.framecheck.api.Analyzer;
import org.framecheck.document.Document;
import org.framecheck.rules.RuleSetException;

/** Prints, for {@code framecheck.explain=rule-id}, why each named rule does or does not fire on each named file. */
final class WhyNotPrinter {

    private WhyNotPrinter() {
    }

    static void print(List<String> rules, List<Path> files, List<Path> ruleDirectories, Charset charset, Log log)
            throws MojoExecutionException {
        if (files.isEmpty()) {
            throw new MojoExecutionException("framecheck: explain=" + String.join(",", rules)
                    + " needs the files to explain them on: add -Dframecheck.files=...");
        }
        Analyzer analyzer;
        try {
            analyzer = Analyzer.withRules(ruleDirectories);
        } catch (RuleSetException e) {
            throw new MojoExecutionException("framecheck: the rules have errors:" + System.lineSeparator() + e.getMessage());
        }
        for (Path file : files) {
            Document document = NamedFile.read(analyzer, file, charset);
            for (String rule : rules) {
                try {
                    analyzer.whyNotFired(document, rule, ruleDirectories).lines()
                            .forEach(line -> log.info(document.path() + ": " + line));
                } catch (IllegalArgumentException e) {
                    throw new MojoExecutionException("framecheck: explain=" + rule + ": " + e.getMessage());
                }
            }
        }
    }
}
