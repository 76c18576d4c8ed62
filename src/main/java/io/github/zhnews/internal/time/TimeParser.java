package io.github.zhnews.internal.time;

import static io.github.zhnews.internal.time.Numerals.at;
import static io.github.zhnews.internal.time.Numerals.charAt;
import static io.github.zhnews.internal.time.Numerals.firstAt;
import static io.github.zhnews.internal.time.Numerals.isAsciiDigit;

/**
 * Reads a time of day: an optional part-of-day word (上午, 下午, 晚, 凌晨 ...) followed by a clock time
 * (10时, 3点半, 9时30分, 09:39, 15时许), or a part-of-day word alone right after a date.
 */
final class TimeParser {
    // the parts of the day, with their TIMEX3 parts and hour rules, are data:
    // models/time-day-parts.tsv; the characters that make 早 or 晚 part of another word (晚会, 早已) are
    // models/time-day-part-breakers.txt

    private TimeParser() {}

    /**
     * @param hasDate    whether a date precedes (allows 8点 without a part-of-day word and a lone part of day)
     * @param inheritPm  whether a bare hour should be read as afternoon (second end of 下午2时至4时)
     * @return the time, or null
     */
    static TimeOfDay parse(String s, int p, boolean hasDate, boolean inheritPm) {
        int q = p;
        if (hasDate && charAt(s, q) == ' ') {
            q++;
        }
        String period = firstAt(s, q, TimeLists.get().clockPeriods);
        if (period != null
                && period.length() == 1
                && TimeLists.get().breaksDayPart(charAt(s, q + 1))) {
            period = null;
        }
        int h0 = q + (period == null ? 0 : period.length());
        int[] clock = clock(s, h0, period != null || hasDate);
        if (clock != null) {
            int h = clock[0];
            int m = clock[1];
            boolean pm = false;
            if (period != null) {
                h = adjust(h, m, period);
                pm = isPm(period);
            } else if (inheritPm && h < 12) {
                h += 12;
                pm = true;
            }
            if (h < 0 || h > 24 || (h == 24 && m != 0)) {
                return null;
            }
            return new TimeOfDay(h, m, clock[4], clock[3], null, pm, clock[2]);
        }
        if (period != null && hasDate && !period.equals("晚")) {
            // a lone 晚 after a date (25日晚) stays outside the expression, as People's Daily tags it
            return TimeOfDay.part(part(period), isPm(period), h0);
        }
        return null;
    }

    /** Returns {hour, minute, end, precision, second} or null. */
    private static int[] clock(String s, int i, boolean context) {
        Numerals.Num n = Numerals.read(s, i);
        if (n == null || !n.smallForm() || n.value() > 24 || charAt(s, i - 1) == ':') {
            return null;
        }
        int h = n.value();
        int k = n.end();
        char c = charAt(s, k);
        if (c == ':' && !n.chinese()) {
            if (!(isAsciiDigit(charAt(s, k + 1)) && isAsciiDigit(charAt(s, k + 2)))) {
                return null;
            }
            int m = (s.charAt(k + 1) - '0') * 10 + (s.charAt(k + 2) - '0');
            k += 3;
            int precision = TimeOfDay.MINUTE;
            int sec = 0;
            if (charAt(s, k) == ':'
                    && isAsciiDigit(charAt(s, k + 1))
                    && isAsciiDigit(charAt(s, k + 2))) {
                sec = (s.charAt(k + 1) - '0') * 10 + (s.charAt(k + 2) - '0');
                precision = TimeOfDay.SECOND;
                k += 3;
            }
            if (m > 59
                    || sec > 59
                    || isAsciiDigit(charAt(s, k))
                    || charAt(s, k) == ':'
                    || (h == 24 && m > 0)) {
                return null;
            }
            if (charAt(s, k) == '时' && charAt(s, k + 1) != '间') {
                k++; // 11:00时
            }
            return new int[] {h, m, k, precision, sec};
        }
        if (c != '时' && c != '点') {
            return null;
        }
        if (c == '时' && charAt(s, k + 1) == '间') {
            return null;
        }
        k++;
        int m = 0;
        int sec = 0;
        int precision = TimeOfDay.HOUR;
        boolean detail = false;
        Numerals.Num mn = Numerals.read(s, k);
        if (mn != null && mn.smallForm() && mn.value() <= 59 && charAt(s, mn.end()) == '分') {
            m = mn.value();
            k = mn.end() + 1;
            detail = true;
            precision = TimeOfDay.MINUTE;
            Numerals.Num sn = Numerals.read(s, k);
            if (sn != null && sn.smallForm() && sn.value() <= 59 && charAt(s, sn.end()) == '秒') {
                k = sn.end() + 1;
                sec = sn.value();
                precision = TimeOfDay.SECOND;
            }
        } else if (mn != null
                && mn.length() == 1
                && (mn.value() == 1 || mn.value() == 3)
                && charAt(s, mn.end()) == '刻') {
            m = mn.value() * 15; // 一刻, 三刻
            k = mn.end() + 1;
            detail = true;
            precision = TimeOfDay.MINUTE;
        } else if (mn != null && c == '点' && mn.value() <= 59 && bareMinute(s, mn)) {
            m = mn.value(); // 9点20, 九点零九
            k = mn.end();
            detail = true;
            precision = TimeOfDay.MINUTE;
        } else if (charAt(s, k) == '半') {
            m = 30;
            k++;
            detail = true;
            precision = TimeOfDay.MINUTE;
        } else if (c == '点' && charAt(s, k) == '钟') {
            k++;
            detail = true;
        } else if (Numerals.at(s, k, "多钟")) {
            k += 2;
            detail = true;
        }
        if (charAt(s, k) == '整') {
            k++;
            detail = true;
        }
        if (charAt(s, k) == '许') {
            k++;
            detail = true;
        } else if (Numerals.at(s, k, "左右")) {
            k += 2;
            detail = true;
        }
        boolean bareOk = c == '时' ? !n.chinese() || detail : detail;
        if (!bareOk
                && c == '点'
                && h >= 2
                && h <= 12
                && "的过前后".indexOf(charAt(s, k)) >= 0
                && !at(s, k, "前后")
                && "第这那几每各哪".indexOf(charAt(s, i - 1)) < 0) {
            bareOk = true; // 十一点的会, 你十一点过去, 八点前: a clock time, where 三点建议 and 这三点的 are counts
        }
        if (!context && !bareOk) {
            return null;
        }
        if (h == 24 && m > 0) {
            return null;
        }
        return new int[] {h, m, k, precision, sec};
    }

    /**
     * Whether a number right after 点 is its minutes though 分 is not written (9点20, 九点零九, 九点十五): two
     * ASCII digits, or a Chinese numeral with 十 or a leading 零, followed by nothing that makes it a count.
     */
    private static boolean bareMinute(String s, Numerals.Num mn) {
        boolean form =
                mn.chinese()
                        ? mn.hasUnit() || charAt(s, mn.start()) == '零' && mn.length() == 2
                        : mn.length() == 2;
        if (!form) {
            return false;
        }
        char next = charAt(s, mn.end());
        return next == '\0' || "，。,.；;、！!？? 到至~-—前后左许起开的".indexOf(next) >= 0;
    }

    private static int adjust(int h, int m, String period) {
        switch (TimeLists.get().dayParts.get(period).hourRule()) {
            case "pm":
                if (h < 12) {
                    return h + 12;
                }
                return h == 12 && m == 0 ? 24 : h == 12 ? -1 : h;
            case "noon":
                return h <= 3 ? h + 12 : h;
            case "night":
                if (h >= 6 && h < 12) {
                    return h + 12;
                }
                return h == 12 && m == 0 ? 24 : h == 12 ? -1 : h;
            case "dawn":
                return h == 12 ? 0 : h > 12 ? -1 : h;
            default:
                return h > 12 ? -1 : h;
        }
    }

    private static boolean isPm(String period) {
        return TimeLists.get().dayParts.get(period).hourRule().equals("pm");
    }

    /** The TIMEX3 part of the day of a part-of-day word (MO for a word not in the list). */
    static String part(String period) {
        TimeLists.DayPart p = TimeLists.get().dayParts.get(period);
        return p == null ? "MO" : p.part();
    }
}
