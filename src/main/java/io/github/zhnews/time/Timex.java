package io.github.zhnews.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** Formatting of ISO-8601 / TIMEX3 values. */
final class Timex {
    static final String PRESENT_REF = "PRESENT_REF";

    private Timex() {
    }

    static String year(int y) {
        return String.format("%04d", y);
    }

    static String month(int y, int m) {
        return String.format("%04d-%02d", y, m);
    }

    static String date(LocalDate d) {
        return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** A clock time at the precision written: {@code T20}, {@code T20:30} or {@code T20:30:15}. */
    static String dateTime(LocalDate d, int hour, int minute, int second, int precision) {
        if (precision == TimeOfDay.HOUR && minute == 0) {
            return date(d) + String.format("T%02d", hour);
        }
        if (precision == TimeOfDay.SECOND) {
            return date(d) + String.format("T%02d:%02d:%02d", hour, minute, second);
        }
        return date(d) + String.format("T%02d:%02d", hour, minute);
    }

    static String week(LocalDate anyDay) {
        return String.format("%04d-W%02d", anyDay.get(IsoFields.WEEK_BASED_YEAR),
                anyDay.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String interval(String a, String b) {
        return a + "/" + b;
    }
}
