package io.github.zhnews.internal.resources;

/**
 * A data file, user dictionary or setting that cannot be used: missing, unreadable or malformed. The message
 * names the file and, where there is one, the line. Internal: {@code NewsAnalyzer.Builder.build()} reports it
 * to the caller as a {@code ConfigurationException}.
 */
public class ResourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ResourceException(String message) {
        super(message);
    }

    public ResourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
