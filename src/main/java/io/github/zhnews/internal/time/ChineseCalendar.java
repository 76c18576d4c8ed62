package io.github.zhnews.internal.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Chinese lunisolar calendar (农历) for lunar years 1949-2050 and the 24 solar terms (节气), computed from
 * astronomy rather than copied from a table.
 *
 * <p>Rules (those of the calendar in use since 1929, on Beijing time UTC+8): a month starts on the day of a new
 * moon; the month holding the winter solstice is month 11; when 13 new moons start between two month-11s, the
 * first month after month 11 that holds no major solar term (中气, a multiple of 30° of solar longitude) is
 * the leap month and repeats the number of the month before it.
 *
 * <p>New moons follow Meeus, <i>Astronomical Algorithms</i>, ch. 49 (periodic and planetary terms); the sun's
 * apparent longitude follows ch. 25 (accurate to about 0.01°, a quarter of an hour); dynamical time is turned
 * into universal time with a polynomial ΔT. The whole 1949-2050 range is computed once when the class loads
 * and kept in an immutable array; the results are checked in the tests against published dates (Spring
 * Festivals 1949-2026, Mid-Autumn and Dragon Boat festivals, leap months).
 */
final class ChineseCalendar {
    static final int FIRST_YEAR = 1949;
    static final int LAST_YEAR = 2050;

    /** Per lunar year: month start epoch days (12 or 13 months, plus the start of the next year). */
    private static final long[][] STARTS;

    /** Per lunar year: the leap month number (1-12), or 0. */
    private static final int[] LEAP;

    static {
        int n = LAST_YEAR - FIRST_YEAR + 1;
        long[][] starts = new long[n][];
        int[] leap = new int[n];
        List<long[]> prev = null;
        for (int y = FIRST_YEAR; y <= LAST_YEAR + 1; y++) {
            List<long[]> sui = sui(y);
            if (prev != null) {
                // lunar year y-1: months of sui(y-1) from month 1 on, then months of sui(y) before
                // month 1
                List<long[]> months = new ArrayList<>();
                boolean on = false;
                for (long[] m : prev) {
                    on |= m[1] == 1 && m[2] == 0;
                    if (on) {
                        months.add(m);
                    }
                }
                for (long[] m : sui) {
                    if (m[1] == 1 && m[2] == 0) {
                        months.add(m); // start of the next year
                        break;
                    }
                    months.add(m);
                }
                int idx = y - 1 - FIRST_YEAR;
                long[] s = new long[months.size()];
                for (int k = 0; k < s.length; k++) {
                    s[k] = months.get(k)[0];
                    if (months.get(k)[2] == 1) {
                        leap[idx] = (int) months.get(k)[1];
                    }
                }
                starts[idx] = s;
            }
            prev = sui;
        }
        STARTS = starts;
        LEAP = leap;
    }

    private ChineseCalendar() {}

    /** Whether the lunar year is covered. */
    static boolean covers(int lunarYear) {
        return lunarYear >= FIRST_YEAR && lunarYear <= LAST_YEAR;
    }

    /** The leap month of the lunar year (1-12), or 0; 0 also outside the range. */
    static int leapMonth(int lunarYear) {
        return covers(lunarYear) ? LEAP[lunarYear - FIRST_YEAR] : 0;
    }

    /** Index of a month in the year's month list, or -1. */
    private static int index(int lunarYear, int month, boolean leap) {
        if (!covers(lunarYear) || month < 1 || month > 12) {
            return -1;
        }
        int lm = LEAP[lunarYear - FIRST_YEAR];
        if (leap && lm != month) {
            return -1;
        }
        int i = month - 1;
        if (lm != 0 && (month > lm || (leap && month == lm))) {
            i++;
        }
        return i;
    }

    /** Number of days of a lunar month (29 or 30), or 0 when it does not exist. */
    static int monthLength(int lunarYear, int month, boolean leap) {
        int i = index(lunarYear, month, leap);
        if (i < 0) {
            return 0;
        }
        long[] s = STARTS[lunarYear - FIRST_YEAR];
        return (int) (s[i + 1] - s[i]);
    }

    /**
     * The Gregorian date of a lunar date; day 0 means the last day of the month (除夕 = month 12, day 0).
     * Null when the date does not exist or lies outside 1949-2050.
     */
    static LocalDate toSolar(int lunarYear, int month, boolean leap, int day) {
        int len = monthLength(lunarYear, month, leap);
        if (len == 0 || day < 0 || day > len) {
            return null;
        }
        long start = STARTS[lunarYear - FIRST_YEAR][index(lunarYear, month, leap)];
        return LocalDate.ofEpochDay(start + (day == 0 ? len : day) - 1);
    }

    /** The first and last day of a lunar month, or null. */
    static LocalDate[] monthSpan(int lunarYear, int month, boolean leap) {
        LocalDate a = toSolar(lunarYear, month, leap, 1);
        LocalDate b = toSolar(lunarYear, month, leap, 0);
        return a == null || b == null ? null : new LocalDate[] {a, b};
    }

    /** The lunar year a Gregorian date belongs to, or 0 outside the range. */
    static int lunarYearOf(LocalDate d) {
        long e = d.toEpochDay();
        for (int y = d.getYear(); y >= d.getYear() - 1; y--) {
            if (covers(y)) {
                long[] s = STARTS[y - FIRST_YEAR];
                if (e >= s[0] && e < s[s.length - 1]) {
                    return y;
                }
            }
        }
        return 0;
    }

    /**
     * The date (Beijing time) on which the sun reaches the given apparent longitude in the Gregorian year,
     * searching from the month where that longitude normally falls.
     */
    static LocalDate solarTerm(int year, double longitude) {
        // approximate month of the term: 0° (春分) ~ 20 March
        double days = ((longitude - 0) / 360.0 * 365.2422 + 365.2422) % 365.2422;
        double jd = julianDay(year, 3, 20.5) + days;
        if (jd > julianDay(year + 1, 1, 1)) {
            jd -= 365.2422;
        }
        return dateOf(solarLongitudeTime(jd, longitude));
    }

    // ---------------------------------------------------------------------------------------------------------
    // the months of one sui (winter solstice to winter solstice)

    /**
     * The months starting from month 11 before the winter solstice of {@code year - 1} up to (excluding) month 11
     * before the winter solstice of {@code year}: each {epochDay, number, leap 0/1}.
     */
    private static List<long[]> sui(int year) {
        long ws1 = epochDay(solarLongitudeTime(julianDay(year - 1, 12, 21), 270));
        long ws2 = epochDay(solarLongitudeTime(julianDay(year, 12, 21), 270));
        int k = (int) Math.floor((julianDay(year - 1, 12, 21) - 2451550.09766) / 29.530588861) - 1;
        List<Long> nm = new ArrayList<>();
        long m11a = Long.MIN_VALUE;
        for (int kk = k - 1; kk < k + 16; kk++) {
            long d = epochDay(newMoon(kk));
            if (d <= ws1) {
                m11a = d;
                nm.clear();
                nm.add(d);
            } else if (m11a != Long.MIN_VALUE) {
                nm.add(d);
            }
            if (d > ws2 && nm.size() > 14) {
                break;
            }
        }
        // the month starts from m11a up to m11b (last start <= ws2), plus the one after (for month
        // lengths)
        int m11bIndex = 0;
        for (int i = 0; i < nm.size(); i++) {
            if (nm.get(i) <= ws2) {
                m11bIndex = i;
            }
        }
        boolean leapSui = m11bIndex == 13;
        List<long[]> out = new ArrayList<>();
        int number = 11;
        boolean leapUsed = false;
        for (int i = 0; i < m11bIndex; i++) {
            boolean leap = false;
            if (leapSui && !leapUsed && i > 0 && !hasMajorTerm(nm.get(i), nm.get(i + 1))) {
                leap = true;
                leapUsed = true;
            }
            if (!leap && i > 0) {
                number = number % 12 + 1;
            }
            out.add(new long[] {nm.get(i), number, leap ? 1 : 0});
        }
        return out;
    }

    /** Whether a major solar term (multiple of 30°) falls on a day in [start, end). */
    private static boolean hasMajorTerm(long start, long end) {
        double jd = 2440587.5 + start;
        double lon = sunLongitude(jd);
        double next = Math.ceil(lon / 30.0) * 30.0;
        if (next >= 360) {
            next -= 360;
        }
        long d =
                epochDay(
                        solarLongitudeTime(
                                jd + ((next - lon + 360) % 360) / 360.0 * 365.2422, next));
        return d >= start && d < end;
    }

    // ---------------------------------------------------------------------------------------------------------
    // astronomy (Meeus)

    /** Julian day (UT) of the new moon with lunation number k (k = 0 near 6 January 2000). */
    static double newMoon(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde =
                2451550.09766
                        + 29.530588861 * k
                        + 0.00015437 * t2
                        - 0.000000150 * t3
                        + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp =
                rad(
                        201.5643
                                + 385.81693528 * k
                                + 0.0107582 * t2
                                + 0.00001238 * t3
                                - 0.000000058 * t4);
        double f =
                rad(
                        160.7108
                                + 390.67050284 * k
                                - 0.0016118 * t2
                                - 0.00000227 * t3
                                + 0.000000011 * t4);
        double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double c =
                -0.40720 * Math.sin(mp)
                        + 0.17241 * e * Math.sin(m)
                        + 0.01608 * Math.sin(2 * mp)
                        + 0.01039 * Math.sin(2 * f)
                        + 0.00739 * e * Math.sin(mp - m)
                        - 0.00514 * e * Math.sin(mp + m)
                        + 0.00208 * e * e * Math.sin(2 * m)
                        - 0.00111 * Math.sin(mp - 2 * f)
                        - 0.00057 * Math.sin(mp + 2 * f)
                        + 0.00056 * e * Math.sin(2 * mp + m)
                        - 0.00042 * Math.sin(3 * mp)
                        + 0.00042 * e * Math.sin(m + 2 * f)
                        + 0.00038 * e * Math.sin(m - 2 * f)
                        - 0.00024 * e * Math.sin(2 * mp - m)
                        - 0.00017 * Math.sin(om)
                        - 0.00007 * Math.sin(mp + 2 * m)
                        + 0.00004 * Math.sin(2 * mp - 2 * f)
                        + 0.00004 * Math.sin(3 * m)
                        + 0.00003 * Math.sin(mp + m - 2 * f)
                        + 0.00003 * Math.sin(2 * mp + 2 * f)
                        - 0.00003 * Math.sin(mp + m + 2 * f)
                        + 0.00003 * Math.sin(mp - m + 2 * f)
                        - 0.00002 * Math.sin(mp - m - 2 * f)
                        - 0.00002 * Math.sin(3 * mp + m)
                        + 0.00002 * Math.sin(4 * mp);
        double[][] planetary = {
            {299.77, 0.107408, 0.000325},
            {251.88, 0.016321, 0.000165},
            {251.83, 26.651886, 0.000164},
            {349.42, 36.412478, 0.000126},
            {84.66, 18.206239, 0.000110},
            {141.74, 53.303771, 0.000062},
            {207.14, 2.453732, 0.000060},
            {154.84, 7.306860, 0.000056},
            {34.52, 27.261239, 0.000047},
            {207.19, 0.121824, 0.000042},
            {291.34, 1.844379, 0.000040},
            {161.72, 24.198154, 0.000037},
            {239.56, 25.513099, 0.000035},
            {331.55, 3.592518, 0.000023}
        };
        double a = 0;
        for (int i = 0; i < planetary.length; i++) {
            double arg = planetary[i][0] + planetary[i][1] * k - (i == 0 ? 0.009173 * t2 : 0);
            a += planetary[i][2] * Math.sin(rad(arg));
        }
        double tt = jde + c + a;
        return tt - deltaT(tt) / 86400.0;
    }

    /** Apparent geocentric longitude of the sun in degrees [0, 360) at Julian day jd (treated as TT). */
    static double sunLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525.0;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double c =
                (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
                        + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                        + 0.000289 * Math.sin(3 * m);
        double om = rad(125.04 - 1934.136 * t);
        double lon = l0 + c - 0.00569 - 0.00478 * Math.sin(om);
        lon %= 360;
        return lon < 0 ? lon + 360 : lon;
    }

    /** Julian day (UT) near {@code guess} at which the sun's apparent longitude equals {@code target}. */
    static double solarLongitudeTime(double guess, double target) {
        double jd = guess;
        for (int i = 0; i < 20; i++) {
            double diff = target - sunLongitude(jd);
            diff = ((diff % 360) + 540) % 360 - 180;
            jd += diff * 365.2422 / 360.0;
            if (Math.abs(diff) < 1e-6) {
                break;
            }
        }
        return jd - deltaT(jd) / 86400.0;
    }

    /** ΔT = TT - UT in seconds (NASA polynomial fits, 1941-2050). */
    private static double deltaT(double jd) {
        double y = 2000 + (jd - 2451544.5) / 365.2425;
        double t;
        if (y < 1961) {
            t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (y < 1986) {
            t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (y < 2005) {
            t = y - 2000;
            return 63.86
                    + 0.3345 * t
                    - 0.060374 * t * t
                    + 0.0017275 * t * t * t
                    + 0.000651814 * t * t * t * t
                    + 0.00002373599 * t * t * t * t * t;
        }
        t = y - 2000;
        return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }

    private static double rad(double deg) {
        return Math.toRadians(deg % 360);
    }

    /** Julian day of a Gregorian date at 0h UT (day may carry a fraction). */
    static double julianDay(int y, int m, double d) {
        if (m <= 2) {
            y -= 1;
            m += 12;
        }
        int a = y / 100;
        int b = 2 - a + a / 4;
        return Math.floor(365.25 * (y + 4716)) + Math.floor(30.6001 * (m + 1)) + d + b - 1524.5;
    }

    /** The Beijing-time (UTC+8) calendar day of a Julian day (UT), as epoch day. */
    private static long epochDay(double jdUt) {
        return (long) Math.floor(jdUt + 0.5 + 8.0 / 24.0) - 2440588L;
    }

    private static LocalDate dateOf(double jdUt) {
        return LocalDate.ofEpochDay(epochDay(jdUt));
    }
}
