package io.github.zhnews.internal.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The news-year rule. News reports mostly what has happened, so a date written without its year is taken as
 * the latest of (reference year - 1, reference year, reference year + 1) that is at most
 * {@link #FUTURE_WINDOW_DAYS} days after the reference date: 12月28日 in an article of 3 January is last
 * December, 6月1日 in an article of 21 May is this June, 7月1日 in an article of 26 January is last July.
 * When the text marks the date as ahead (起, 开始, 前 after it; 将, 将于, 定于, 计划, 预计, 拟, 即将 before it)
 * the nearest date on or after the reference is taken instead: 10月1日起 in May is this October.
 */
final class YearInference {
    /** A bare day more than this many days ahead of the reference is read as last month. */
    static final int BARE_DAY_FUTURE_LIMIT = 10;

    private YearInference() {}

    /** How far after the reference a date without a year may lie when nothing marks it as ahead. */
    static final int FUTURE_WINDOW_DAYS = 92;

    /** The year for month-day, or 0 when the day exists in none of the candidate years. */
    static int forMonthDay(int month, int day, LocalDate ref, boolean ahead) {
        int best = 0;
        int fallback = 0;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            if (!YearMonth.of(y, month).isValidDay(day)) {
                continue;
            }
            long dist = ChronoUnit.DAYS.between(ref, LocalDate.of(y, month, day));
            if (ahead ? dist >= 0 : dist <= FUTURE_WINDOW_DAYS) {
                best = y;
                if (ahead) {
                    break; // the nearest on or after the reference
                }
            } else if (best == 0 && fallback == 0) {
                fallback = y; // 2月29日 may exist only in a year outside the window
            }
        }
        return best != 0 ? best : fallback;
    }

    /** The year for a month written without a year, by the same rule on the first day of the month. */
    static int forMonth(int month, LocalDate ref, boolean ahead) {
        int best = 0;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            LocalDate first = LocalDate.of(y, month, 1);
            long dist = ChronoUnit.DAYS.between(ref, first);
            boolean holdsRef = y == ref.getYear() && month == ref.getMonthValue();
            if (ahead ? dist >= 0 || holdsRef : dist <= FUTURE_WINDOW_DAYS) {
                best = y;
                if (ahead) {
                    break;
                }
            }
        }
        return best;
    }

    /** Whether the words around {@code [start, end)} of {@code s} mark a date as ahead of the reference. */
    static boolean markedAhead(String s, int start, int end) {
        String after = s.substring(end, Math.min(s.length(), end + 2));
        char counted =
                Numerals.charAt(
                        s, end + 1); // 4月前4天, 4月前两周: the first days of the month, no deadline
        boolean deadline =
                (after.startsWith("前") || after.startsWith("以前"))
                        && !after.equals("前往")
                        && !after.equals("前后")
                        && !after.equals("前夕")
                        && !(after.startsWith("前")
                                && (Numerals.isAsciiDigit(counted)
                                        || Numerals.isChineseNumeral(counted)));
        if (after.startsWith("起") || after.startsWith("开始") || deadline) {
            return true;
        }
        String before = s.substring(Math.max(0, start - 4), start);
        for (String cue : TimeLists.get().aheadCues) {
            if (before.endsWith(cue)) {
                return true;
            }
        }
        return false;
    }

    // the words that mark a date as ahead are data: models/time-ahead-cues.txt

    /**
     * The date for a bare day of month (15日): in the reference month unless that is more than
     * {@link #BARE_DAY_FUTURE_LIMIT} days ahead of the reference or does not exist, then the month before.
     * Null when neither month has the day.
     */
    static LocalDate forDay(int day, LocalDate ref) {
        YearMonth ym = YearMonth.from(ref);
        if (ym.isValidDay(day)) {
            LocalDate d = ym.atDay(day);
            if (ChronoUnit.DAYS.between(ref, d) <= BARE_DAY_FUTURE_LIMIT) {
                return d;
            }
        }
        YearMonth prev = ym.minusMonths(1);
        return prev.isValidDay(day) ? prev.atDay(day) : null;
    }

    /**
     * The year for a two-digit year (15年, 零七年, 98年): of the years ending in those digits, the latest that is at
     * most one year after the reference year. 15 → 2015 and 98 → 1998 in 2021; 22 → 2022 in 2021; 23 → 1923.
     */
    static int forTwoDigitYear(int yy, LocalDate ref) {
        int y = ref.getYear() / 100 * 100 + yy;
        while (y > ref.getYear() + 1) {
            y -= 100;
        }
        return y;
    }
}
