package io.github.zhnews.internal.time;

import io.github.zhnews.model.DateType;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A recognised expression before it becomes a {@code DateMention}: span, value, type, plus the structured
 * fields the range combiner needs.
 *
 * @param start        offset of the first character
 * @param end          offset just past the last character
 * @param value        normalised value, may be null for vague expressions
 * @param type         kind of expression
 * @param grain        precision of a point expression ({@link Grain#OTHER} for anything not combinable)
 * @param lead         the coarsest field written in the text (a relative word counts as its own grain)
 * @param year         the year, 0 when absent
 * @param month        the month, 0 when absent
 * @param date         the day, for {@link Grain#DAY} and {@link Grain#TIME}
 * @param hour         hour of day for {@link Grain#TIME}, -1 otherwise
 * @param minute       minute for {@link Grain#TIME}, -1 otherwise
 * @param yearExplicit whether the year was written (digits or a relative word) rather than inferred
 * @param pm           whether a time of day carried an afternoon/evening word (inherited by a range end)
 * @param weekMonday   the Monday of the week named by a week-relative expression, else null
 * @param duration     the ISO length of an interval named by its length (近五年), else null
 */
record Expr(
        int start,
        int end,
        String value,
        DateType type,
        Grain grain,
        Grain lead,
        int year,
        int month,
        LocalDate date,
        int hour,
        int minute,
        boolean yearExplicit,
        boolean pm,
        LocalDate weekMonday,
        String duration) {

    Expr(
            int start,
            int end,
            String value,
            DateType type,
            Grain grain,
            Grain lead,
            int year,
            int month,
            LocalDate date,
            int hour,
            int minute,
            boolean yearExplicit,
            boolean pm,
            LocalDate weekMonday) {
        this(
                start,
                end,
                value,
                type,
                grain,
                lead,
                year,
                month,
                date,
                hour,
                minute,
                yearExplicit,
                pm,
                weekMonday,
                null);
    }

    /** An interval known only by its value (2018年至今), with nothing for a range end to inherit. */
    static Expr interval(int start, int end, String value) {
        return window(start, end, value, null);
    }

    /** An interval named by its length (近五年, 未来三天): its value and its ISO length. */
    static Expr window(int start, int end, String value, String duration) {
        return new Expr(
                start,
                end,
                value,
                DateType.INTERVAL,
                Grain.OTHER,
                Grain.OTHER,
                0,
                0,
                null,
                -1,
                -1,
                false,
                false,
                null,
                duration);
    }

    enum Grain {
        YEAR,
        MONTH,
        DAY,
        TIME,
        OTHER
    }

    static Expr other(int start, int end, String value, DateType type) {
        return new Expr(
                start,
                end,
                value,
                type,
                Grain.OTHER,
                Grain.OTHER,
                0,
                0,
                null,
                -1,
                -1,
                false,
                false,
                null);
    }

    static Expr year(int start, int end, int year, Grain lead, boolean explicit) {
        return calendar(
                start, end, Timex.year(year), DateType.DATE, Grain.YEAR, lead, year, 0, explicit);
    }

    static Expr month(int start, int end, int year, int month, Grain lead, boolean explicit) {
        return calendar(
                start,
                end,
                Timex.month(year, month),
                DateType.DATE,
                Grain.MONTH,
                lead,
                year,
                month,
                explicit);
    }

    /** A year, a month or a part of one: no day, no clock time. */
    private static Expr calendar(
            int start,
            int end,
            String value,
            DateType type,
            Grain grain,
            Grain lead,
            int year,
            int month,
            boolean explicit) {
        return new Expr(
                start, end, value, type, grain, lead, year, month, null, -1, -1, explicit, false,
                null);
    }

    static Expr day(
            int start,
            int end,
            LocalDate date,
            Grain lead,
            boolean explicit,
            LocalDate weekMonday) {
        return new Expr(
                start,
                end,
                Timex.date(date),
                DateType.DATE,
                Grain.DAY,
                lead,
                date.getYear(),
                date.getMonthValue(),
                date,
                -1,
                -1,
                explicit,
                false,
                weekMonday);
    }

    static Expr time(
            int start, int end, LocalDate date, TimeOfDay t, Grain lead, boolean explicit) {
        return new Expr(
                start,
                end,
                t.format(date),
                DateType.TIME,
                t.hour() >= 0 ? Grain.TIME : Grain.OTHER,
                lead,
                date.getYear(),
                date.getMonthValue(),
                date,
                t.hour(),
                t.minute(),
                explicit,
                t.pm(),
                null);
    }

    /**
     * A part of a year or a month as an interval that still combines like the unit it narrows: 2023年底
     * ({@code 2023-11/2023-12}, grain {@link Grain#YEAR}), 6月底 ({@code 2023-06-25/2023-06-30}, grain
     * {@link Grain#MONTH}), so that 年底前 and 2019年底至2020年初 read as the year or month would.
     */
    static Expr part(
            int start,
            int end,
            String value,
            Grain grain,
            Grain lead,
            int year,
            int month,
            boolean explicit) {
        return calendar(start, end, value, DateType.INTERVAL, grain, lead, year, month, explicit);
    }

    /** Whether this is a combinable point (year, month, day or clock time, or a part of a year or month). */
    boolean point() {
        return grain != Grain.OTHER
                && (type == DateType.DATE || type == DateType.TIME || type == DateType.INTERVAL);
    }

    /** The same point one year later (range roll-over), or null when that date does not exist. */
    Expr nextYear() {
        if (type == DateType.INTERVAL) {
            return null; // a part (月初) does not roll over
        }
        switch (grain) {
            case YEAR:
                return year(start, end, year + 1, lead, false);
            case MONTH:
                return month(start, end, year + 1, month, lead, false);
            case DAY:
            case TIME:
                {
                    int y = year + 1;
                    if (!YearMonth.of(y, date.getMonthValue()).isValidDay(date.getDayOfMonth())) {
                        return null;
                    }
                    LocalDate d = LocalDate.of(y, date.getMonthValue(), date.getDayOfMonth());
                    if (grain == Grain.DAY) {
                        return day(start, end, d, lead, false, weekMonday);
                    }
                    return new Expr(
                            start,
                            end,
                            Timex.date(d) + value.substring(10),
                            type,
                            grain,
                            lead,
                            y,
                            month,
                            d,
                            hour,
                            minute,
                            false,
                            pm,
                            null);
                }
            default:
                return null;
        }
    }

    /** An interval from {@code first} to {@code last}, spanning {@code start} to the end of {@code last}. */
    static Expr interval(int start, Expr first, Expr last) {
        return new Expr(
                start,
                last.end,
                Timex.interval(first.value, last.value),
                DateType.INTERVAL,
                Grain.OTHER,
                Grain.OTHER,
                0,
                0,
                last.date,
                -1,
                -1,
                false,
                false,
                null);
    }

    Expr withStart(int newStart) {
        return new Expr(
                newStart,
                end,
                value,
                type,
                grain,
                lead,
                year,
                month,
                date,
                hour,
                minute,
                yearExplicit,
                pm,
                weekMonday,
                duration);
    }

    /** The day this expression pins down (for anchoring 次日, 当天), or null. */
    LocalDate anchorDate() {
        if (type == DateType.DATE || type == DateType.TIME || type == DateType.INTERVAL) {
            return date;
        }
        return null;
    }
}
