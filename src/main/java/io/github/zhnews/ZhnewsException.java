package io.github.zhnews;

/** The root of the exceptions zhnews throws on purpose. */
public class ZhnewsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ZhnewsException(String message) {
        super(message);
    }

    public ZhnewsException(String message, Throwable cause) {
        super(message, cause);
    }
}
