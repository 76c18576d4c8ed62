package io.github.zhnews.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Objects;
import java.util.Optional;

/**
 * A publication or reference time as an article has it: a day alone, or a day and a time of day with the
 * UTC offset of the article's time zone at that moment. Written in ISO-8601 as {@code 2023-05-21} or
 * {@code 2023-05-21T09:39:00+08:00}.
 *
 * @param date   the day, in the article's time zone
 * @param time   the time of day in the article's time zone, or {@code null} for a day alone
 * @param offset the UTC offset of the article's zone at that time, or {@code null} for a day alone
 */
public record NewsTime(LocalDate date, LocalTime time, ZoneOffset offset) {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    /** Checks that a time of day and an offset come together. */
    public NewsTime {
        Objects.requireNonNull(date, "date");
        if ((time == null) != (offset == null)) {
            throw new IllegalArgumentException(
                    "a time of day needs its offset, and an offset a time of day");
        }
    }

    /** A day alone, without a time of day. */
    public static NewsTime ofDate(LocalDate date) {
        return new NewsTime(date, null, null);
    }

    /**
     * A time given the way users have it, in the article's zone: a {@link LocalDate} is a day alone; a
     * {@link LocalDateTime} is a wall-clock time in {@code zone}; an {@link OffsetDateTime},
     * {@link ZonedDateTime} or {@link Instant} is a moment, shown at the wall-clock time of {@code zone}.
     *
     * @throws IllegalArgumentException for any other kind of temporal
     */
    public static NewsTime of(Temporal time, ZoneId zone) {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        ZonedDateTime zoned;
        if (time instanceof LocalDate d) {
            return ofDate(d);
        } else if (time instanceof LocalDateTime t) {
            zoned = t.atZone(zone);
        } else if (time instanceof OffsetDateTime t) {
            zoned = t.atZoneSameInstant(zone);
        } else if (time instanceof ZonedDateTime t) {
            zoned = t.withZoneSameInstant(zone);
        } else if (time instanceof Instant t) {
            zoned = t.atZone(zone);
        } else {
            throw new IllegalArgumentException(
                    "a publication time is a LocalDate, LocalDateTime, OffsetDateTime, "
                            + "ZonedDateTime or Instant, not a "
                            + time.getClass().getSimpleName());
        }
        return new NewsTime(zoned.toLocalDate(), zoned.toLocalTime(), zoned.getOffset());
    }

    /**
     * Reads what {@link #toString()} writes, and every ISO-8601 form a feed gives: {@code 2023-05-21},
     * {@code 2023-05-21T09:39}, {@code 2023-05-21 09:39}, {@code 2023-05-21T01:39:00Z},
     * {@code 2023-05-21T09:39+08:00}, {@code 2023-05-21T09:39+08:00[Asia/Shanghai]}. The value is returned
     * as the kind of {@link Temporal} it is ({@link LocalDate}, {@link LocalDateTime}, {@link OffsetDateTime}
     * or {@link ZonedDateTime}), for {@link #of(Temporal, ZoneId)}.
     *
     * @throws DateTimeParseException when the text is none of these
     */
    public static Temporal parseIso(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        if (s.length() == 10) {
            return LocalDate.parse(s);
        }
        s = s.replace(' ', 'T');
        if (s.endsWith("]")) {
            return ZonedDateTime.parse(s);
        }
        if (s.endsWith("Z") || s.endsWith("z") || s.matches(".*T.*[+-]\\d\\d(:?\\d\\d)?$")) {
            return OffsetDateTime.parse(s.endsWith("z") ? s.substring(0, s.length() - 1) + "Z" : s);
        }
        return LocalDateTime.parse(s);
    }

    /** Reads the JSON form written by {@link #toString()}. */
    @JsonCreator
    public static NewsTime parse(String text) {
        Temporal t = parseIso(text);
        if (t instanceof LocalDate d) {
            return ofDate(d);
        }
        if (t instanceof LocalDateTime) {
            throw new DateTimeParseException(
                    "a news time with a time of day needs its UTC offset", text, 0);
        }
        OffsetDateTime o = t instanceof ZonedDateTime z ? z.toOffsetDateTime() : (OffsetDateTime) t;
        return new NewsTime(o.toLocalDate(), o.toLocalTime(), o.getOffset());
    }

    /** Whether a time of day is known (otherwise this is a day alone). */
    public boolean hasTime() {
        return time != null;
    }

    /** The moment, when a time of day is known. */
    public Optional<OffsetDateTime> toOffsetDateTime() {
        return time == null ? Optional.empty() : Optional.of(OffsetDateTime.of(date, time, offset));
    }

    /**
     * The wall-clock time in the article's zone; a day alone is its start ({@code 00:00}), which is also
     * how the date finder knows that no time of day is given.
     */
    public LocalDateTime toLocalDateTime() {
        return time == null ? date.atStartOfDay() : LocalDateTime.of(date, time);
    }

    /** {@code 2023-05-21} for a day alone, else {@code 2023-05-21T09:39:00+08:00}. */
    @JsonValue
    @Override
    public String toString() {
        return time == null ? date.toString() : ISO.format(OffsetDateTime.of(date, time, offset));
    }
}
