package io.github.zhnews.internal.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** Formatting of ISO-8601 / TIMEX3 values. */
final class Timex {
    static final String PRESENT_REF = "PRESENT_REF";

    private Timex() {}

    static String year(int y) {
        return pad4(y);
    }

    static String month(int y, int m) {
        return pad4(y) + "-" + pad2(m);
    }

    static String date(LocalDate d) {
        return pad4(d.getYear()) + "-" + pad2(d.getMonthValue()) + "-" + pad2(d.getDayOfMonth());
    }

    /** Zero-padded to two digits; String.format is too slow for the finder's inner loop. */
    static String pad2(int v) {
        return v >= 0 && v < 10 ? "0" + v : Integer.toString(v);
    }

    /**
     * A year as ISO-8601 writes it: four digits from 0 to 9999, else the expanded form with its sign
     * ({@code -0220} for 221 BC, {@code +10000}), as {@code java.time.Year.parse} reads it.
     */
    static String pad4(int v) {
        if (v < 0) {
            return "-" + pad4(-v);
        }
        if (v > 9999) {
            return "+" + v;
        }
        if (v >= 1000) {
            return Integer.toString(v);
        }
        String s = Integer.toString(v);
        return "0000".substring(s.length()) + s;
    }

    /** A clock time at the precision written: {@code T20}, {@code T20:30} or {@code T20:30:15}. */
    static String dateTime(LocalDate d, int hour, int minute, int second, int precision) {
        if (precision == TimeOfDay.HOUR && minute == 0) {
            return date(d) + "T" + pad2(hour);
        }
        if (precision == TimeOfDay.SECOND) {
            return date(d) + "T" + pad2(hour) + ":" + pad2(minute) + ":" + pad2(second);
        }
        return date(d) + "T" + pad2(hour) + ":" + pad2(minute);
    }

    static String week(LocalDate anyDay) {
        return pad4(anyDay.get(IsoFields.WEEK_BASED_YEAR))
                + "-W"
                + pad2(anyDay.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * The interval from {@code a} to {@code b}; an end that is itself an interval (年底 = {@code 2023-11/2023-12})
     * gives its first or its last part, so 2019年底至2020年初 is {@code 2019-11/2020-02}.
     */
    static String interval(String a, String b) {
        int slash = a.indexOf('/');
        String from = slash > 0 ? a.substring(0, slash) : a;
        return from + "/" + b.substring(b.lastIndexOf('/') + 1);
    }
}
