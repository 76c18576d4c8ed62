package io.github.zhnews;

/** Thrown by {@link NewsAnalyzer.Builder#build()} and the builder's setters when the configuration is wrong. */
public class ConfigurationException extends ZhnewsException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
