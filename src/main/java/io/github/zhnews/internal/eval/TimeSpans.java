package io.github.zhnews.internal.eval;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a normalised ISO-8601 / TIMEX3 value into the stretch of time it denotes, {@code [start, end]} with
 * the end inclusive to the second (the JioNLP convention: a day is 00:00:00–23:59:59, an hour 21:00:00–21:59:59).
 *
 * <p>Understood: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, {@code YYYY-MM-DDTHH[:MM[:SS]]},
 * quarters {@code YYYY-Qn}, halves {@code YYYY-Hn}, ISO weeks {@code YYYY-Wnn[-d]}, decades {@code YYY}
 * ({@code 198} = 1980–1989), centuries {@code YY} ({@code 19} = 1900–1999), parts of a day
 * {@code YYYY-MM-DDTMO|AF|EV|NI} (approximated as 06–11, 12–17, 18–23, 00–05 h) and intervals {@code A/B}
 * (start of A to end of B; when B is a clock time written to the hour only, {@code THH}, the interval ends at
 * that instant: {@code T15/T20} is 15:00:00–20:00:00, as "3点至8点" ends at 8 o'clock, while a lone {@code T20}
 * covers the whole hour). Anything else (durations, sets, unknown fields such as {@code XXXX}, seasons)
 * has no span.
 */
public final class TimeSpans {
    /** An inclusive stretch of time. */
    public record Range(LocalDateTime start, LocalDateTime end) {
        @Override
        public String toString() {
            return FORMAT.format(start) + " – " + FORMAT.format(end);
        }
    }

    /** The JioNLP time format {@code yyyy-MM-dd HH:mm:ss}. */
    public static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final Pattern DATE_TIME =
            Pattern.compile(
                    "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2})(?::(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?)?)?)?");
    private static final Pattern HOUR_ONLY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}");
    private static final Pattern PART_OF_DAY =
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(MO|AF|EV|NI)");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-([1-7]))?");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})");
    private static final Pattern CENTURY = Pattern.compile("(\\d{2})");

    private TimeSpans() {}

    /** The span of {@code value}, or empty when it is null or not one of the understood forms. */
    public static Optional<Range> of(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        int slash = v.indexOf('/');
        if (slash > 0) {
            Optional<Range> a = single(v.substring(0, slash));
            String last = v.substring(slash + 1);
            Optional<Range> b = single(last);
            if (a.isEmpty() || b.isEmpty() || b.get().end().isBefore(a.get().start())) {
                return Optional.empty();
            }
            // 3点至8点 ends at 8 o'clock: a clock end written to the hour is that instant, not the
            // whole hour
            LocalDateTime end = HOUR_ONLY.matcher(last).matches() ? b.get().start() : b.get().end();
            return Optional.of(new Range(a.get().start(), end));
        }
        return single(v);
    }

    private static Optional<Range> single(String v) {
        try {
            Matcher m;
            if ((m = DATE_TIME.matcher(v)).matches()) {
                int year = Integer.parseInt(m.group(1));
                if (m.group(2) == null) {
                    LocalDateTime s = LocalDate.of(year, 1, 1).atStartOfDay();
                    return range(s, s.plusYears(1));
                }
                int month = Integer.parseInt(m.group(2));
                if (m.group(3) == null) {
                    LocalDateTime s = LocalDate.of(year, month, 1).atStartOfDay();
                    return range(s, s.plusMonths(1));
                }
                LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
                if (m.group(4) == null) {
                    return range(day.atStartOfDay(), day.plusDays(1).atStartOfDay());
                }
                int hour = Integer.parseInt(m.group(4));
                LocalDateTime s = hour == 24 ? day.plusDays(1).atStartOfDay() : day.atTime(hour, 0);
                if (m.group(5) == null) {
                    return range(s, s.plusHours(1));
                }
                s = s.plusMinutes(Integer.parseInt(m.group(5)));
                if (m.group(6) == null) {
                    return range(s, s.plusMinutes(1));
                }
                s = s.plusSeconds(Integer.parseInt(m.group(6)));
                return range(s, s.plusSeconds(1));
            }
            if ((m = PART_OF_DAY.matcher(v)).matches()) {
                LocalDate day =
                        LocalDate.of(
                                Integer.parseInt(m.group(1)),
                                Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3)));
                int from =
                        switch (m.group(4)) {
                            case "MO" -> 6;
                            case "AF" -> 12;
                            case "EV" -> 18;
                            default -> 0;
                        };
                return range(
                        day.atTime(LocalTime.of(from, 0)),
                        day.atTime(LocalTime.of(from, 0)).plusHours(6));
            }
            if ((m = QUARTER.matcher(v)).matches()) {
                LocalDateTime s =
                        LocalDate.of(
                                        Integer.parseInt(m.group(1)),
                                        3 * Integer.parseInt(m.group(2)) - 2,
                                        1)
                                .atStartOfDay();
                return range(s, s.plusMonths(3));
            }
            if ((m = HALF.matcher(v)).matches()) {
                LocalDateTime s =
                        LocalDate.of(
                                        Integer.parseInt(m.group(1)),
                                        6 * Integer.parseInt(m.group(2)) - 5,
                                        1)
                                .atStartOfDay();
                return range(s, s.plusMonths(6));
            }
            if ((m = WEEK.matcher(v)).matches()) {
                LocalDate monday =
                        LocalDate.of(Integer.parseInt(m.group(1)), 6, 1)
                                .with(
                                        IsoFields.WEEK_OF_WEEK_BASED_YEAR,
                                        Integer.parseInt(m.group(2)))
                                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                if (monday.get(IsoFields.WEEK_BASED_YEAR) != Integer.parseInt(m.group(1))) {
                    return Optional.empty();
                }
                if (m.group(3) != null) {
                    LocalDate d = monday.plusDays(Integer.parseInt(m.group(3)) - 1L);
                    return range(d.atStartOfDay(), d.plusDays(1).atStartOfDay());
                }
                return range(monday.atStartOfDay(), monday.plusWeeks(1).atStartOfDay());
            }
            if ((m = DECADE.matcher(v)).matches()) {
                LocalDateTime s =
                        LocalDate.of(Integer.parseInt(m.group(1)) * 10, 1, 1).atStartOfDay();
                return range(s, s.plusYears(10));
            }
            if ((m = CENTURY.matcher(v)).matches()) {
                LocalDateTime s =
                        LocalDate.of(Integer.parseInt(m.group(1)) * 100, 1, 1).atStartOfDay();
                return range(s, s.plusYears(100));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** {@code [start, endExclusive)} as an inclusive range ending one second earlier. */
    private static Optional<Range> range(LocalDateTime start, LocalDateTime endExclusive) {
        return Optional.of(new Range(start, endExclusive.minus(1, ChronoUnit.SECONDS)));
    }

    /** Parses a JioNLP time string; {@code inf} and {@code -inf} (open ends) give empty. */
    public static Optional<LocalDateTime> parseJio(String s) {
        if (s == null || s.contains("inf")) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.parse(s.strip(), FORMAT));
    }
}
