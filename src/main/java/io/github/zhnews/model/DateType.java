package io.github.zhnews.model;

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
    SET
}
