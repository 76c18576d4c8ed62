package io.github.zhnews.internal.time;

import static io.github.zhnews.internal.time.Numerals.at;
import static io.github.zhnews.internal.time.Numerals.charAt;

import io.github.zhnews.internal.time.Expr.Grain;
import io.github.zhnews.model.DateType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Lunar dates (农历正月初一, 腊月初十, 八月十五, 大年初一, 农历闰四月) and holidays on the lunar or solar-term calendar,
 * resolved through {@link ChineseCalendar} (lunar years 1949-2050). A lunar date is read as lunar when the text
 * says so (农历, 阴历), names a lunar month (正月, 腊月, 冬月, 闰四月) or writes the day the lunar way (初五, 廿二,
 * 十五 without 日). Without a year, the occurrence closest to the reference date is taken (a tie goes to the past),
 * the same news-year rule as for Gregorian dates. Values are Gregorian: a day is {@code 2023-01-22}, a lunar
 * month the interval of its first and last day.
 */
final class LunarDates {
    private static final String ANIMALS = "鼠牛虎兔龙蛇马羊猴鸡狗猪"; // 2020 is a year of the rat

    private LunarDates() {}

    /** The Gregorian date of a holiday in a given Gregorian year (lunar year for lunar holidays), or null. */
    static LocalDate holidayDate(RelativeWords.Holiday h, int year) {
        switch (h.cal()) {
            case LUNAR:
                return ChineseCalendar.toSolar(year, h.month(), false, h.day());
            case TERM:
                return year < 1900 || year > 2100
                        ? null
                        : ChineseCalendar.solarTerm(year, h.month());
            case NTH_WEEKDAY:
                return LocalDate.of(year, h.month(), 1)
                        .with(
                                java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(
                                        h.day() / 10, java.time.DayOfWeek.of(h.day() % 10)));
            default:
                return LocalDate.of(year, h.month(), h.day());
        }
    }

    /** The holiday's date: in {@code year} when given, else the occurrence closest to ref (past on a tie). */
    static LocalDate holiday(RelativeWords.Holiday h, int year, LocalDate ref) {
        if (year != 0) {
            return holidayDate(h, year);
        }
        int nearest = nearestYear(ref, y -> holidayDate(h, y));
        return nearest == 0 ? null : holidayDate(h, nearest);
    }

    /** A zodiac year (虎年) at i: the Gregorian year of that animal closest to the reference year, or 0. */
    static int zodiacYear(String s, int i, LocalDate ref) {
        int a = ANIMALS.indexOf(charAt(s, i));
        if (a < 0
                || charAt(s, i + 1) != '年'
                || Numerals.isChineseNumeral(charAt(s, i - 1))
                || "属本".indexOf(charAt(s, i - 1)) >= 0) {
            return 0;
        }
        int ry = ref.getYear();
        int off = Math.floorMod(a - (ry - 2020), 12); // years ahead of ry
        return off <= 6 ? ry + off : ry + off - 12;
    }

    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥"; // 1984 is 甲子

    /**
     * A year named by its stem and branch (戊寅年, 丁丑年) at i: the Gregorian year in which that lunar year
     * begins, the one closest to the reference year (a tie goes to the past), or 0.
     */
    static int ganzhiYear(String s, int i, LocalDate ref) {
        int stem = STEMS.indexOf(charAt(s, i));
        int branch = BRANCHES.indexOf(charAt(s, i + 1));
        if (stem < 0 || branch < 0 || charAt(s, i + 2) != '年' || stem % 2 != branch % 2) {
            return 0;
        }
        int cycle = (6 * stem - 5 * branch) % 60; // position in the sixty-year cycle: 0 = 甲子
        cycle = Math.floorMod(cycle, 60);
        int ry = ref.getYear();
        int off = Math.floorMod(1984 + cycle - ry, 60); // years ahead of ry
        return off < 30 ? ry + off : ry + off - 60;
    }

    /**
     * A lunar date or month at p (after an optional year): 农历八月十五, 正月初一, 闰四月, 腊月, 大年初二.
     *
     * @param i    start of the whole expression
     * @param year the year written before, 0 when none
     */
    static Expr parse(String s, int i, int p, int year, LocalDate ref) {
        boolean prefixed = false;
        if (at(s, p, "农历") || at(s, p, "阴历")) {
            prefixed = true;
            p += 2;
            if (year == 0) {
                Numerals.Num y = Numerals.read(s, p);
                if (y != null && y.yearForm() && charAt(s, y.end()) == '年') {
                    year = y.value();
                    p = y.end() + 1;
                }
            }
        }
        int month;
        boolean leap = false;
        boolean lunarMonthWord = true;
        int q = p;
        if (at(s, q, "大年初")
                || at(s, q, "年初")
                        && !Numerals.isAsciiDigit(charAt(s, q - 1))
                        && charAt(s, q - 1) != '年') {
            int k = q + (at(s, q, "大年初") ? 3 : 2);
            int d = "一二三四五六七八九十".indexOf(charAt(s, k)) + 1;
            if (d == 0) {
                return null;
            }
            return day(s, i, k + 1, year, 1, false, d, ref);
        }
        if (at(s, q, "正月")) {
            month = 1;
            q += 2;
        } else if (at(s, q, "腊月")) {
            month = 12;
            q += 2;
        } else if (at(s, q, "冬月")) {
            month = 11;
            q += 2;
        } else {
            if (charAt(s, q) == '闰') {
                leap = true;
                q++;
            }
            Numerals.Num n = Numerals.read(s, q);
            if (n == null
                    || !n.smallForm()
                    || n.value() < 1
                    || n.value() > 12
                    || charAt(s, n.end()) != '月') {
                return null;
            }
            month = n.value();
            q = n.end() + 1;
            lunarMonthWord = leap || prefixed;
        }
        int[] d = lunarDay(s, q, prefixed || lunarMonthWord);
        if (d != null) {
            return day(s, i, d[1], year, month, leap, d[0], ref);
        }
        if (!lunarMonthWord) {
            return null;
        }
        // a lunar month alone
        int m = month;
        boolean lp = leap;
        int ly = year != 0 ? year : nearestYear(ref, y -> ChineseCalendar.toSolar(y, m, lp, 1));
        LocalDate[] span = ly == 0 ? null : ChineseCalendar.monthSpan(ly, month, leap);
        if (span == null) {
            return null;
        }
        if (charAt(s, q) == '份') {
            q++;
        }
        return Expr.other(
                i, q, Timex.interval(Timex.date(span[0]), Timex.date(span[1])), DateType.INTERVAL);
    }

    private static Expr day(
            String s, int i, int end, int year, int month, boolean leap, int dd, LocalDate ref) {
        int ly =
                year != 0
                        ? year
                        : nearestYear(ref, y -> ChineseCalendar.toSolar(y, month, leap, dd));
        LocalDate date = ly == 0 ? null : ChineseCalendar.toSolar(ly, month, leap, dd);
        if (date == null) {
            return null;
        }
        TimeOfDay t = TimeParser.parse(s, end, true, false);
        if (t != null) {
            return Expr.time(i, t.end(), date, t, Grain.YEAR, year != 0);
        }
        return Expr.day(i, end, date, Grain.YEAR, year != 0, null);
    }

    /** The year among ref-1..ref+1 whose date is closest to ref (past on a tie), or 0 when none has one. */
    private static int nearestYear(LocalDate ref, java.util.function.IntFunction<LocalDate> date) {
        int best = 0;
        long bestDist = Long.MAX_VALUE;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            LocalDate d = date.apply(y);
            if (d == null) {
                continue;
            }
            long dist = ChronoUnit.DAYS.between(ref, d);
            if (Math.abs(dist) < bestDist || (Math.abs(dist) == bestDist && dist < 0)) {
                best = y;
                bestDist = Math.abs(dist);
            }
        }
        return best;
    }

    /** A lunar day at p: 初一..初十, 十一..十九, 二十, 廿一..廿九, 三十 (with 农历 also 23号, 二十三日): {day, end}. */
    static int[] lunarDay(String s, int p, boolean prefixed) {
        char c = charAt(s, p);
        if (c == '初') {
            int d = "一二三四五六七八九十".indexOf(charAt(s, p + 1)) + 1;
            return d == 0 ? null : new int[] {d, p + 2};
        }
        if (c == '廿') {
            int d = "一二三四五六七八九".indexOf(charAt(s, p + 1)) + 1;
            return d == 0 ? new int[] {20, p + 1} : new int[] {20 + d, p + 2};
        }
        Numerals.Num n = Numerals.read(s, p);
        if (n == null || !n.smallForm() || n.value() < 1 || n.value() > 30) {
            return null;
        }
        char after = charAt(s, n.end());
        if (after == '日' || after == '号') {
            return prefixed ? new int[] {n.value(), n.end() + 1} : null;
        }
        if (!n.chinese() && !prefixed) {
            return null;
        }
        if (n.chinese() && n.value() != 15 && !prefixed) {
            return null; // 四月十三 is Gregorian, 八月十五 lunar
        }
        if (after == '时'
                || after == '点'
                || after == '分'
                || after == '年'
                || after == '月'
                || after == '天'
                || after == '个'
                || after == '岁'
                || after == '周') {
            return null;
        }
        return new int[] {n.value(), n.end()};
    }
}
