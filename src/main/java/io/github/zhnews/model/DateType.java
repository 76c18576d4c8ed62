package io.github.zhnews.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** TIMEX3-style kinds of time expression. */
public enum DateType {
    /** A calendar date or a coarser period (year, month, quarter): {@code 2023-05-21}, {@code 2023-05}. */
    DATE,
    /** A point with a time of day: {@code 2023-05-21T09:30}. */
    TIME,
    /** A range with two ends: {@code 2023-04-24/2023-04-29}. */
    INTERVAL,
    /** A length of time: {@code P3D}. */
    DURATION,
    /** A recurring time: {@code 每年}. */
    SET;

    /** The lower-case id used in JSON and CSV: {@code date}, {@code time}, {@code interval}... */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type with the given id (any case).
     *
     * @throws IllegalArgumentException for an unknown id
     */
    @JsonCreator
    public static DateType ofId(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
