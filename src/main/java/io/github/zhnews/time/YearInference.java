package io.github.zhnews.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The news-year rule: a date written without its year is taken in whichever of the reference year, the year
 * before or the year after puts it closest to the reference date; on a tie the past wins.
 */
final class YearInference {
    /** A bare day more than this many days ahead of the reference is read as last month. */
    static final int BARE_DAY_FUTURE_LIMIT = 10;

    private YearInference() {
    }

    /** The year for month-day, or 0 when the day exists in none of the candidate years. */
    static int forMonthDay(int month, int day, LocalDate ref) {
        int best = 0;
        long bestDist = Long.MAX_VALUE;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            if (!YearMonth.of(y, month).isValidDay(day)) {
                continue;
            }
            long dist = ChronoUnit.DAYS.between(ref, LocalDate.of(y, month, day));
            long abs = Math.abs(dist);
            if (abs < bestDist || (abs == bestDist && dist < 0)) {
                best = y;
                bestDist = abs;
            }
        }
        return best;
    }

    /** The year for a month written without a year, by distance in months. */
    static int forMonth(int month, LocalDate ref) {
        int best = 0;
        int bestDist = Integer.MAX_VALUE;
        int refIndex = ref.getYear() * 12 + ref.getMonthValue() - 1;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            int dist = y * 12 + month - 1 - refIndex;
            int abs = Math.abs(dist);
            if (abs < bestDist || (abs == bestDist && dist < 0)) {
                best = y;
                bestDist = abs;
            }
        }
        return best;
    }

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
}
