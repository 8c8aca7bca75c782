package org.framecheck.cli;

import java.util.Arrays;
import java.util.Locale;
import org.framecheck.api.ConfigurationException;
import org.framecheck.rules.NearestName;

/** Reading option values that picocli leaves as text, with the same one-line errors as the configuration. */
final class Options {
    private Options() {
    }

    static OutputFormat format(String value) throws ConfigurationException {
        for (OutputFormat f : OutputFormat.values()) {
            if (f.name().equalsIgnoreCase(value)) {
                return f;
            }
        }
        var known = Arrays.stream(OutputFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
        throw new ConfigurationException("--format: unknown format '" + value + "'" + NearestName.hint(value, known)
                + " (known: " + String.join(", ", known) + ")");
    }
}
