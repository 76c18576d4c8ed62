package io.github.zhnews.io;

import io.github.zhnews.ZhnewsException;

/** A JSON Lines input record that cannot be turned into an article. */
public class InvalidRecordException extends ZhnewsException {
    private static final long serialVersionUID = 1L;

    public InvalidRecordException(String message) {
        super(message);
    }

    public InvalidRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
