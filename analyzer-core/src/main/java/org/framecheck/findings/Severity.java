package org.framecheck.findings;

import java.util.Locale;
import java.util.Optional;

/** How much a finding matters, in increasing order. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String value) {
        for (Severity s : values()) {
            if (s.id().equals(value == null ? "" : value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
