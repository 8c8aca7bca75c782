package org.framecheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framecheck.api.ConfigurationException;

/**
 * The lines changed since a git revision, per file relative to the working folder: what a pull request
 * introduced. Read from {@code git diff --unified=0}, so a line counts when it was added or rewritten.
 */
final class ChangedLines {
    private static final Pattern HUNK = Pattern.compile("^@@ -\\d+(?:,\\d+)? \\+(\\d+)(?:,(\\d+))? @@");

    private final Map<String, BitSet> lines;

    private ChangedLines(Map<String, BitSet> lines) {
        this.lines = lines;
    }

    boolean changed(String path, int line) {
        BitSet changed = lines.get(path);
        return changed != null && changed.get(line);
    }

    static ChangedLines since(String revision, Path workingDirectory) throws ConfigurationException {
        if (revision.startsWith("-")) {
            throw new ConfigurationException("--changed-since: '" + revision + "' is not a git revision");
        }
        ProcessBuilder git = new ProcessBuilder("git", "diff", "--relative", "--unified=0", "--no-color", "--no-ext-diff",
                "--no-renames", revision, "--").directory(workingDirectory.toFile()).redirectErrorStream(false);
        try {
            Process process = git.start();
            process.getOutputStream().close();
            String diff;
            String error;
            try (InputStream out = process.getInputStream(); InputStream err = process.getErrorStream()) {
                diff = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                error = new String(err.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (process.waitFor() != 0) {
                throw new ConfigurationException("--changed-since " + revision + ": git diff failed: "
                        + error.lines().findFirst().orElse("exit code " + process.exitValue()));
            }
            return parse(diff);
        } catch (IOException e) {
            throw new ConfigurationException("--changed-since needs git on the PATH: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigurationException("--changed-since: interrupted");
        }
    }

    static ChangedLines parse(String diff) {
        Map<String, BitSet> lines = new HashMap<>();
        BitSet current = null;
        for (String line : diff.split("\n", -1)) {
            if (line.startsWith("+++ ")) {
                String target = line.substring(4);
                current = target.equals("/dev/null") ? null
                        : lines.computeIfAbsent(target.startsWith("b/") ? target.substring(2) : target, k -> new BitSet());
            } else if (current != null) {
                Matcher hunk = HUNK.matcher(line);
                if (hunk.find()) {
                    int start = Integer.parseInt(hunk.group(1));
                    int count = hunk.group(2) == null ? 1 : Integer.parseInt(hunk.group(2));
                    current.set(start, start + count);
                }
            }
        }
        return new ChangedLines(lines);
    }
}
