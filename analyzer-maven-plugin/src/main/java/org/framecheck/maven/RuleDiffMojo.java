package org.framecheck.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.framecheck.api.Analyzer;
import org.framecheck.rules.RuleSetException;
import org.framecheck.ruletest.RuleChange;
import org.framecheck.ruletest.RuleCost;
import org.framecheck.source.ContentItem;
import org.framecheck.source.ContentScanner;

/**
 * What a rule change does to real text: analyses a folder of articles (the newsroom's archive, a
 * corpus) with the rules before and after the change and prints the findings that appeared ({@code +})
 * and disappeared ({@code -}), with their sentence, and a count per rule. "Before" is the built-in
 * rules plus {@code baseRuleDirectories} (a checkout of the rule folders as they were), "after" the
 * built-in rules plus {@code ruleDirectories}:
 * {@code mvn org.framecheck:analyzer-maven-plugin:rule-diff -Dframecheck.contentDirectory=archive -Dframecheck.ruleDirectories=house-rules}.
 * It only reads; it never fails the build over what changed.
 */
@Mojo(name = "rule-diff", requiresProject = false, threadSafe = true)
public class RuleDiffMojo extends AbstractMojo {

    /** The articles to run both rule sets over. */
    @Parameter(property = "framecheck.contentDirectory", required = true)
    private File contentDirectory;

    /** The rule folders after the change (merged with the built-in rules). */
    @Parameter(property = "framecheck.ruleDirectories")
    private List<File> ruleDirectories;

    /** The rule folders before the change; none means the built-in rules alone. */
    @Parameter(property = "framecheck.baseRuleDirectories")
    private List<File> baseRuleDirectories;

    /** How many appeared and how many disappeared findings to print; the counts cover all. */
    @Parameter(property = "framecheck.diffLimit", defaultValue = "50")
    private int diffLimit;

    /** How many articles each rule's cost is measured over when the new rules are slower. */
    private static final int COST_SAMPLE = 200;
    /** Below this share of the time a rule's cost is noise. */
    private static final double NOTICEABLE_SHARE = 0.05;

    @Parameter(property = "framecheck.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    @Override
    public void execute() throws MojoExecutionException {
        List<Path> after = RequestFactory.directories(ruleDirectories, "rule directory");
        List<Path> before = RequestFactory.directories(baseRuleDirectories, "base rule directory");
        Charset charset = RequestFactory.encoding(encoding);
        List<ContentItem> items;
        try {
            items = ContentScanner.allFormats().scan(contentDirectory.toPath(), w -> getLog().warn("framecheck: " + w));
        } catch (IOException e) {
            throw new MojoExecutionException("framecheck: " + e.getMessage());
        }
        RuleChange change = RuleChange.compare(analyzer(before, "before"), analyzer(after, "after"), items, charset);

        getLog().info("framecheck: " + change.documents() + " articles in " + shown(contentDirectory.toPath()) + "; rules before: "
                + describe(before) + "; after: " + describe(after));
        for (Map.Entry<String, int[]> rule : change.perRule().entrySet()) {
            getLog().info("framecheck: " + rule.getKey() + ": +" + rule.getValue()[0] + " -" + rule.getValue()[1]);
        }
        if (!change.failures().isEmpty()) {
            getLog().warn("framecheck: " + change.failures().size() + " article analyses failed and are left out of the comparison:");
            change.failures().stream().limit(diffLimit).forEach(f -> getLog().warn("framecheck:   " + f));
        }
        print("+", change.appeared());
        print("-", change.disappeared());
        getLog().info("framecheck: " + change.appeared().size() + " findings appeared, " + change.disappeared().size()
                + " disappeared");
        String time = String.format(Locale.ROOT, "framecheck: analysis took %.1f s before, %.1f s after (%.2f×, summed over articles)",
                change.beforeNanos() / 1e9, change.afterNanos() / 1e9, change.slowdown());
        if (change.slowdown() > RuleChange.SLOWER) {
            getLog().warn(time + ": the change makes the rules slower; look for a pattern that joins many facts with many others");
            blameSlowRules(after, items, charset);
        } else {
            getLog().info(time);
        }
    }

    /** Names the author's rules that cost the most, each taken out in turn over a sample of the articles. */
    private void blameSlowRules(List<Path> after, List<ContentItem> items, Charset charset) throws MojoExecutionException {
        if (after.isEmpty()) {
            return;
        }
        List<ContentItem> sample = items.subList(0, Math.min(COST_SAMPLE, items.size()));
        List<RuleCost> costs;
        try {
            costs = RuleCost.of(after, sample, charset);
        } catch (RuleSetException e) {
            throw new MojoExecutionException("framecheck: the rules after the change have errors:" + System.lineSeparator() + e.getMessage());
        }
        for (RuleCost cost : costs) {
            if (cost.share() >= NOTICEABLE_SHARE) {
                getLog().warn(String.format(Locale.ROOT, "framecheck:   %s takes %.0f%% of the analysis time (without it, over %d articles)",
                        cost.rule(), cost.share() * 100, sample.size()));
            }
        }
    }

    private void print(String sign, List<RuleChange.Change> changes) {
        changes.stream().limit(diffLimit).forEach(c -> getLog().info(sign + " " + c));
        if (changes.size() > diffLimit) {
            getLog().info(sign + " … " + (changes.size() - diffLimit) + " more (-Dframecheck.diffLimit shows more)");
        }
    }

    private static Analyzer analyzer(List<Path> directories, String which) throws MojoExecutionException {
        try {
            return Analyzer.withRules(directories);
        } catch (RuleSetException e) {
            throw new MojoExecutionException("framecheck: the rules " + which + " the change have errors:"
                    + System.lineSeparator() + e.getMessage());
        }
    }

    private static String describe(List<Path> directories) {
        return directories.isEmpty() ? "built-in" : "built-in + " + String.join(", ", directories.stream().map(RuleDiffMojo::shown).toList());
    }

    /** A folder relative to the working directory when below it, so that lines stay short. */
    private static String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path workingDirectory = Path.of("").toAbsolutePath();
        return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString() : absolute.toString();
    }
}
