package org.framecheck.rules;

import java.util.Collection;
import java.util.Optional;

/**
 * The known name closest to a mistyped one, for "did you mean …?" hints: at most a third of its
 * letters (and at least two) edited away, ties broken alphabetically so the hint is the same every run.
 */
public final class NearestName {

    private NearestName() {
    }

    public static Optional<String> to(String unknown, Collection<String> known) {
        int limit = Math.max(2, unknown.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : known) {
            int d = distance(unknown, name);
            if (d <= limit && (d < bestDistance || d == bestDistance && name.compareTo(best) < 0)) {
                best = name;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** " (did you mean x?)", or empty when no known name is close. */
    public static String hint(String unknown, Collection<String> known) {
        return to(unknown, known).map(n -> " (did you mean " + n + "?)").orElse("");
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
