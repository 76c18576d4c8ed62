package io.github.zhnews.internal.time;

import static io.github.zhnews.internal.time.Numerals.at;
import static io.github.zhnews.internal.time.Numerals.charAt;
import static io.github.zhnews.internal.time.Numerals.firstAt;

import io.github.zhnews.model.DateType;

/**
 * Durations (3天, 两年, 5个月, 半年), recognised only in a clear temporal context: a time-frame word that
 * becomes part of the mention (近5年, 过去两年, 未来3天), a preceding verb (持续, 为期, 历时, 长达 ...) or a
 * following word (3天内, 两年来, 5个月以来). A false date is worse than a missed duration.
 */
final class Durations {
    // the frames, verbs and words after a length are data: models/time-duration-cues.tsv

    private Durations() {}

    static Expr parse(String s, int i, Context ctx) {
        TimeLists lists = TimeLists.get();
        String frame = firstAt(s, i, lists.durationFrames);
        int p = frame == null ? i : i + frame.length();
        if (frame != null && frame.equals("近") && lists.breaksNear(charAt(s, i - 1))) {
            return null;
        }
        int qty;
        int q;
        if (charAt(s, p) == '半') {
            qty = -1;
            q = p + 1;
        } else {
            Numerals.Num n = Numerals.read(s, p);
            if (n == null || n.value() <= 0 || (n.chinese() ? !n.smallForm() : n.length() > 3)) {
                return null;
            }
            qty = n.value();
            q = n.end();
        }
        String unit =
                firstAt(
                        s, q, "个小时", "小时", "分钟", "个多月", "个月", "个星期", "星期", "周", "天", "个工作日", "工作日",
                        "日", "年", "月");
        if (unit == null || unit.contains("多")) {
            return null;
        }
        // 近三月, 过去一月 (fund and market reports): a bare 月 is a count of months only after a frame,
        // and
        // not where it names a month (近三月份, 过去三月底, 未来三月中旬, 近三月5日)
        if (unit.equals("月")
                && (frame == null
                        || "份日号初底中末上下旬".indexOf(charAt(s, q + 1)) >= 0
                        || Numerals.isAsciiDigit(charAt(s, q + 1))
                        || Numerals.isChineseNumeral(charAt(s, q + 1)))) {
            return null;
        }
        int end = q + unit.length();
        String value;
        if (qty == -1) {
            if (unit.equals("年")) {
                value = "P6M";
            } else {
                return null;
            }
        } else {
            boolean half =
                    charAt(s, end) == '半'
                            && (unit.equals("年")
                                    || unit.equals("个小时")
                                    || unit.equals("小时")
                                    || unit.equals("天"));
            value = value(qty, unit, half);
            if (half) {
                end++;
            }
        }
        char after = charAt(s, end);
        if (after == '多'
                || after == '余'
                || after == '前'
                || after == '后'
                || (unit.equals("周") && (after == '年' || "一二三四五六日".indexOf(after) >= 0))) {
            return null;
        }
        boolean afterCue = firstAt(s, end, lists.durationAfter) != null;
        boolean verbCue = false;
        for (String v : lists.durationVerbs) {
            if (p >= v.length() && s.startsWith(v, p - v.length())) {
                verbCue = true;
                break;
            }
        }
        if (unit.equals("日") && frame == null && !afterCue) {
            return null;
        }
        if (frame == null && !afterCue && !verbCue) {
            return null;
        }
        boolean future = frame != null && lists.futureFrames.contains(frame);
        boolean past =
                frame != null && !future
                        || frame == null && !verbCue && (at(s, end, "来") || at(s, end, "以来"));
        if ((past || future) && unit.equals("天") && value.endsWith("T12H")) {
            return Expr.window(i, end, halfDayWindow(ctx.instant(), qty, future ? 1 : -1), value);
        }
        if ((past || future) && !unit.contains("工作日")) {
            String window =
                    window(
                            ctx.instant(),
                            qty,
                            unit,
                            qty != -1
                                    && value.endsWith("M")
                                    && !unit.contains("月")
                                    && !unit.contains("小时")
                                    && !unit.contains("分钟"),
                            future ? 1 : -1);
            if (window != null) {
                return Expr.window(i, end, window, value);
            }
        }
        return Expr.other(i, end, value, DateType.DURATION);
    }

    /**
     * The window of a count of days and a half (一天半以来, 未来3天半): a half day is twelve hours. From a reference
     * with a time of day it is the window of that many hours, to the reference's precision (一天半以来 at 09:39 is
     * {@code 2023-05-19T21:39/2023-05-21T09:39}, as 过去36小时); from a reference without one (midnight) the far
     * end is at the hour and the near end is the reference day (7天半以来 on 21 May 2023 is
     * {@code 2023-05-13T12/2023-05-21}).
     */
    static String halfDayWindow(java.time.LocalDateTime ref, int days, int sign) {
        if (!ref.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return window(ref, days * 24 + 12, "小时", false, sign);
        }
        java.time.LocalDateTime other = ref.plusHours(sign * (days * 24L + 12));
        String far = Timex.dateTime(other.toLocalDate(), other.getHour(), 0, 0, TimeOfDay.HOUR);
        String near = Timex.date(ref.toLocalDate());
        return sign < 0 ? Timex.interval(far, near) : Timex.interval(near, far);
    }

    /**
     * The window a length names from the reference (近五年 = the five years up to the reference, 未来三天 = the
     * three days from it): the far end at day precision for calendar units, the near end the reference itself
     * (its day when it has no time of day); for hours and minutes both ends to the minute or the second the
     * reference has; null
     * when it cannot be placed (an hour window from a reference without a time of day).
     */
    static String window(
            java.time.LocalDateTime ref, int qty, String unit, boolean halfYear, int sign) {
        java.time.LocalDateTime other;
        boolean clock = unit.contains("小时") || unit.equals("分钟");
        if (clock) {
            if (ref.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
                return null;
            }
            long minutes = unit.equals("分钟") ? qty : qty * 60L;
            other = ref.plusMinutes(sign * minutes);
            // to the precision of the reference: 过去50分钟 at 01:06:40 is 00:16:40 to 01:06:40
            int precision = ref.getSecond() == 0 ? TimeOfDay.MINUTE : TimeOfDay.SECOND;
            String a =
                    Timex.dateTime(
                            other.toLocalDate(),
                            other.getHour(),
                            other.getMinute(),
                            other.getSecond(),
                            precision);
            String b =
                    Timex.dateTime(
                            ref.toLocalDate(),
                            ref.getHour(),
                            ref.getMinute(),
                            ref.getSecond(),
                            precision);
            return sign < 0 ? Timex.interval(a, b) : Timex.interval(b, a);
        }
        java.time.LocalDate d = ref.toLocalDate();
        java.time.LocalDate o;
        if (qty == -1) {
            o = d.plusMonths(sign * 6L); // 近半年
        } else if (unit.equals("年")) {
            o = halfYear ? d.plusMonths(sign * (12L * qty + 6)) : d.plusYears(sign * (long) qty);
        } else if (unit.contains("月")) {
            o = d.plusMonths(sign * (long) qty);
        } else if (unit.contains("周") || unit.contains("星期")) {
            o = d.plusWeeks(sign * (long) qty);
        } else {
            o = d.plusDays(sign * (long) qty);
        }
        // the near end is the publication time itself, as for 2018年以来 and 年底前:
        // 近三个月 at 09:39 runs to 09:39, not to the end of a day not yet over
        String near = RangeParser.reference(ref);
        return sign < 0 ? Timex.interval(Timex.date(o), near) : Timex.interval(near, Timex.date(o));
    }

    /**
     * A window named by a position and a count (前2周, 上3个月, 后2年, 下两个月): 前 and 后 count whole days, weeks,
     * months or years back from or on from the reference day; 上 and 下 the whole calendar months, weeks or years
     * before or after the current one (上3个月 in March is December to February). Only where nothing before it
     * could be the event the count is from (比赛前2周 is two weeks before the match): the start of the text,
     * punctuation, a space or a preposition. 前两天 and 前几天 are the colloquial "the other day" and give nothing.
     */
    static Expr positioned(String s, int i, Context ctx) {
        char c = charAt(s, i);
        if ("前后上下".indexOf(c) < 0) {
            return null;
        }
        char prev = charAt(s, i - 1);
        if (prev != '\0' && Character.isLetterOrDigit(prev) && "在于从至到和与及的这最近".indexOf(prev) < 0) {
            return null;
        }
        if (c == '后' && prev == '最') {
            return null; // 最后一天, 最后两周: the last days of something the text names, not from the
            // reference
        }
        Numerals.Num n = Numerals.read(s, i + 1);
        if (n == null || n.value() < 1 || n.value() > 99 || !n.smallForm() && n.chinese()) {
            return null;
        }
        int q = n.end();
        boolean ge = charAt(s, q) == '个';
        if (ge) {
            q++;
        }
        String unit = firstAt(s, q, "星期", "周", "月", "年", "天");
        if (unit == null
                || unit.equals("月") && !ge
                || (unit.equals("年") || unit.equals("天")) && ge) {
            return null;
        }
        if (unit.equals("天")
                && (c == '上' || c == '下' || n.value() == 2 && charAt(s, i + 1) == '两')) {
            return null;
        }
        int end = q + unit.length();
        char next = charAt(s, end);
        if (next == '前'
                || next == '后'
                || next == '内'
                || next == '里'
                || next == '多'
                || next == '半'
                || next == '份') {
            return null;
        }
        int qty = n.value();
        String len =
                "P"
                        + qty
                        + (unit.equals("年")
                                ? "Y"
                                : unit.equals("月") ? "M" : unit.equals("天") ? "D" : "W");
        java.time.LocalDate ref = ctx.reference();
        int sign = c == '前' || c == '上' ? -1 : 1;
        if (c == '前' || c == '后') {
            return Expr.window(
                    i,
                    end,
                    window(ctx.instant(), qty, unit.equals("星期") ? "周" : unit, false, sign),
                    len);
        }
        String value;
        switch (unit) {
            case "年":
                value =
                        sign < 0
                                ? Timex.interval(
                                        Timex.year(ref.getYear() - qty),
                                        Timex.year(ref.getYear() - 1))
                                : Timex.interval(
                                        Timex.year(ref.getYear() + 1),
                                        Timex.year(ref.getYear() + qty));
                break;
            case "月":
                {
                    java.time.YearMonth ym = java.time.YearMonth.from(ref);
                    java.time.YearMonth a = sign < 0 ? ym.minusMonths(qty) : ym.plusMonths(1);
                    java.time.YearMonth b = sign < 0 ? ym.minusMonths(1) : ym.plusMonths(qty);
                    value =
                            Timex.interval(
                                    Timex.month(a.getYear(), a.getMonthValue()),
                                    Timex.month(b.getYear(), b.getMonthValue()));
                    break;
                }
            default:
                {
                    java.time.LocalDate monday = RelativeWords.monday(ref);
                    java.time.LocalDate a = sign < 0 ? monday.minusWeeks(qty) : monday.plusWeeks(1);
                    java.time.LocalDate b =
                            sign < 0
                                    ? monday.minusDays(1)
                                    : monday.plusWeeks(qty + 1L).minusDays(1);
                    value = Timex.interval(Timex.date(a), Timex.date(b));
                    break;
                }
        }
        return Expr.window(i, end, value, len);
    }

    private static String value(int n, String unit, boolean half) {
        switch (unit) {
            case "年":
                return half ? "P" + (n * 12 + 6) + "M" : "P" + n + "Y";
            case "个月":
            case "月":
                return "P" + n + "M";
            case "个星期":
            case "星期":
            case "周":
                return "P" + n + "W";
            case "个小时":
            case "小时":
                return half ? "PT" + (n * 60 + 30) + "M" : "PT" + n + "H";
            case "分钟":
                return "PT" + n + "M";
            case "天":
                return half ? "P" + n + "DT12H" : "P" + n + "D";
            default:
                return "P" + n + "D";
        }
    }
}
