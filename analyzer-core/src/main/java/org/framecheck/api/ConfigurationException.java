package org.framecheck.api;

/** The run is configured wrongly (an unknown rule id, a missing folder); nothing was analysed. */
public final class ConfigurationException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }
}
