package io.github.zhnews.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A time expression found in the text, with its value in a form people and programs can compute with.
 *
 * <p>Values: ISO-8601 where the expression has such a form ({@code 2023}, {@code 2023-05}, {@code 2023-05-21},
 * {@code 2023-05-21T15:00}, {@code 2023-05-21T15:30:12}; years before 1 or after 9999 in the expanded form
 * {@code -0220}, {@code +10000}); intervals {@code start/end}; durations {@code P5Y}, {@code PT2H}; otherwise a
 * TIMEX3 form ({@code 2023-Q1}, {@code 2023-H2}, {@code 2023-W20}, {@code 2023-W20-WE}, {@code 2023-SU},
 * {@code 2023-05-21TEV}, {@code 198} for the 1980s, {@code 19} for the 1900s, {@code PRESENT_REF}, sets such as
 * {@code XXXX-WXX-1}). A clock time is always written with its minutes; how much of it the text gave is the
 * {@link #grain()}: 下午3点 is {@code 2023-05-21T15:00} at grain {@link DateGrain#HOUR}.
 *
 * @param text     the surface form, exactly as in the input
 * @param start    offset of the first character
 * @param end      offset just past the last character
 * @param value    the normalised value, or {@code null} when the text is too vague to support one (近日)
 * @param type     the kind of expression
 * @param grain    the precision of the value (for an interval, of its last end, except that a window on the
 *                 publication time, 近五年 = {@code 2018-05-21/2023-05-21T09:39}, has that of its far end; for a
 *                 duration, of its unit), or
 *                 {@code null} when there is no value or the value has no calendar precision ({@code PRESENT_REF})
 * @param duration for an interval named by its length (近五年, 未来三天, 前2周) and for a duration, the ISO-8601
 *                 length ({@code P5Y}, {@code P3D}, {@code P2W}); otherwise {@code null}
 */
public record DateMention(
        String text,
        int start,
        int end,
        String value,
        DateType type,
        DateGrain grain,
        String duration) {
    /** Checks the span against the text, that there is a type, and that grain and duration fit the value. */
    public DateMention {
        Spans.check(text, start, end);
        Objects.requireNonNull(type, "type");
        if (value == null && (grain != null || duration != null)) {
            throw new IllegalArgumentException(
                    "a mention without a value has no grain or duration: " + text);
        }
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException("blank value for " + text);
        }
        if (duration != null && !duration.startsWith("P")) {
            throw new IllegalArgumentException("duration is not an ISO-8601 period: " + duration);
        }
        if (value != null && grain == null && !DateValues.gradeless(value)) {
            throw new IllegalArgumentException("value " + value + " needs a grain");
        }
    }

    /** A mention whose grain is read from the value alone (a clock time {@code THH:MM} reads as a minute). */
    public DateMention(String text, int start, int end, String value, DateType type) {
        this(
                text,
                start,
                end,
                value,
                type,
                value == null ? null : DateValues.grainOf(value, type),
                null);
    }

    /** The same mention with another surface (the input's own characters at the same offsets). */
    public DateMention withText(String newText) {
        return new DateMention(newText, start, end, value, type, grain, duration);
    }

    /** The normalised value, when the text supports one. */
    public Optional<String> normalized() {
        return Optional.ofNullable(value);
    }

    /**
     * The first instant of the time this mention names (for an interval, of its first end), when its value
     * has a fixed place on the calendar: years, months, quarters, halves, weeks, days, clock times, decades,
     * centuries, seasons (bounded by their solar terms: SP from 立春 to the day before 立夏) and parts of the day
     * (read as MO 06:00-12:00, MI 12:00-14:00, AF 12:00-18:00, EV 18:00-24:00, NI 00:00-06:00, DT 06:00-19:00).
     * An interval to the present ({@code 2018/PRESENT_REF}, 2018年以来) starts at its first end's first instant.
     * Empty for durations, sets, {@code PRESENT_REF}, seasons outside 1901-2100 and values without one.
     */
    public Optional<LocalDateTime> firstInstant() {
        if (value != null
                && type == DateType.INTERVAL
                && value.endsWith("/" + DateValues.PRESENT_REF)) {
            String from = value.substring(0, value.length() - DateValues.PRESENT_REF.length() - 1);
            return DateValues.span(from, DateType.DATE, DateValues.grainOf(from, DateType.DATE))
                    .map(r -> r[0]);
        }
        return DateValues.span(value, type, grain).map(r -> r[0]);
    }

    /**
     * The instant just after the time this mention names (exclusive end): 2023-05-21 ends at
     * {@code 2023-05-22T00:00}; 下午3点 (grain HOUR) at 16:00. An interval whose last end is a clock time at hour
     * grain ends at that instant (下午2时至4时 ends at 16:00). Empty where {@link #firstInstant()} is, and for an
     * interval to the present ({@code 2018/PRESENT_REF}), whose end is the reader's reference time.
     */
    public Optional<LocalDateTime> endInstant() {
        return DateValues.span(value, type, grain).map(r -> r[1]);
    }

    /** The first day of the time this mention names, where {@link #firstInstant()} is known. */
    public Optional<LocalDate> firstDay() {
        return firstInstant().map(LocalDateTime::toLocalDate);
    }

    /** The last day (inclusive) of the time this mention names, where {@link #endInstant()} is known. */
    public Optional<LocalDate> lastDay() {
        return DateValues.span(value, type, grain)
                .map(
                        r ->
                                r[1].minusNanos(1).toLocalDate().isBefore(r[0].toLocalDate())
                                        ? r[0].toLocalDate()
                                        : r[1].minusNanos(1).toLocalDate());
    }
}
