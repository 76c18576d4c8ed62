package io.github.zhnews.internal.time;

import java.time.LocalDate;

/**
 * A time of day read from the text: either a clock time (hour >= 0) or only a part of the day (a TIMEX3 code
 * such as {@code MO}, {@code AF}, {@code EV}). {@code precision} says how far the clock time was written:
 * {@link #HOUR} (8点, 晚上8点许), {@link #MINUTE} (8点30分, 8:30, 8点半) or {@link #SECOND} (8:30:15); the value
 * is never more precise than the text ({@code T20}, {@code T20:30}, {@code T20:30:15}).
 */
record TimeOfDay(
        int hour, int minute, int second, int precision, String part, boolean pm, int end) {
    static final int HOUR = 0;
    static final int MINUTE = 1;
    static final int SECOND = 2;

    /** Only a part of the day (上午, 晚上). */
    static TimeOfDay part(String part, boolean pm, int end) {
        return new TimeOfDay(-1, -1, -1, HOUR, part, pm, end);
    }

    String format(LocalDate date) {
        if (hour < 0) {
            return Timex.date(date) + "T" + part;
        }
        return Timex.dateTime(date, hour, minute, second, precision);
    }
}
