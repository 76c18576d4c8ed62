package io.github.zhnews.internal.time;

import static io.github.zhnews.internal.time.Numerals.at;

import io.github.zhnews.internal.time.Expr.Grain;
import io.github.zhnews.internal.time.Numerals.Num;
import io.github.zhnews.model.DateType;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Combines points into intervals: 4月24日至29日, 5月21日至6月2日, 2022年12月30日至2023年1月2日, 1月至4月,
 * 2019年至2021年, 下午2时至4时, 2019年至今, and the short forms 5月24-29日, 2023年4-6月, 4-6月, 2019-2021年.
 * Both ends must have the same precision; the second end takes the fields it omits from the first, and rolls
 * over into the next year when a month-day would otherwise run backwards (12月30日至1月2日).
 */
final class RangeParser {
    private static final String[] SEPARATORS = {"——", "至", "到", "~", "-", "—", "–"};

    private RangeParser() {}

    static Expr parse(String s, int i, Context ctx) {
        Expr p1 = DateParser.parse(s, i, ctx, Inherit.NONE);
        if (p1 == null) {
            Expr clocks = bareClockRange(s, i, ctx);
            return clocks != null ? clocks : bareNumberRange(s, i, ctx);
        }
        if (!p1.point()) {
            Expr clocks =
                    p1.type() == DateType.TIME && p1.hour() < 0
                            ? clockRangeAfterPart(s, i, p1)
                            : null;
            if (clocks == null && p1.type() == DateType.TIME && p1.hour() < 0) {
                clocks = partRange(s, i, p1, ctx);
            }
            return clocks != null ? clocks : p1;
        }
        String toNow = Numerals.firstAt(s, p1.end(), TimeLists.get().toNow);
        if (toNow != null) {
            return Expr.interval(
                    i, p1.end() + toNow.length(), Timex.interval(p1.value(), Timex.PRESENT_REF));
        }
        Expr pair = between(s, i, p1, ctx);
        if (pair != null) {
            return pair;
        }
        Expr window = window(s, i, p1, ctx);
        if (window != null) {
            return window;
        }
        // 自6月1日起至6月5日止: the range of the two, 起 and 止 included
        int from = at(s, p1.end(), "起") && separator(s, p1.end() + 1) > 0 ? 1 : 0;
        int sep = separator(s, p1.end() + from);
        if (sep > 0) {
            Expr p2 = DateParser.parse(s, p1.end() + from + sep, ctx, Inherit.from(p1));
            Expr r = combine(i, p1, p2);
            if (r != null && from > 0 && at(s, r.end(), "止")) {
                r =
                        new Expr(
                                r.start(),
                                r.end() + 1,
                                r.value(),
                                r.type(),
                                r.grain(),
                                r.lead(),
                                r.year(),
                                r.month(),
                                r.date(),
                                r.hour(),
                                r.minute(),
                                r.yearExplicit(),
                                r.pm(),
                                r.weekMonday(),
                                r.duration());
            }
            if (r != null) {
                return r;
            }
        }
        if (p1.grain() == Grain.YEAR || p1.grain() == Grain.MONTH) {
            Expr r = prefixNumberRange(s, i, p1, ctx);
            if (r != null) {
                return r;
            }
        }
        return p1;
    }

    // the words after a point that run its stretch to the present (2018年至今, 去年到现在) are data:
    // models/time-to-now.txt; the window words (以来, 起, 前) and the words that only look like one
    // (前夕,
    // 起草) are data too: models/time-window-words.tsv

    /**
     * A point and a word that opens a window on the publication time: X以来 (X started by then: 今年以来,
     * 2018年以来) and X起 (X over by then: 从去年9月起) run from X to the present ({@code X/PRESENT_REF}); X前,
     * X之前, X以前 with X not over by then (2025年前, 明年6月之前, 年底前) run from the publication time to the
     * end of X. Otherwise null: a future X起 starts a stretch the text leaves open (2025年起实施), and a past
     * X前 (1949年前) one that opens into the past, which keep the value of X; a bare day (15日前) can be an
     * offset (15 days ago) and is left alone, as are 6月前两周 and 今年前几个月 (the first part of X), 前后, 前夕, 前进,
     * 前景 and X起至Y (a range, read apart).
     */
    private static Expr window(String s, int i, Expr p1, Context ctx) {
        int q = p1.end();
        TimeLists lists = TimeLists.get();
        String word = Numerals.firstAt(s, q, lists.windowWords);
        if (word == null) {
            return null;
        }
        TimeLists.WindowKind kind = lists.windowKinds.get(word);
        char next = Numerals.charAt(s, q + word.length());
        if (p1.lead() == Grain.DAY
                || Numerals.firstAt(s, q, lists.notWindows) != null
                || word.equals("前")
                        && (Numerals.isAsciiDigit(next) || Numerals.isChineseNumeral(next))
                || kind == TimeLists.WindowKind.FROM && separator(s, q + word.length()) > 0) {
            return null;
        }
        io.github.zhnews.model.DateMention x = Values.mention(s.substring(i, q), p1);
        java.time.LocalDateTime first = x.firstInstant().orElse(null);
        java.time.LocalDateTime after = x.endInstant().orElse(null);
        java.time.LocalDateTime now = ctx.instant();
        if (first == null || after == null) {
            return null;
        }
        String value;
        if (kind == TimeLists.WindowKind.SINCE
                ? !first.isAfter(now)
                : kind == TimeLists.WindowKind.FROM && !after.isAfter(now)) {
            value = Timex.interval(p1.value(), Timex.PRESENT_REF);
        } else if (kind == TimeLists.WindowKind.BEFORE
                && after.isAfter(now)
                && first.isAfter(now.minusYears(1))) {
            value = Timex.interval(reference(now), p1.value());
        } else {
            return null;
        }
        return Expr.interval(i, q + word.length(), value);
    }

    /** The publication time as a value: its day when it is midnight, else its clock time to the minute or second. */
    static String reference(java.time.LocalDateTime now) {
        if (now.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return Timex.date(now.toLocalDate());
        }
        return Timex.dateTime(
                now.toLocalDate(),
                now.getHour(),
                now.getMinute(),
                now.getSecond(),
                now.getSecond() == 0 ? TimeOfDay.MINUTE : TimeOfDay.SECOND);
    }

    /**
     * Two points of the same precision that bound a stretch in words: 2011年与2013年间, 2011年和2013年之间,
     * 2012年之后2016年之前 (the interval of the two, the words included).
     */
    private static Expr between(String s, int i, Expr p1, Context ctx) {
        int q = p1.end();
        String join = Numerals.firstAt(s, q, "与", "和", "之后", "以后");
        if (join == null) {
            return null;
        }
        Expr p2 = DateParser.parse(s, q + join.length(), ctx, Inherit.from(p1));
        if (p2 == null
                || !p2.point()
                || p2.grain() != p1.grain()
                || p2.value().compareTo(p1.value()) <= 0) {
            return null;
        }
        String close =
                join.length() == 1
                        ? Numerals.firstAt(s, p2.end(), "之间", "间")
                        : Numerals.firstAt(s, p2.end(), "之前", "以前");
        if (close == null) {
            return null;
        }
        Expr r = Expr.interval(i, p1, p2);
        return new Expr(
                i,
                p2.end() + close.length(),
                r.value(),
                r.type(),
                r.grain(),
                r.lead(),
                0,
                0,
                r.date(),
                -1,
                -1,
                false,
                false,
                null);
    }

    /**
     * Two parts of the day joined by a range word (今天夜间到明天白天, 前天中午到明天晚上, 夜间至次日上午, 上午至下午):
     * the interval of the two TIMEX3 parts ({@code 2023-05-21TNI/2023-05-22TDT}), the second on the first one's day
     * when it names none. Only where the second does not lie before the first.
     */
    private static Expr partRange(String s, int i, Expr p1, Context ctx) {
        if (!PART.matcher(p1.value()).matches()) {
            return null;
        }
        int sep = separator(s, p1.end());
        if (sep == 0) {
            return null;
        }
        // the second end's 次日 counts from the first end's day (5月3日晚上至次日上午)
        java.time.LocalDate saved = ctx.anchor();
        ctx.anchor(p1.date());
        Expr p2;
        try {
            p2 =
                    DateParser.parse(
                            s,
                            p1.end() + sep,
                            ctx,
                            new Inherit(p1.year(), p1.month(), p1.date(), false, null));
        } finally {
            ctx.anchor(saved);
        }
        if (p2 == null
                || p2.type() != DateType.TIME
                || p2.hour() >= 0
                || !PART.matcher(p2.value()).matches()
                || p2.value().equals(p1.value())) {
            return null;
        }
        int days = p2.date().compareTo(p1.date());
        if (days < 0 || days == 0 && order(p2.value()) <= order(p1.value())) {
            return null; // 晚上至上午, 22日白天到21日夜间: backwards
        }
        return Expr.interval(i, p1, p2);
    }

    /** The place of a TIMEX3 part in its day: MO and DT (daytime, from the morning) first, NI (the night) last. */
    private static int order(String value) {
        return "MODTMIAFEVNI".indexOf(value.substring(value.length() - 2)) / 2;
    }

    private static final java.util.regex.Pattern PART =
            java.util.regex.Pattern.compile("[+-]?\\d{4,}-\\d{2}-\\d{2}T(MO|MI|AF|EV|NI|DT)");

    /**
     * A day's part followed by a clock range whose first end is a bare hour (大前天晚上8~10点, 凌晨2到4点): the
     * interval of the two clock times on that day, read in that part of the day.
     */
    private static Expr clockRangeAfterPart(String s, int i, Expr part) {
        Expr rough = roughHour(s, i, part);
        if (rough != null) {
            return rough;
        }
        Num n = Numerals.read(s, part.end());
        if (n == null || !n.smallForm() || n.value() > 23) {
            return null;
        }
        int sep = separator(s, n.end());
        if (sep == 0) {
            return null;
        }
        String code = part.value().substring(part.value().indexOf('T') + 1);
        TimeOfDay t2 = TimeParser.parse(s, n.end() + sep, true, part.pm());
        if (t2 == null || t2.hour() < 0) {
            return null;
        }
        int h1 = n.value();
        if (part.pm() && h1 < 12) {
            h1 += 12;
        } else if (code.equals("NI") && h1 >= 6 && h1 < 12) {
            h1 += 12; // 夜里9到11点
        }
        if (h1 >= t2.hour()) {
            return null;
        }
        TimeOfDay t1 = new TimeOfDay(h1, 0, 0, TimeOfDay.HOUR, null, part.pm(), n.end());
        Expr first = Expr.time(i, n.end(), part.date(), t1, Grain.TIME, false);
        Expr last = Expr.time(n.end() + sep, t2.end(), part.date(), t2, Grain.TIME, false);
        return Expr.interval(i, first, last);
    }

    /**
     * Two neighbouring hours written as one rough time after a day's part (下午两三点, 晚上八九点钟): the interval
     * of the two hours.
     */
    private static Expr roughHour(String s, int i, Expr part) {
        int p = part.end();
        int h1 =
                "一二三四五六七八九十".indexOf(Numerals.charAt(s, p) == '两' ? '二' : Numerals.charAt(s, p))
                        + 1;
        int h2 = "一二三四五六七八九十".indexOf(Numerals.charAt(s, p + 1)) + 1;
        char unit = Numerals.charAt(s, p + 2);
        if (h1 == 0 || h2 != h1 + 1 || unit != '点' && unit != '时') {
            return null;
        }
        int end = Numerals.charAt(s, p + 3) == '钟' ? p + 4 : p + 3;
        String code = part.value().substring(part.value().indexOf('T') + 1);
        boolean evening = part.pm() || code.equals("AF") || code.equals("EV");
        if (h2 < 12 && (evening || code.equals("NI") && h1 >= 6)) {
            h1 += 12;
            h2 += 12;
        }
        TimeOfDay t1 = new TimeOfDay(h1, 0, 0, TimeOfDay.HOUR, null, part.pm(), p + 1);
        // 七八点 names two clock hours, seven o'clock or eight: the stretch runs to the end of the
        // second (21:00)
        TimeOfDay t2 = new TimeOfDay(h2 + 1, 0, 0, TimeOfDay.HOUR, null, part.pm(), end);
        return Expr.interval(
                i,
                Expr.time(i, p + 1, part.date(), t1, Grain.TIME, false),
                Expr.time(p + 1, end, part.date(), t2, Grain.TIME, false));
    }

    /** The length of the separator at i, with a space on either side (08-03 19:05 至 11-02 17:06), or 0. */
    private static int separator(String s, int i) {
        int k = Numerals.charAt(s, i) == ' ' ? i + 1 : i;
        String sep = Numerals.firstAt(s, k, SEPARATORS);
        if (sep == null) {
            return 0;
        }
        int e = k + sep.length();
        if (k > i) {
            if (Numerals.charAt(s, e) != ' ') {
                return 0;
            }
            e++;
        }
        return e - i;
    }

    private static Expr combine(int start, Expr p1, Expr p2) {
        if (p2 == null || !p2.point() || p2.grain() != p1.grain()) {
            return null;
        }
        if (p2.value().compareTo(p1.value()) < 0) {
            boolean rollable =
                    !p2.yearExplicit()
                            && p2.lead() == Grain.MONTH
                            && (p2.grain() == Grain.MONTH
                                    || p2.grain() == Grain.DAY
                                    || p2.grain() == Grain.TIME);
            p2 = rollable ? p2.nextYear() : null;
            if (p2 == null || p2.value().compareTo(p1.value()) < 0) {
                return null;
            }
        }
        return Expr.interval(start, p1, p2);
    }

    /** 5月24-29日, 2023年4-6月: a year or month prefix, a bare number, a separator, a point. */
    private static Expr prefixNumberRange(String s, int i, Expr prefix, Context ctx) {
        Num n = Numerals.read(s, prefix.end());
        if (n == null || !n.smallForm()) {
            return null;
        }
        int sep = separator(s, n.end());
        if (sep == 0) {
            return null;
        }
        int month = prefix.grain() == Grain.MONTH ? prefix.month() : 0;
        Inherit inh = new Inherit(prefix.year(), month, null, false, null);
        Expr p2 = DateParser.parse(s, n.end() + sep, ctx, inh);
        Grain want = prefix.grain() == Grain.YEAR ? Grain.MONTH : Grain.DAY;
        if (p2 == null || p2.grain() != want || p2.lead() != want) {
            return null;
        }
        Expr p1 = first(n, p2);
        return p1 == null ? null : Expr.interval(i, p1, p2);
    }

    /** 4-6月, 2019-2021年, 一至四月: a bare number, a separator, a point of one field. */
    private static Expr bareNumberRange(String s, int i, Context ctx) {
        Num n = Numerals.read(s, i);
        if (n == null) {
            return null;
        }
        int sep = separator(s, n.end());
        if (sep == 0) {
            return null;
        }
        Num n2 = Numerals.read(s, n.end() + sep);
        if ("从自".indexOf(Numerals.charAt(s, i - 1)) >= 0
                && !n.chinese()
                && n.length() == 4
                && n2 != null
                && !n2.chinese()
                && n2.length() == 4
                && n.value() >= DateParser.MIN_YEAR
                && n.value() < n2.value()
                && n2.value() <= DateParser.MAX_YEAR
                && !Numerals.isAsciiDigit(Numerals.charAt(s, n2.end()))
                && "年月日号.%万亿元".indexOf(Numerals.charAt(s, n2.end())) < 0) {
            // 从2019到2021: two years after 从, 年 not written
            return Expr.interval(
                    i,
                    Expr.year(i, n.end(), n.value(), Grain.YEAR, true),
                    Expr.year(n2.start(), n2.end(), n2.value(), Grain.YEAR, true));
        }
        Expr p2 = DateParser.parse(s, n.end() + sep, ctx, Inherit.NONE);
        if (p2 != null
                && p2.point()
                && p2.lead() == Grain.YEAR
                && p2.grain() != Grain.YEAR
                && n.yearForm()
                && n.length() == 4
                && n.value() >= DateParser.MIN_YEAR
                && n.value() < p2.year()) {
            // 1983到87年6月: a year, then a month of a later year
            return Expr.interval(i, Expr.year(i, n.end(), n.value(), Grain.YEAR, true), p2);
        }
        if (p2 != null && p2.grain() == Grain.TIME && p2.lead() == Grain.TIME && p2.hour() >= 0) {
            return bareHourRange(i, n, p2);
        }
        if (p2 == null || !p2.point() || p2.grain() != p2.lead() || p2.grain() == Grain.TIME) {
            return null;
        }
        Expr p1 = first(n, p2);
        return p1 == null ? null : Expr.interval(i, p1, p2);
    }

    /**
     * 8点——9点, 14时至16时: two clock times written to the hour with 点 or 时 and nothing else, the second later
     * than the first, on the anchor date. Alone, 8点 is no time (it may count points); as a range it is one.
     */
    private static Expr bareClockRange(String s, int i, Context ctx) {
        Num n = Numerals.read(s, i);
        if (n == null || !n.smallForm() || n.value() > 24) {
            return null;
        }
        char unit = Numerals.charAt(s, n.end());
        if (unit != '点' && unit != '时') {
            return null;
        }
        int sep = separator(s, n.end() + 1);
        if (sep == 0) {
            return null;
        }
        int q = n.end() + 1 + sep;
        Num m = Numerals.read(s, q);
        if (m == null
                || !m.smallForm()
                || m.value() > 24
                || m.value() <= n.value()
                || Numerals.charAt(s, m.end()) != unit) {
            return null;
        }
        TimeOfDay t2 = TimeParser.parse(s, q, true, false);
        if (t2 == null || t2.hour() != m.value() || unit == '点' && !clockContext(s, t2.end())) {
            return null;
        }
        LocalDate d = ctx.anchor();
        TimeOfDay t1 = new TimeOfDay(n.value(), 0, 0, TimeOfDay.HOUR, null, false, n.end() + 1);
        Expr first = Expr.time(i, n.end() + 1, d, t1, Grain.TIME, false);
        return Expr.interval(i, first, Expr.time(q, t2.end(), d, t2, Grain.TIME, false));
    }

    /**
     * Whether what follows 8点到9点 shows the hours are a time, not points (3点到5点建议): the end of the text,
     * punctuation, or a word of time or schedule.
     */
    private static boolean clockContext(String s, int e) {
        char c = Numerals.charAt(s, e);
        return c == '\0'
                || "，。、；：！？,.;:!?）) ".indexOf(c) >= 0
                || Numerals.firstAt(s, e, TimeLists.get().clockFollowers) != null;
    }

    // the words after a bare clock time are data: models/time-followers.tsv (use clock)

    /** 8~11点半, 3到5点半: a bare hour before a clock time that is written with its minutes. */
    private static Expr bareHourRange(int i, Num n, Expr p2) {
        if (!n.smallForm() || n.value() > 23) {
            return null;
        }
        int h1 = p2.pm() && n.value() < 12 ? n.value() + 12 : n.value();
        if (h1 >= p2.hour()) {
            return null;
        }
        TimeOfDay t1 = new TimeOfDay(h1, 0, 0, TimeOfDay.HOUR, null, p2.pm(), n.end());
        return Expr.interval(i, Expr.time(i, n.end(), p2.date(), t1, Grain.TIME, false), p2);
    }

    /** The first end built from a bare number in the field p2 leads with, or null if invalid or after p2. */
    private static Expr first(Num n, Expr p2) {
        int v = n.value();
        switch (p2.grain()) {
            case YEAR:
                if (!n.yearForm() || v < DateParser.MIN_YEAR || v >= p2.year()) {
                    return null;
                }
                return Expr.year(n.start(), n.end(), v, Grain.YEAR, true);
            case MONTH:
                if (!n.smallForm() || v < 1 || v >= p2.month()) {
                    return null;
                }
                return Expr.month(n.start(), n.end(), p2.year(), v, Grain.MONTH, false);
            case DAY:
                {
                    LocalDate d = p2.date();
                    if (!n.smallForm()
                            || v < 1
                            || v >= d.getDayOfMonth()
                            || !YearMonth.from(d).isValidDay(v)) {
                        return null;
                    }
                    return Expr.day(
                            n.start(), n.end(), d.withDayOfMonth(v), Grain.DAY, false, null);
                }
            default:
                return null;
        }
    }
}
