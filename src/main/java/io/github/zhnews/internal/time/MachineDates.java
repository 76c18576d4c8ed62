package io.github.zhnews.internal.time;

import static io.github.zhnews.internal.time.Numerals.charAt;
import static io.github.zhnews.internal.time.Numerals.isAsciiDigit;

import io.github.zhnews.internal.time.Expr.Grain;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Dates written the way machines and tables write them, beyond the plain 2023.5.1 / 2023/05/20 / 2023-05-20
 * forms of {@link DateParser}: {@code 20250418}, {@code 2021 10 12}, {@code 2017-11-0808:05} (time glued to the
 * day), {@code 1996.03-21} (mixed separators), {@code 2001.06-2004.09} and {@code 2010.05-2012} (month ranges),
 * {@code 6·30} (month·day, as in event names), {@code 09-01} and {@code 08-03 19:05} (zero-padded month-day) and
 * {@code 11/3号}. Each form must be free-standing: no digit, letter or dot touches it on either side, so that
 * phone numbers, versions and amounts are not read as dates.
 */
final class MachineDates {
    /** Characters after which a number is a code (号码, 编号, 房间, 楼层, 电话), never a date. */
    private static final String CODE_CUES = "号码编房室间楼栋层座话机卡证牌款#№";

    private MachineDates() {}

    static Expr parse(String s, int i, LocalDate ref, Inherit inh) {
        if (!isAsciiDigit(charAt(s, i))
                || isAsciiDigit(charAt(s, i - 1))
                || Numerals.isAsciiLetter(charAt(s, i - 1))
                || charAt(s, i - 1) == '.'
                || CODE_CUES.indexOf(charAt(s, i - 1)) >= 0) {
            return null; // 订单号20230515, 房间08-12: codes, not dates
        }
        int run = run(s, i);
        if (run == 4) {
            return afterYear(s, i, Integer.parseInt(s, i, i + 4, 10));
        }
        if (run == 8) {
            return compact(s, i);
        }
        if (run == 1 || run == 2) {
            Expr dmy = dayMonthYear(s, i, run);
            return dmy != null ? dmy : monthDay(s, i, run, ref, inh);
        }
        return null;
    }

    private static int run(String s, int i) {
        int j = i;
        while (j < s.length() && isAsciiDigit(s.charAt(j))) {
            j++;
        }
        return j - i;
    }

    private static boolean free(String s, int end) {
        char c = charAt(s, end);
        return !isAsciiDigit(c)
                && !Numerals.isAsciiLetter(c)
                && c != '.'
                && c != '%'
                && c != '/'
                && "元万亿人个件次吨米号份台辆家股岁倍".indexOf(c) < 0;
    }

    private static boolean validYear(int y) {
        return y >= 1900 && y <= DateParser.MAX_YEAR;
    }

    private static LocalDate date(int y, int m, int d) {
        if (!validYear(y) || m < 1 || m > 12 || d < 1 || !YearMonth.of(y, m).isValidDay(d)) {
            return null;
        }
        return LocalDate.of(y, m, d);
    }

    /** 20250418. */
    private static Expr compact(String s, int i) {
        if (!free(s, i + 8)) {
            return null;
        }
        LocalDate d =
                date(
                        Integer.parseInt(s, i, i + 4, 10),
                        Integer.parseInt(s, i + 4, i + 6, 10),
                        Integer.parseInt(s, i + 6, i + 8, 10));
        return d == null ? null : Expr.day(i, i + 8, d, Grain.YEAR, true, null);
    }

    /** The forms that start with a four-digit year. */
    private static Expr afterYear(String s, int i, int y) {
        if (!validYear(y)) {
            return null;
        }
        char sep = charAt(s, i + 4);
        int m0 = i + 5;
        int mRun = run(s, m0);
        if (sep == ' ' && mRun >= 1 && mRun <= 2 && charAt(s, m0 + mRun) == ' ') {
            int d0 = m0 + mRun + 1;
            int dRun = run(s, d0);
            if (dRun >= 1 && dRun <= 2 && free(s, d0 + dRun) && charAt(s, d0 + dRun) != ' ') {
                LocalDate d =
                        date(
                                y,
                                Integer.parseInt(s, m0, m0 + mRun, 10),
                                Integer.parseInt(s, d0, d0 + dRun, 10));
                return d == null
                        ? null
                        : Expr.day(i, d0 + dRun, d, Grain.YEAR, true, null); // 2021 10 12
            }
            return null;
        }
        if ((sep != '.' && sep != '-' && sep != '/') || mRun != 2) {
            return null;
        }
        int month = Integer.parseInt(s, m0, m0 + 2, 10);
        if (month < 1 || month > 12) {
            return null;
        }
        int p = m0 + 2;
        char sep2 = charAt(s, p);
        int d0 = p + 1;
        int dRun = run(s, d0);
        if (sep == '-' && sep2 == '-' && dRun >= 3 && dRun <= 4 && charAt(s, d0 + dRun) == ':') {
            // 2017-11-0808:05: the clock time glued to the day
            LocalDate d = date(y, month, Integer.parseInt(s, d0, d0 + 2, 10));
            int h0 = d0 + 2;
            int hRun = dRun - 2;
            if (d == null || run(s, h0 + hRun + 1) != 2 || !free(s, h0 + hRun + 3)) {
                return null;
            }
            int h = Integer.parseInt(s, h0, h0 + hRun, 10);
            int min = Integer.parseInt(s, h0 + hRun + 1, h0 + hRun + 3, 10);
            if (h > 23 || min > 59) {
                return null;
            }
            TimeOfDay t = new TimeOfDay(h, min, 0, TimeOfDay.MINUTE, null, false, h0 + hRun + 3);
            return Expr.time(i, t.end(), d, t, Grain.YEAR, true);
        }
        if (sep2 != '-' && sep2 != '—' && sep2 != '~') {
            return null;
        }
        if (dRun == 4 && validYear(Integer.parseInt(s, d0, d0 + 4, 10))) {
            // 2001.06-2004.09, 2010.05-2012: a month range in the dotted form
            int y2 = Integer.parseInt(s, d0, d0 + 4, 10);
            Expr first = Expr.month(i, p, y, month, Grain.YEAR, true);
            int e = d0 + 4;
            Expr last;
            if (charAt(s, e) == sep && run(s, e + 1) == 2) {
                int m2 = Integer.parseInt(s, e + 1, e + 3, 10);
                if (m2 < 1 || m2 > 12 || !free(s, e + 3)) {
                    return null;
                }
                last = Expr.month(d0, e + 3, y2, m2, Grain.YEAR, true);
            } else if (free(s, e) && charAt(s, e) != sep) {
                last = Expr.year(d0, e, y2, Grain.YEAR, true);
            } else {
                return null;
            }
            if (y2 < y || (y2 == y && last.month() != 0 && last.month() < month)) {
                return null;
            }
            return Expr.interval(i, first, last);
        }
        if (sep2 == '-' && sep != '-' && dRun == 2 && free(s, d0 + 2) && charAt(s, d0 + 2) != '-') {
            LocalDate d = date(y, month, Integer.parseInt(s, d0, d0 + 2, 10)); // 1996.03-21
            return d == null ? null : Expr.day(i, d0 + 2, d, Grain.YEAR, true, null);
        }
        return null;
    }

    /**
     * 25.12.2019, 25/12/2019 (day first) and 12/25/2019 (month first), only where the numbers allow one reading:
     * one of the two is above 12, or both are the same.
     */
    private static Expr dayMonthYear(String s, int i, int aRun) {
        char sep = charAt(s, i + aRun);
        if (sep != '.' && sep != '/' && sep != '-') {
            return null;
        }
        int b0 = i + aRun + 1;
        int bRun = run(s, b0);
        if (bRun < 1
                || bRun > 2
                || charAt(s, b0 + bRun) != sep
                || run(s, b0 + bRun + 1) != 4
                || !free(s, b0 + bRun + 5)) {
            return null;
        }
        int a = Integer.parseInt(s, i, i + aRun, 10);
        int b = Integer.parseInt(s, b0, b0 + bRun, 10);
        int y = Integer.parseInt(s, b0 + bRun + 1, b0 + bRun + 5, 10);
        LocalDate d =
                a > 12 && b <= 12 || a == b
                        ? date(y, b, a)
                        : b > 12 && a <= 12 ? date(y, a, b) : null;
        return d == null ? null : Expr.day(i, b0 + bRun + 5, d, Grain.YEAR, true, null);
    }

    /** 6·30, 09-01, 08-03 19:05, 11/3号, 11/30. */
    private static Expr monthDay(String s, int i, int mRun, LocalDate ref, Inherit inh) {
        int month = Integer.parseInt(s, i, i + mRun, 10);
        char sep = charAt(s, i + mRun);
        int d0 = i + mRun + 1;
        int dRun = run(s, d0);
        if (month < 1 || month > 12 || dRun < 1 || dRun > 2) {
            return null;
        }
        int day = Integer.parseInt(s, d0, d0 + dRun, 10);
        int end = d0 + dRun;
        boolean ok;
        if (sep == '·' || sep == '•') {
            ok = free(s, end) && charAt(s, end) != '·'; // 6·30
        } else if (sep == '/') {
            boolean suffix = charAt(s, end) == '号' || charAt(s, end) == '日';
            // 11/3号; 11/30 without 号 only when the day cannot be a month (a fraction reads 3/4,
            // 1/10)
            ok =
                    charAt(s, i - 1) != '/'
                            && (suffix
                                    || day > 12
                                            && free(s, end)
                                            && charAt(s, end) != '的'
                                            && charAt(s, end) != '/'
                                            && charAt(s, end) != ':'
                                            && charAt(s, end) != '-');
            if (suffix) {
                end++;
            }
        } else if (sep == '-') {
            // 09-01: zero-padded month and day, or a clock time after it; never 3-1 or 10-12
            // (scores)
            boolean padded = mRun == 2 && dRun == 2;
            boolean clock =
                    padded
                            && charAt(s, end) == ' '
                            && isAsciiDigit(charAt(s, end + 1))
                            && (charAt(s, end + 3) == ':' || charAt(s, end + 2) == ':');
            ok =
                    padded
                            && (s.charAt(i) == '0' || clock)
                            && charAt(s, i - 1) != '-'
                            && charAt(s, end) != '-'
                            && free(s, end)
                            && (clock || charAt(s, end) != ':');
        } else {
            ok = false;
        }
        if (!ok) {
            return null;
        }
        int y =
                inh.year() != 0
                        ? inh.year()
                        : YearInference.forMonthDay(
                                month, day, ref, YearInference.markedAhead(s, i, end));
        if (y == 0 || !YearMonth.of(y, month).isValidDay(day)) {
            return null;
        }
        LocalDate d = LocalDate.of(y, month, day);
        if (sep == '-' && charAt(s, end) == ' ') {
            TimeOfDay t = TimeParser.parse(s, end, true, false);
            if (t != null && t.hour() >= 0 && isAsciiDigit(charAt(s, end + 1))) {
                return Expr.time(i, t.end(), d, t, Grain.MONTH, false);
            }
        }
        return Expr.day(i, end, d, Grain.MONTH, false, null);
    }
}
