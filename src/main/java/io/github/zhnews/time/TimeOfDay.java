package io.github.zhnews.time;

import java.time.LocalDate;

/**
 * A time of day read from the text: either a clock time (hour >= 0) or only a part of the day (a TIMEX3 code
 * such as {@code MO}, {@code AF}, {@code EV}).
 */
record TimeOfDay(int hour, int minute, String part, boolean pm, int end) {

    String format(LocalDate date) {
        if (hour < 0) {
            return Timex.date(date) + "T" + part;
        }
        return Timex.dateTime(date, hour, minute);
    }
}
