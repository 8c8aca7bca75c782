package org.framecheck.findings;

/**
 * A finding an editor switched off, kept so that reports can count and list it: nothing is hidden
 * silently.
 *
 * @param finding the finding as the rule reported it
 * @param how     what switched it off, e.g. {@code framecheck-disable-next-line at line 12}
 */
public record Suppressed(Finding finding, String how) {
}
