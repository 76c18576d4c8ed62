package io.github.zhnews;

import java.util.Optional;

/** A JSON Lines input record, or a JSON analysis, that cannot be read. */
public class InvalidRecordException extends ZhnewsException {
    private static final long serialVersionUID = 1L;

    /** The record's id, when the record was readable far enough to have one. */
    private final String id;

    /**
     * A record that cannot be read.
     *
     * @param message what is wrong with it
     * @param id      the record's id, or {@code null} when it has none or cannot be read
     */
    public InvalidRecordException(String message, String id) {
        super(message);
        this.id = id;
    }

    /**
     * A record that cannot be read, because of another error.
     *
     * @param message what is wrong with it
     * @param id      the record's id, or {@code null}
     * @param cause   the error that made it unreadable
     */
    public InvalidRecordException(String message, String id, Throwable cause) {
        super(message, cause);
        this.id = id;
    }

    /**
     * The id of the record, when it could be read, so that an error line still names its record.
     *
     * @return the id, or empty
     */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }
}
