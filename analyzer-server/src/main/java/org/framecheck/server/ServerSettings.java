package org.framecheck.server;

import java.time.Duration;
import java.util.Set;

/**
 * How the live-check server listens and what it accepts.
 *
 * @param host           the interface to bind; 127.0.0.1 unless the operator opens it
 * @param port           the port, or 0 for any free one
 * @param maxBodyBytes   requests with a larger body get 413
 * @param timeLimit      an analysis that takes longer gets 503
 * @param maxConcurrent  analyses run at once; more wait in a short queue, then get 503
 * @param allowedOrigins browser origins allowed to call the API (CORS); empty means none
 */
public record ServerSettings(String host, int port, long maxBodyBytes, Duration timeLimit, int maxConcurrent,
                             Set<String> allowedOrigins) {
    public static final ServerSettings DEFAULTS = new ServerSettings("127.0.0.1", 8081, 1_000_000,
            Duration.ofSeconds(5), Math.max(2, Runtime.getRuntime().availableProcessors()), Set.of());

    public ServerSettings {
        allowedOrigins = Set.copyOf(allowedOrigins);
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1");
        }
    }
}
