package io.github.zhnews.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the documented value forms of {@link DateMention}: their grain and the stretch of time they name. */
final class DateValues {
    private static final String YEAR = "([+-]\\d{4,}|\\d{4})";
    private static final Pattern POINT =
            Pattern.compile(
                    YEAR + "(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?)?)?)?");
    private static final Pattern PART_OF_DAY =
            Pattern.compile(YEAR + "-(\\d{2})-(\\d{2})T(MO|MI|AF|EV|NI|DT)");
    private static final Pattern QUARTER = Pattern.compile(YEAR + "-Q([1-4])");
    private static final Pattern HALF = Pattern.compile(YEAR + "-H([12])");
    private static final Pattern WEEK = Pattern.compile(YEAR + "-W(\\d{2})(?:-([1-7]|WE))?");
    private static final Pattern SEASON = Pattern.compile(YEAR + "-(SP|SU|FA|WI)");
    private static final Pattern DECADE = Pattern.compile("\\d{3}");
    private static final Pattern CENTURY = Pattern.compile("\\d{2}");
    private static final Pattern PERIOD =
            Pattern.compile(
                    "P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?"
                            + "(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?");
    private static final Pattern SET =
            Pattern.compile(
                    "XXXX(?:-(?:XX|\\d{2}|WXX)(?:-(?:XX|\\d{2}|[1-7]))?)?"
                            + "(?:T(?:MO|MI|AF|EV|NI|DT))?");
    static final String PRESENT_REF = "PRESENT_REF";

    private DateValues() {}

    /** Whether a value needs no grain: the present, or an interval from it. */
    static boolean gradeless(String value) {
        return value.equals(PRESENT_REF);
    }

    /** The grain a value has on its own (a clock time at minute or second grain), or null if not a known form. */
    static DateGrain grainOf(String value, DateType type) {
        int slash = value.indexOf('/');
        if (slash > 0) {
            DateGrain first = grainOf(value.substring(0, slash), type);
            String last = value.substring(slash + 1);
            if (first == null) {
                return null;
            }
            return last.equals(PRESENT_REF) ? first : grainOf(last, type);
        }
        if (value.startsWith("P") && !value.equals(PRESENT_REF)) {
            return PERIOD.matcher(value).matches() && value.length() > 1
                    ? periodGrain(value)
                    : null;
        }
        if (value.startsWith("XXXX")) {
            if (!SET.matcher(value).matches()) {
                return null;
            }
            return value.contains("T")
                    ? DateGrain.PART_OF_DAY
                    : value.length() > 7
                            ? DateGrain.DAY
                            : value.length() > 4 ? DateGrain.MONTH : DateGrain.YEAR;
        }
        Matcher m = POINT.matcher(value);
        if (m.matches()) {
            return m.group(6) != null
                    ? DateGrain.SECOND
                    : m.group(4) != null
                            ? DateGrain.MINUTE
                            : m.group(3) != null
                                    ? DateGrain.DAY
                                    : m.group(2) != null ? DateGrain.MONTH : DateGrain.YEAR;
        }
        if (PART_OF_DAY.matcher(value).matches()) {
            return DateGrain.PART_OF_DAY;
        }
        if (QUARTER.matcher(value).matches()) {
            return DateGrain.QUARTER;
        }
        if (HALF.matcher(value).matches()) {
            return DateGrain.HALF_YEAR;
        }
        if (WEEK.matcher(value).matches()) {
            m = WEEK.matcher(value);
            m.matches();
            return m.group(3) != null && !m.group(3).equals("WE") ? DateGrain.DAY : DateGrain.WEEK;
        }
        if (SEASON.matcher(value).matches()) {
            return DateGrain.SEASON;
        }
        if (DECADE.matcher(value).matches()) {
            return DateGrain.DECADE;
        }
        if (CENTURY.matcher(value).matches()) {
            return DateGrain.CENTURY;
        }
        return null;
    }

    /** The months of 立春, 立夏, 立秋 and 立冬, and their constants in the 20th and the 21st century. */
    private static final int[] TERM_MONTH = {2, 5, 8, 11};

    private static final double[][] TERM_C = {
        {4.6295, 6.318, 8.35, 8.218}, {3.87, 5.52, 7.5, 7.438}
    };

    /**
     * The day season {@code k} (0 spring, 1 summer, 2 autumn, 3 winter) begins in {@code year}: 立春, 立夏, 立秋 or
     * 立冬, by the common closed formula for 1901-2100 (day = ⌊y·0.2422 + C⌋ − ⌊y/4⌋, y the year in its century,
     * ⌊(y−1)/4⌋ for 立春); null outside those years. {@code CalendarSpanTest} checks it against the astronomical
     * computation of the date finder.
     */
    private static LocalDate beginningOfSeason(int year, int k) {
        if (year < 1901 || year > 2100) {
            return null;
        }
        boolean twentieth = year <= 2000;
        int y = year - (twentieth ? 1900 : 2000);
        int leap = Math.floorDiv(k == 0 ? y - 1 : y, 4);
        int day = (int) Math.floor(y * 0.2422 + TERM_C[twentieth ? 0 : 1][k]) - leap;
        for (int[] e : TERM_EXCEPTIONS) {
            if (e[0] == year && e[1] == k) {
                day += e[2];
            }
        }
        return LocalDate.of(year, TERM_MONTH[k], day);
    }

    /** Where the formula is a day off the sun (year, season, correction). */
    private static final int[][] TERM_EXCEPTIONS = {
        {1911, 1, 1}, {1914, 0, -1}, {1947, 0, -1}, {2002, 2, 1}, {2089, 3, 1}, {2097, 1, -1}
    };

    private static DateGrain periodGrain(String p) {
        int t = p.indexOf('T');
        if (t >= 0) {
            char last = p.charAt(p.length() - 1);
            return last == 'H' ? DateGrain.HOUR : last == 'M' ? DateGrain.MINUTE : DateGrain.SECOND;
        }
        char last = p.charAt(p.length() - 1);
        return last == 'Y'
                ? DateGrain.YEAR
                : last == 'M' ? DateGrain.MONTH : last == 'W' ? DateGrain.WEEK : DateGrain.DAY;
    }

    /** {first instant, exclusive end} of a value, or empty when it has no fixed place on the calendar. */
    static Optional<LocalDateTime[]> span(String value, DateType type, DateGrain grain) {
        if (value == null || type == DateType.DURATION || type == DateType.SET) {
            return Optional.empty();
        }
        try {
            int slash = value.indexOf('/');
            if (slash > 0) {
                LocalDateTime[] a = single(value.substring(0, slash), null);
                LocalDateTime[] b = single(value.substring(slash + 1), grain);
                if (a == null || b == null || b[1].isBefore(a[0])) {
                    return Optional.empty();
                }
                // a clock end written to the hour is that instant: 下午2时至4时 ends at 16:00
                LocalDateTime end =
                        grain == DateGrain.HOUR && value.indexOf('T', slash) > 0 ? b[0] : b[1];
                return Optional.of(new LocalDateTime[] {a[0], end.isAfter(a[0]) ? end : b[1]});
            }
            return Optional.ofNullable(single(value, grain));
        } catch (java.time.DateTimeException | NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static LocalDateTime[] single(String v, DateGrain grain) {
        Matcher m = POINT.matcher(v);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                LocalDateTime s = LocalDate.of(year, 1, 1).atStartOfDay();
                return new LocalDateTime[] {s, s.plusYears(1)};
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                LocalDateTime s = LocalDate.of(year, month, 1).atStartOfDay();
                return new LocalDateTime[] {s, s.plusMonths(1)};
            }
            LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return new LocalDateTime[] {day.atStartOfDay(), day.plusDays(1).atStartOfDay()};
            }
            LocalDateTime s =
                    day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            if (m.group(6) != null) {
                s = s.plusSeconds(Integer.parseInt(m.group(6)));
                return new LocalDateTime[] {s, s.plusSeconds(1)};
            }
            return new LocalDateTime[] {
                s, grain == DateGrain.HOUR && s.getMinute() == 0 ? s.plusHours(1) : s.plusMinutes(1)
            };
        }
        if ((m = PART_OF_DAY.matcher(v)).matches()) {
            LocalDate day =
                    LocalDate.of(
                            Integer.parseInt(m.group(1)),
                            Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
            int from;
            int hours = 6;
            switch (m.group(4)) {
                case "MO":
                    from = 6;
                    break;
                case "MI": // 中午: noon to two, the midday break
                    from = 12;
                    hours = 2;
                    break;
                case "AF":
                    from = 12;
                    break;
                case "EV":
                    from = 18;
                    break;
                case "NI":
                    from = 0;
                    break;
                default: // DT, 白天: six to seven in the evening, the hours JioNLP gives it
                    from = 6;
                    hours = 13;
                    break;
            }
            return new LocalDateTime[] {day.atTime(from, 0), day.atTime(from, 0).plusHours(hours)};
        }
        if ((m = QUARTER.matcher(v)).matches()) {
            LocalDateTime s =
                    LocalDate.of(
                                    Integer.parseInt(m.group(1)),
                                    3 * Integer.parseInt(m.group(2)) - 2,
                                    1)
                            .atStartOfDay();
            return new LocalDateTime[] {s, s.plusMonths(3)};
        }
        if ((m = HALF.matcher(v)).matches()) {
            LocalDateTime s =
                    LocalDate.of(
                                    Integer.parseInt(m.group(1)),
                                    6 * Integer.parseInt(m.group(2)) - 5,
                                    1)
                            .atStartOfDay();
            return new LocalDateTime[] {s, s.plusMonths(6)};
        }
        if ((m = WEEK.matcher(v)).matches()) {
            int year = Integer.parseInt(m.group(1));
            LocalDate monday =
                    LocalDate.of(year, 6, 1)
                            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (monday.get(IsoFields.WEEK_BASED_YEAR) != year) {
                return null;
            }
            if (m.group(3) == null) {
                return new LocalDateTime[] {
                    monday.atStartOfDay(), monday.plusWeeks(1).atStartOfDay()
                };
            }
            if (m.group(3).equals("WE")) {
                return new LocalDateTime[] {
                    monday.plusDays(5).atStartOfDay(), monday.plusWeeks(1).atStartOfDay()
                };
            }
            LocalDate d = monday.plusDays(Integer.parseInt(m.group(3)) - 1L);
            return new LocalDateTime[] {d.atStartOfDay(), d.plusDays(1).atStartOfDay()};
        }
        if ((m = SEASON.matcher(v)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int k = "SPSUFAWI".indexOf(m.group(2)) / 2;
            LocalDate first = beginningOfSeason(year, k);
            LocalDate next =
                    k == 3 ? beginningOfSeason(year + 1, 0) : beginningOfSeason(year, k + 1);
            return first == null || next == null
                    ? null
                    : new LocalDateTime[] {first.atStartOfDay(), next.atStartOfDay()};
        }
        if (DECADE.matcher(v).matches()) {
            LocalDateTime s = LocalDate.of(Integer.parseInt(v) * 10, 1, 1).atStartOfDay();
            return new LocalDateTime[] {s, s.plusYears(10)};
        }
        if (CENTURY.matcher(v).matches()) {
            LocalDateTime s = LocalDate.of(Integer.parseInt(v) * 100, 1, 1).atStartOfDay();
            return new LocalDateTime[] {s, s.plusYears(100)};
        }
        return null;
    }
}
