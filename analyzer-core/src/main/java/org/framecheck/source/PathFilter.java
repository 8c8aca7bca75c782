package org.framecheck.source;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Which articles of a content folder to analyse, from include and exclude globs over paths relative to
 * the folder. As in Maven's own plugins, {@code **}{@code /x} also matches {@code x} at the top.
 */
public final class PathFilter {
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    /** An empty include list takes every file. */
    public PathFilter(List<String> includes, List<String> excludes) {
        this.includes = matchers(includes);
        this.excludes = matchers(excludes);
    }

    public boolean accepts(Path relative) {
        return (includes.isEmpty() || includes.stream().anyMatch(m -> m.matches(relative)))
                && excludes.stream().noneMatch(m -> m.matches(relative));
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
            if (glob.startsWith("**/")) {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
            }
        }
        return matchers;
    }
}
