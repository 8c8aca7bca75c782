package org.framecheck.facts;

import java.util.List;
import java.util.function.ToIntFunction;

/** Lookups in fact lists sorted by position (tokens, matches, quotes by their starts). */
public final class Sorted {

    private Sorted() {
    }

    /**
     * The index of the first item whose key is at least {@code value}, or {@code items.size()}: where
     * a scan from {@code value} on starts, duplicates included (which {@code Collections.binarySearch}
     * does not promise).
     */
    public static <T> int firstAtOrAfter(List<T> items, ToIntFunction<T> key, int value) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key.applyAsInt(items.get(mid)) < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
