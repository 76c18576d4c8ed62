package io.github.zhnews.internal.time;

import static io.github.zhnews.internal.time.Numerals.at;
import static io.github.zhnews.internal.time.Numerals.charAt;
import static io.github.zhnews.internal.time.Numerals.firstAt;

import io.github.zhnews.model.DateType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Dates and times written as an offset: 3天前, 两周后, 五天后的4时1刻, 5个月以前, 十年后, 半年前, 一年半后, 三个季度后, 两个半月前,
 * 3小时后, 半小时前, 两个半小时后, 17分钟后, 一刻钟后, 十三秒后.
 *
 * <p>Calendar units count from the date the text is talking about (the last full date mentioned, else the
 * publication date), like 次日; the value has the precision of the unit: a day for 天, an ISO week for 周, a month
 * for 个月, 季度 and any half (半年, 一年半, 两个半月: 两个半月 is two months and fifteen days, read to the month),
 * a year for 年.
 *
 * <p>Hours, minutes and seconds count from the publication time itself; the value is a TIME to the minute,
 * or to the second for 秒, for half a minute (一分半钟) and when the publication time has seconds. When the publication time has no time of day (it is exactly midnight, as for an
 * article known only by its date), such an offset has no value: the time it names is unknown.
 *
 * <p>Counts with 多 or 余 (20多天前) are too vague to place and give nothing; some tens of years (二十几年前,
 * 几十年后) give the stretch of whole years they span.
 */
final class Offsets {
    private static final String[] UNITS = {
        "星期", "季度", "月", "周", "天", "年", "小时", "钟头", "分钟", "刻钟", "秒钟", "秒"
    };
    private static final String[] BEFORE = {"以前", "之前", "前"};
    private static final String[] AFTER = {"以后", "之后", "后"};

    /** Words that begin with 前 or 后 and are no offset: 前往, 前夕, 后来, 后面... */
    private static final String NOT_AFTER_QIAN = "往进夕列茅身景提线方者台排";

    private static final String NOT_AFTER_HOU = "来面方续期勤果盾援备台排座者生人代辈世事悔卫";

    private Offsets() {}

    static Expr parse(String s, int i, Context ctx) {
        Expr decades = someDecades(s, i, ctx);
        if (decades != null) {
            return decades;
        }
        int qty;
        int q;
        boolean half = false;
        if (charAt(s, i) == '半') {
            half = true;
            qty = 0;
            q = i + 1;
        } else {
            Numerals.Num n = Numerals.read(s, i);
            if (n == null || n.value() <= 0 || n.value() > 200 || (n.chinese() && !n.smallForm())) {
                return null;
            }
            qty = n.value();
            q = n.end();
        }
        boolean ge = charAt(s, q) == '个';
        if (ge) {
            q++;
        }
        if (!half && ge && charAt(s, q) == '半') {
            half = true; // 两个半月, 一个半小时
            q++;
        }
        String unit;
        if (!half && at(s, q, "分半钟")) {
            unit = "分钟"; // 一分半钟
            half = true;
            q += 3;
        } else {
            unit = firstAt(s, q, UNITS);
            if (unit == null) {
                return null;
            }
            q += unit.length();
        }
        if (unit.equals("月") && !ge
                || unit.equals("刻钟") && (half || ge || qty != 1 && qty != 3)
                || (unit.equals("周") || unit.equals("天")) && (half || ge)) {
            return null; // 三月前 names March; 两个周, 半天 are no offsets here
        }
        if (!half
                && qty > 0
                && charAt(s, q) == '半'
                && (unit.equals("年") || unit.equals("小时") || unit.equals("钟头"))) {
            half = true; // 七年半, 3小时半
            q++;
        }
        String word = direction(s, q);
        if (word == null) {
            return null;
        }
        int end = q + word.length();
        int sign = before(word) ? -1 : 1;
        LocalDate anchor = ctx.anchor();
        switch (unit) {
            case "天":
                {
                    LocalDate d = anchor.plusDays(sign * (long) qty);
                    int q2 = charAt(s, end) == '的' ? end + 1 : end;
                    TimeOfDay t = TimeParser.parse(s, q2, true, false); // 五天后的4时1刻, 两天前晚上
                    if (t != null) {
                        return Expr.time(i, t.end(), d, t, Expr.Grain.DAY, true);
                    }
                    return Expr.other(i, end, Timex.date(d), DateType.DATE);
                }
            case "周":
            case "星期":
                if (half) {
                    return null;
                }
                return Expr.other(
                        i, end, Timex.week(anchor.plusWeeks(sign * (long) qty)), DateType.DATE);
            case "月":
            case "季度":
                {
                    long months = (unit.equals("季度") ? 3L : 1L) * qty;
                    LocalDate d = anchor.plusMonths(sign * months).plusDays(half ? sign * 15L : 0L);
                    if (half && unit.equals("季度")) {
                        return null;
                    }
                    return Expr.other(
                            i, end, Timex.month(d.getYear(), d.getMonthValue()), DateType.DATE);
                }
            case "年":
                {
                    if (!half) {
                        return Expr.other(
                                i, end, Timex.year(anchor.getYear() + sign * qty), DateType.DATE);
                    }
                    LocalDate d = anchor.plusMonths(sign * (12L * qty + 6));
                    return Expr.other(
                            i, end, Timex.month(d.getYear(), d.getMonthValue()), DateType.DATE);
                }
            default:
                return clock(i, end, ctx.instant(), unit, qty, half, sign);
        }
    }

    /**
     * Some tens of years before or after: 二十几年前 (20 to 30 years before, {@code 1991/2001} from 2021), 十几年后, 几十年之后
     * (20 to 100 years after, {@code 2041/2121}), the whole years of that stretch as JioNLP gives them; or null.
     */
    private static Expr someDecades(String s, int i, Context ctx) {
        int from;
        int to;
        int q;
        if (at(s, i, "几十")) {
            from = 20;
            to = 100;
            q = i + 2;
        } else {
            Numerals.Num n = Numerals.read(s, i);
            if (n == null
                    || !n.chinese()
                    || n.value() % 10 != 0
                    || n.value() > 90
                    || charAt(s, n.end()) != '几') {
                return null;
            }
            from = n.value();
            to = from + 10;
            q = n.end() + 1;
        }
        if (charAt(s, q) != '年') {
            return null;
        }
        q++;
        String word = direction(s, q);
        if (word == null) {
            return null;
        }
        int year = ctx.anchor().getYear();
        String v =
                before(word)
                        ? Timex.interval(Timex.year(year - to), Timex.year(year - from))
                        : Timex.interval(Timex.year(year + from), Timex.year(year + to));
        return Expr.other(i, q + word.length(), v, DateType.INTERVAL);
    }

    /**
     * The word at {@code q} that makes a count an offset (以前, 之后, 前, 后 ...), or null: none, or a lone 前 or 后
     * that opens another word (前往, 后来).
     */
    private static String direction(String s, int q) {
        String before = firstAt(s, q, BEFORE);
        String word = before != null ? before : firstAt(s, q, AFTER);
        if (word == null
                || word.length() == 1
                        && (before != null ? NOT_AFTER_QIAN : NOT_AFTER_HOU)
                                        .indexOf(charAt(s, q + 1))
                                >= 0) {
            return null;
        }
        return word;
    }

    /** Whether an offset word of {@link #direction} points back (every one of BEFORE ends with 前). */
    private static boolean before(String word) {
        return word.endsWith("前");
    }

    /** An offset in hours, minutes or seconds from the publication time. */
    private static Expr clock(
            int i, int end, LocalDateTime instant, String unit, int qty, boolean half, int sign) {
        long seconds;
        switch (unit) {
            case "小时":
            case "钟头":
                seconds = qty * 3600L + (half ? 1800 : 0);
                break;
            case "分钟":
                seconds = qty * 60L + (half ? 30 : 0);
                break;
            case "刻钟":
                seconds = qty * 900L;
                break;
            default:
                if (half) {
                    return null;
                }
                seconds = qty;
                break;
        }
        if (instant.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return Expr.other(i, end, null, DateType.TIME);
        }
        LocalDateTime t = instant.plusSeconds(sign * seconds);
        boolean toSecond =
                unit.startsWith("秒") || half && unit.equals("分钟") || instant.getSecond() != 0;
        int precision = toSecond ? TimeOfDay.SECOND : TimeOfDay.MINUTE;
        return Expr.other(
                i,
                end,
                Timex.dateTime(
                        t.toLocalDate(), t.getHour(), t.getMinute(), t.getSecond(), precision),
                DateType.TIME);
    }
}
