package io.github.zhnews.internal.time;

import static io.github.zhnews.internal.time.Numerals.at;
import static io.github.zhnews.internal.time.Numerals.charAt;
import static io.github.zhnews.internal.time.Numerals.isAsciiDigit;

import io.github.zhnews.internal.time.Expr.Grain;
import io.github.zhnews.internal.time.Numerals.Num;
import io.github.zhnews.model.DateType;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Parses one point expression starting at a given offset: [year] [month] [day] [time of day], where each part
 * may be written with digits, Chinese numerals or a relative word, plus the parts of a year or month (上半年,
 * 一季度, 年底, 上旬, 月底), weeks, holidays and the dotted / slashed / dashed numeric forms.
 */
final class DateParser {
    static final int MIN_YEAR = 1000;
    static final int MAX_YEAR = 2100;

    private DateParser() {}

    static Expr parse(String s, int i, Context ctx, Inherit inh) {
        LocalDate ref = ctx.reference();
        Expr numeric = numericDate(s, i, inh != Inherit.NONE);
        if (numeric == null) {
            numeric = MachineDates.parse(s, i, ref, inh);
        }
        if (numeric != null) {
            return numeric;
        }
        int p = i;
        int year = 0;
        boolean relativeYear = false;
        RelativeWords.Rel ry = RelativeWords.year(s, i);
        int zodiac = LunarDates.zodiacYear(s, i, ref);
        int ganzhi = zodiac == 0 ? LunarDates.ganzhiYear(s, i, ref) : 0;
        if (zodiac != 0 || ganzhi != 0) {
            year = zodiac != 0 ? zodiac : ganzhi;
            p += zodiac != 0 ? 2 : 3;
            relativeYear = true;
            if (charAt(s, p) == '初') {
                Expr first =
                        LunarDates.parse(s, i, p - 1, year, ref); // 虎年初一: the first month's day
                if (first != null) {
                    return first;
                }
            }
        } else if (era(s, i) != null) {
            TimeLists.Era era = era(s, i);
            int q = i + era.name().length();
            Num n = Numerals.read(s, q);
            int count;
            int yearEnd;
            if (charAt(s, q) == '元' && charAt(s, q + 1) == '年') {
                count = 1; // 民国元年
                yearEnd = q + 1;
            } else if (n != null
                    && n.value() >= 1
                    && n.value() <= 100
                    && charAt(s, n.end()) == '年') {
                count = n.value();
                yearEnd = n.end();
            } else {
                return null;
            }
            year = era.firstYear() + count - 1;
            p = yearEnd + 1;
            relativeYear = true;
            if (!era.gregorianMonths()) {
                // an imperial reign counts lunar months, which zhnews converts only from 1949: the
                // year alone,
                // the months written kept in the mention
                Num m = Numerals.read(s, p);
                int e =
                        m != null
                                        && m.smallForm()
                                        && m.value() >= 1
                                        && m.value() <= 12
                                        && charAt(s, m.end()) == '月'
                                ? m.end() + 1
                                : p;
                Num d = Numerals.read(s, e);
                if (e > p
                        && d != null
                        && d.smallForm()
                        && d.value() <= 30
                        && charAt(s, d.end()) == '日') {
                    e = d.end() + 1;
                } else if (e > p && charAt(s, e) == '初' && Numerals.read(s, e + 1) != null) {
                    e = Numerals.read(s, e + 1).end();
                }
                return Expr.year(i, e, year, Grain.YEAR, true);
            }
        } else if (ry != null) {
            year = (ry.anchored() ? ctx.yearInFocus() : ref.getYear()) + ry.offset();
            p += ry.word().length();
            relativeYear = true;
        } else {
            boolean ad = at(s, i, "公元");
            boolean bc = at(s, i, "公元前");
            int q0 = bc ? i + 3 : ad ? i + 2 : i;
            Num n = Numerals.read(s, q0);
            int yearEnd =
                    n == null
                            ? -1
                            : charAt(s, n.end()) == '年'
                                    ? n.end()
                                    : charAt(s, n.end()) == ' ' && charAt(s, n.end() + 1) == '年'
                                            ? n.end() + 1
                                            : -1;
            if (n != null
                    && yearEnd > 0
                    && (ad && n.value() >= 1 && (n.hasUnit() || n.length() <= 4)
                            || n.yearForm() && yearOk(s, n)
                            || unitYear(s, n, yearEnd + 1)
                            || shortYear(s, n, yearEnd + 1))) {
                year = bc ? 1 - n.value() : n.value();
                p = yearEnd + 1;
                if (charAt(s, p) == '度') {
                    p++;
                }
            } else if (n != null && !ad && (twoDigitYear(s, n) || spelledTwoDigitYear(s, n))) {
                year = YearInference.forTwoDigitYear(n.value(), ref);
                p = n.end() + 1;
            }
        }
        if (year != 0) {
            Expr nth = nthOfYear(s, i, p, year, inh);
            if (nth != null) {
                return nth;
            }
            // a holiday or solar term first: 2024年冬至 and 今年春分 are days, not 2024年冬 and 今年春 cut
            // short
            RelativeWords.Holiday h = RelativeWords.holiday(s, p, true);
            if (h != null) {
                Expr e = holiday(s, i, p, h, year, ref);
                if (e != null) {
                    return e;
                }
            }
            Expr part = YearParts.afterYear(s, i, p, year, relativeYear);
            if (part != null) {
                return part;
            }
            Expr lunar = LunarDates.parse(s, i, p, year, ref);
            if (lunar != null) {
                return lunar;
            }
            if (at(s, p, "新春") || at(s, p, "新年")) {
                // 1998年新春, 虎年新年: the new-year season of that year, at the precision of the year
                return Expr.other(i, p + 2, Timex.year(year), DateType.DATE);
            }
        } else {
            Expr lunar = LunarDates.parse(s, i, i, 0, ref);
            if (lunar != null) {
                return lunar;
            }
            Expr standalone = standalone(s, i, ctx, inh);
            if (standalone != null) {
                return standalone;
            }
        }
        // month
        int month = 0;
        boolean yearFromMonthWord = false;
        if (year != 0 && charAt(s, p) == ' ' && monthAt(s, p + 1)) {
            p++; // 2015年 三月
        }
        Num mn = Numerals.read(s, p);
        if (mn != null
                && mn.smallForm()
                && charAt(s, mn.end()) == '月'
                && mn.value() >= 1
                && mn.value() <= 12
                && (p > i || "前近头每数几这".indexOf(charAt(s, i - 1)) < 0)) {
            month = mn.value();
            p = mn.end() + 1;
            if (charAt(s, p) == '份') {
                p++;
            }
        } else if (mn != null && charAt(s, mn.end()) == '月' && year != 0) {
            return null; // 2023年13月, 2023年0月: an invalid month spoils the whole expression
        } else if (year != 0 && (at(s, p, "本月") || at(s, p, "当月") || at(s, p, "同月"))) {
            month = s.charAt(p) == '本' ? ref.getMonthValue() : ctx.monthInFocus().getMonthValue();
            p += 2; // 去年本月五日: that year, this month
        } else if (year == 0) {
            RelativeWords.Rel rm = RelativeWords.month(s, p);
            if (rm != null) {
                LocalDate base = rm.anchored() ? ctx.monthInFocus() : ref;
                LocalDate m = base.plusMonths(rm.offset());
                year = m.getYear();
                month = m.getMonthValue();
                yearFromMonthWord = true;
                p += rm.word().length();
            }
        }
        if (month == 0) {
            return year == 0 ? null : Expr.year(i, p, year, Grain.YEAR, true);
        }
        boolean yearWritten = year != 0;
        Grain lead = yearWritten && !yearFromMonthWord ? Grain.YEAR : Grain.MONTH;
        // day
        Num dn = Numerals.read(s, p);
        if (dn != null
                && dn.smallForm()
                && dn.value() >= 1
                && dn.value() <= 31
                && (charAt(s, dn.end()) == '日' || charAt(s, dn.end()) == '号')) {
            int day = dn.value();
            int y =
                    yearWritten
                            ? year
                            : inh.year() != 0
                                    ? inh.year()
                                    : YearInference.forMonthDay(
                                            month,
                                            day,
                                            ref,
                                            YearInference.markedAhead(s, i, dn.end() + 1));
            if (y == 0 || !YearMonth.of(y, month).isValidDay(day)) {
                return null;
            }
            return withTime(
                    s, i, dn.end() + 1, LocalDate.of(y, month, day), lead, yearWritten, inh);
        }
        if (dn != null && charAt(s, dn.end()) == '日') {
            return null; // 5月0日, 5月32日
        }
        if (dn != null && bareDayAfterMonth(s, dn)) {
            // 1月3, 四月十三, 1月5至2月12: the day without 日 where nothing after it makes the number a
            // count
            int day = dn.value();
            int y =
                    yearWritten
                            ? year
                            : inh.year() != 0
                                    ? inh.year()
                                    : YearInference.forMonthDay(
                                            month,
                                            day,
                                            ref,
                                            YearInference.markedAhead(s, i, dn.end()));
            if (y != 0 && YearMonth.of(y, month).isValidDay(day)) {
                return Expr.day(i, dn.end(), LocalDate.of(y, month, day), lead, yearWritten, null);
            }
        }
        if (!yearWritten) {
            year =
                    inh.year() != 0
                            ? inh.year()
                            : YearInference.forMonth(
                                    month, ref, YearInference.markedAhead(s, i, p));
        }
        Expr week = nthWeekOfMonth(s, i, p, year, month, inh);
        if (week != null) {
            return week;
        }
        Expr monthPart = YearParts.afterMonth(s, i, p, year, month);
        if (monthPart != null) {
            return monthPart;
        }
        return Expr.month(i, p, year, month, lead, yearWritten);
    }

    /** Expressions that cannot start with a year: relative days, weeks, holidays, bare days, clock times. */
    private static Expr standalone(String s, int i, Context ctx, Inherit inh) {
        LocalDate ref = ctx.reference();
        RelativeWords.Rel rd = RelativeWords.day(s, i);
        if (rd != null) {
            LocalDate d = (rd.anchored() ? ctx.anchor() : ref).plusDays(rd.offset());
            int p = i + rd.word().length();
            if (rd.period() != null) {
                TimeOfDay t =
                        TimeParser.parse(s, p, true, TimeParser.part(rd.period()).equals("EV"));
                if (t == null || t.hour() < 0) {
                    t = TimeOfDay.part(TimeParser.part(rd.period()), false, p);
                }
                return Expr.time(i, t.end(), d, t, Grain.DAY, true);
            }
            return withTime(s, i, p, d, Grain.DAY, true, inh);
        }
        Expr week = week(s, i, ref, inh);
        if (week != null) {
            return week;
        }
        RelativeWords.Holiday h = RelativeWords.holiday(s, i, false);
        if (h != null) {
            // the second end of a range takes the first's year: 前年春节到元宵节
            return holiday(s, i, i, h, inh.year(), ref);
        }
        if (at(s, i, "今明两年") || at(s, i, "今明两天")) {
            LocalDate d = ref;
            String v =
                    s.charAt(i + 3) == '年'
                            ? Timex.interval(Timex.year(d.getYear()), Timex.year(d.getYear() + 1))
                            : Timex.interval(Timex.date(d), Timex.date(d.plusDays(1)));
            return Expr.other(i, i + 4, v, DateType.INTERVAL);
        }
        Expr quarter = YearParts.relativeQuarter(s, i, ref);
        if (quarter != null) {
            return quarter;
        }
        Expr part = YearParts.standalone(s, i, ref.getYear());
        if (part != null) {
            return part;
        }
        Expr bareDay = bareDay(s, i, ref, inh);
        if (bareDay != null) {
            return bareDay;
        }
        // the second end of a clock range may be a bare hour: 下午1点10分到3点
        TimeOfDay t = TimeParser.parse(s, i, inh.date() != null, inh.pm());
        if (t != null && t.hour() >= 0) {
            LocalDate d = inh.date() != null ? inh.date() : ctx.anchor();
            return Expr.time(i, t.end(), d, t, Grain.TIME, false);
        }
        String period = Numerals.firstAt(s, i, TimeLists.get().lonePeriods);
        if (period != null && (inh.date() != null || !afterOrdinalDay(s, i))) {
            LocalDate d = inh.date() != null ? inh.date() : ctx.anchor();
            String code = TimeParser.part(period);
            return Expr.time(
                    i,
                    i + period.length(),
                    d,
                    TimeOfDay.part(code, false, i + period.length()),
                    Grain.OTHER,
                    false);
        }
        Expr season = season(s, i, ref);
        if (season != null) {
            return season;
        }
        return era(s, i, ref);
    }

    /**
     * Whether {@code i} follows a numbered day, 第N天 or 最后一天 (比赛第三天上午, 展会最后一天上午): the day counts
     * from an event the text names, so a part of the day after it is not on the date in focus. 第二天, the next
     * day, is a relative word and read before; 当天上午 and 那天上午 are on the date in focus.
     */
    private static boolean afterOrdinalDay(String s, int i) {
        if (charAt(s, i - 1) != '天') {
            return false;
        }
        int k = i - 2;
        while (k >= 0
                && (Numerals.isAsciiDigit(s.charAt(k)) || Numerals.isChineseNumeral(s.charAt(k)))) {
            k--;
        }
        return k < i - 2;
    }

    // the parts of a day standing alone (黎明 only after a date, 昨天黎明: alone it is as often a name,
    // 张黎明) and
    // the season words are data: models/time-day-parts.tsv (use alone), models/time-seasons.tsv

    /** 春天, 今冬, 去年秋季 (the year part is read by the caller): TIMEX3 {@code 2023-SU}. */
    private static Expr season(String s, int i, LocalDate ref) {
        for (TimeLists.Season e : TimeLists.get().seasons) {
            if (Numerals.at(s, i, e.word())) {
                int y = ref.getYear() + e.yearOffset();
                if (e.season().equals("WI") && e.yearOffset() == 0 && ref.getMonthValue() <= 2) {
                    y--; // winter of January and February began the year before
                }
                return Expr.other(
                        i, i + e.word().length(), Timex.year(y) + "-" + e.season(), DateType.DATE);
            }
        }
        return null;
    }

    /** 本世纪, 上世纪70年代, 18世纪, 二十世纪九十年代, 80年代: TIMEX3 centuries ({@code 19}) and decades ({@code 198}). */
    private static Expr era(String s, int i, LocalDate ref) {
        int p = i;
        int century = 0; // the ordinal (20 = 1900s)
        int refOrdinal = (ref.getYear() - 1) / 100 + 1;
        if (at(s, p, "本世纪") || at(s, p, "上世纪") || at(s, p, "下世纪")) {
            century = refOrdinal + (s.charAt(p) == '上' ? -1 : s.charAt(p) == '下' ? 1 : 0);
            p += 3;
        } else {
            Num n = Numerals.read(s, p);
            if (n != null
                    && n.value() >= 1
                    && n.value() <= 21
                    && at(s, n.end(), "世纪")
                    && charAt(s, p - 1) != '第') {
                century = n.value();
                p = n.end() + 2;
            }
        }
        Num d = Numerals.read(s, p);
        if (d != null
                && d.value() % 10 == 0
                && d.value() <= 90
                && at(s, d.end(), "年代")
                && (d.chinese() ? d.value() >= 10 : d.length() == 2)) {
            int c0 =
                    century != 0
                            ? century - 1
                            : ((ref.getYear() / 100) * 100 + d.value() > ref.getYear()
                                    ? ref.getYear() / 100 - 1
                                    : ref.getYear() / 100);
            int decade = c0 * 10 + d.value() / 10;
            Expr part = partOfEra(s, i, d.end() + 2, decade * 10, 10);
            return part != null
                    ? part
                    : Expr.other(i, d.end() + 2, String.format("%03d", decade), DateType.DATE);
        }
        if (century == 0) {
            return null;
        }
        Expr part = partOfEra(s, i, p, (century - 1) * 100, 100);
        return part != null
                ? part
                : Expr.other(i, p, String.format("%02d", century - 1), DateType.DATE);
    }

    /**
     * The early, middle or late years of a decade or century written after it: 90年代末期 = 1997/1999, 60年代前期 =
     * 1960/1962 (three years of a decade, as JioNLP reads them), 11世纪初 = 1000/1019 (twenty years of a century),
     * 20世纪中叶 = 1940/1959; null when no such word follows.
     */
    private static Expr partOfEra(String s, int i, int p, int first, int length) {
        String word = Numerals.firstAt(s, p, ERA_PARTS);
        if (word == null) {
            return null;
        }
        int years = length == 10 ? 3 : 20;
        char c = word.charAt(0);
        int k = "初前早".indexOf(c) >= 0 ? 0 : c == '中' ? 1 : 2;
        int from = k == 0 ? first : k == 1 ? first + (length - years) / 2 : first + length - years;
        return Expr.other(
                i,
                p + word.length(),
                Timex.interval(Timex.year(from), Timex.year(from + years - 1)),
                DateType.INTERVAL);
    }

    private static final String[] ERA_PARTS = {
        "初期", "前期", "早期", "初叶", "中期", "中叶", "后期", "末期", "晚期", "末叶", "初", "末"
    };

    /**
     * The end of a weekday written in apposition right after a date (6月1日周六), which the date already pins
     * down, or p when there is none. A weekday in brackets (5月21日（星期日）) stays apart, as People's Daily
     * tags it.
     */
    private static int afterWeekday(String s, int p) {
        if ("日号天".indexOf(charAt(s, p - 1)) < 0) {
            return p; // 周二周三 is a choice of two days, not one in apposition
        }
        int w = RelativeWords.weekWord(s, p);
        if (w == 0 || RelativeWords.weekday(s, p + w, w == 2) == 0) {
            return p;
        }
        int e = p + w + 1;
        char next = charAt(s, e);
        return next == '至' || next == '到' || next == '-' || next == '—' || next == '~' ? p : e;
    }

    /**
     * Whether a number right after 月 is its day though 日 is not written: 1 to 31, Arabic or a Chinese numeral
     * of two characters at least (十三, 二十一), followed by the end of the text, punctuation or a range
     * separator — never by a unit or anything else that makes it a count (1月3万人, 5月3.5%).
     */
    private static boolean bareDayAfterMonth(String s, Num dn) {
        if (!dn.smallForm()
                || dn.value() < 1
                || dn.value() > 31
                || dn.chinese() && dn.length() < 2) {
            return false;
        }
        int e = dn.end();
        char next = charAt(s, e);
        if (next == '\0' || "，。,；;！？!?）)至到~—–".indexOf(next) >= 0) {
            return true;
        }
        return next == '-' && isAsciiDigit(charAt(s, e + 1));
    }

    private static Expr withTime(
            String s, int i, int p, LocalDate d, Grain lead, boolean explicit, Inherit inh) {
        p = afterWeekday(s, p);
        TimeOfDay t = TimeParser.parse(s, p, true, false);
        if (t != null) {
            return Expr.time(i, t.end(), d, t, lead, explicit);
        }
        return Expr.day(i, p, d, lead, explicit, null);
    }

    /** The era whose name starts at i (民国, 乾隆), or null. */
    static TimeLists.Era era(String s, int i) {
        java.util.List<TimeLists.Era> list = TimeLists.get().eras.get(charAt(s, i));
        if (list == null) {
            return null;
        }
        for (TimeLists.Era e : list) {
            if (at(s, i, e.name())) {
                return e;
            }
        }
        return null;
    }

    /** Whether a month (digits or a Chinese numeral and 月) starts at p. */
    private static boolean monthAt(String s, int p) {
        Num m = Numerals.read(s, p);
        return m != null
                && m.smallForm()
                && m.value() >= 1
                && m.value() <= 12
                && charAt(s, m.end()) == '月';
    }

    /**
     * A year written as a Chinese number with units (两千零八年八月, 一九九八 aside): only before a month or a part
     * of the year, since 两千年 alone is as often two thousand years.
     */
    private static boolean unitYear(String s, Num n, int after) {
        return n.chinese()
                && n.hasUnit()
                && n.value() >= MIN_YEAR
                && n.value() <= MAX_YEAR
                && "近约超逾达数前第每".indexOf(charAt(s, n.start() - 1)) < 0
                && (monthAt(s, after) || "底末初".indexOf(charAt(s, after)) >= 0);
    }

    /**
     * A year before 1000 in digits (618年): only before a month, or right after 于, 在, 自, 从 or 至 with a comma
     * or the end of the text after it (于618年建立 aside, 618年的历史 is a count).
     */
    private static boolean shortYear(String s, Num n, int after) {
        if (n.chinese() || n.length() != 3 || n.value() < 100) {
            return false;
        }
        if (monthAt(s, after)) {
            return true;
        }
        char prev = charAt(s, n.start() - 1);
        char next = charAt(s, after);
        return n.start() == 0 && next == '\0'
                || "于在自从至".indexOf(prev) >= 0 && (next == '\0' || "，,。".indexOf(next) >= 0);
    }

    private static boolean yearOk(String s, Num n) {
        int y = n.value();
        if (y < MIN_YEAR || y > MAX_YEAR || "近约超逾达数前第每".indexOf(charAt(s, n.start() - 1)) >= 0) {
            return false;
        }
        int after = n.end() + 1;
        char c = charAt(s, after);
        if (c == '来' || c == '多' || c == '余' || at(s, after, "之久") || at(s, after, "左右")) {
            return false;
        }
        return !(c == '前' && y < 1900);
    }

    /** The number in 第N周, 第N个星期, 第N个礼拜 at q (after 第), with the end of the week word: {n, end}, or null. */
    private static int[] nth(String s, int q) {
        Num n = Numerals.readOrdinal(s, q);
        if (n == null || n.value() < 1 || n.value() > 53 || !(n.smallForm() || n.hasUnit())) {
            return null;
        }
        int k = n.end();
        if (charAt(s, k) == '个') {
            k++;
        }
        String w = Numerals.firstAt(s, k, "周", "星期", "礼拜");
        return w == null ? null : new int[] {n.value(), k + w.length()};
    }

    /**
     * 第N周 of a year (week N starts on the year's Nth Monday: 2021年第一周 is 4-10 January) and 第N天 of a year
     * (2025年第一天 is 1 January), written right after the year; null otherwise.
     */
    private static Expr nthOfYear(String s, int i, int p, int year, Inherit inh) {
        if (charAt(s, p) != '第') {
            return null;
        }
        int[] w = nth(s, p + 1);
        if (w != null) {
            if (RelativeWords.weekday(s, w[1], true) > 0) {
                return null;
            }
            LocalDate monday =
                    LocalDate.of(year, 1, 1)
                            .with(
                                    java.time.temporal.TemporalAdjusters.firstInMonth(
                                            java.time.DayOfWeek.MONDAY))
                            .plusWeeks(w[0] - 1L);
            if (monday.getYear() != year) {
                return null;
            }
            return Expr.other(i, w[1], Timex.week(monday), DateType.DATE);
        }
        Num n = Numerals.readOrdinal(s, p + 1);
        if (n != null
                && n.value() >= 1
                && n.value() <= 366
                && charAt(s, n.end()) == '天'
                && n.value() <= java.time.Year.of(year).length()) {
            return withTime(
                    s, i, n.end() + 1, LocalDate.ofYearDay(year, n.value()), Grain.YEAR, true, inh);
        }
        return null;
    }

    /**
     * 第N周 of a month (3月第三周, 本月第2周; week N starts on the month's Nth Monday, as 2021年5月第一周 is 3-9 May)
     * and the Nth weekday of a month (七月份的第一个周一), written right after the month; null otherwise.
     */
    private static Expr nthWeekOfMonth(String s, int i, int p, int year, int month, Inherit inh) {
        int q = charAt(s, p) == '的' ? p + 1 : p;
        if (charAt(s, q) != '第') {
            return null;
        }
        int[] w = nth(s, q + 1);
        if (w == null || w[0] > 5) {
            return null;
        }
        int dow = RelativeWords.weekday(s, w[1], true);
        LocalDate first = LocalDate.of(year, month, 1);
        if (dow > 0) {
            LocalDate d =
                    first.with(
                            java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(
                                    w[0], java.time.DayOfWeek.of(dow)));
            if (d.getMonthValue() != month) {
                return null;
            }
            return withTime(s, i, w[1] + 1, d, Grain.MONTH, true, inh);
        }
        LocalDate monday =
                first.with(
                                java.time.temporal.TemporalAdjusters.firstInMonth(
                                        java.time.DayOfWeek.MONDAY))
                        .plusWeeks(w[0] - 1L);
        if (monday.getMonthValue() != month) {
            return null;
        }
        return Expr.other(i, w[1], Timex.week(monday), DateType.DATE);
    }

    /**
     * A year written with two digits (16年4月8日, 零七年八月, 98年4月, 19年底, 06年第二季度): only when a month, a part of
     * the year or a holiday follows, so that 15年 as a count of years is never read as a date.
     */
    private static boolean twoDigitYear(String s, Num n) {
        if (n.length() != 2
                || n.hasUnit()
                || charAt(s, n.end()) != '年'
                || "近约超逾达数前第每共满来余多这那".indexOf(charAt(s, n.start() - 1)) >= 0) {
            return false;
        }
        int q = n.end() + 1;
        if (!n.chinese()
                && s.charAt(n.start()) == '0'
                && "来多余内间里以之代级度半".indexOf(charAt(s, q)) < 0) {
            return true; // 09年的金融危机: no count of years is written with a leading zero
        }
        Num m = Numerals.read(s, q);
        if (m != null
                && m.smallForm()
                && m.value() >= 1
                && m.value() <= 12
                && charAt(s, m.end()) == '月') {
            return true;
        }
        char c = charAt(s, q);
        if ((c == '底' || c == '末' || c == '初') && !Numerals.isChineseNumeral(charAt(s, q + 1))) {
            return true;
        }
        if (YearParts.monthsOfYear(s, n.start(), q, 2000) != null) {
            return true; // 六二年前五个月
        }
        if (at(s, q, "上半年")
                || at(s, q, "下半年")
                || at(s, q, "首季度")
                || at(s, q, "第")
                || at(s, q + 1, "季度") && "一二三四1234".indexOf(c) >= 0) {
            return true;
        }
        return RelativeWords.holiday(s, q, true) != null;
    }

    /**
     * A two-digit year spelled digit by digit in Chinese (三三年, 九八年, 零七年) standing alone: such a pair is
     * never a count, except two consecutive digits, which give a rough number (七八年 = seven or eight years);
     * nothing after 年 may make it a span of years (三三年来, 九八年间).
     */
    private static boolean spelledTwoDigitYear(String s, Num n) {
        if (!n.chinese() || n.length() != 2 || n.hasUnit() || charAt(s, n.end()) != '年') {
            return false;
        }
        int d1 = DIGITS.indexOf(charAt(s, n.start())) % 10;
        int d2 = DIGITS.indexOf(charAt(s, n.start() + 1)) % 10;
        if (d1 < 0 || d2 < 0 || d2 == d1 + 1) {
            return false;
        }
        char prev = charAt(s, n.start() - 1);
        if (Numerals.isChineseNumeral(prev)
                || isAsciiDigit(prev)
                || "近约超逾达数前第每共满来余多这那".indexOf(prev) >= 0) {
            return false;
        }
        return "来多余内间里以之代级度半".indexOf(charAt(s, n.end() + 1)) < 0;
    }

    /** Chinese digits, 〇 and 零 both zero (index modulo 10 is the digit). */
    private static final String DIGITS = "〇一二三四五六七八九零";

    private static Expr bareDay(String s, int i, LocalDate ref, Inherit inh) {
        Num n = Numerals.read(s, i);
        // 号 only where a month is inherited (从12月九号到十五号): alone, 15号 is as often a number (15号楼)
        if (n == null
                || !n.smallForm()
                || n.value() < 1
                || n.value() > 31
                || charAt(s, n.end()) != '日'
                        && (charAt(s, n.end()) != '号' || inh.month() == 0 && !dayByNumber(s, n))) {
            return null;
        }
        if (n.chinese() && n.length() < 2 && inh.month() == 0) {
            return null; // 八日 alone; as a range end (二月六日至八日) it is a day
        }
        if ("月近每前后这头数".indexOf(charAt(s, i - 1)) >= 0) {
            return null;
        }
        int after = n.end() + 1;
        char c = charAt(s, after);
        if ("内来间游元里".indexOf(c) >= 0
                || at(s, after, "之内")
                || at(s, after, "以内")
                || at(s, after, "以来")
                || at(s, after, "之久")) {
            return null;
        }
        if ((c == '前' || c == '后') && n.value() <= 10) {
            return null;
        }
        LocalDate d;
        if (inh.month() != 0) {
            if (!YearMonth.of(inh.year(), inh.month()).isValidDay(n.value())) {
                return null;
            }
            d = LocalDate.of(inh.year(), inh.month(), n.value());
        } else {
            d = YearInference.forDay(n.value(), ref);
        }
        if (d == null) {
            return null;
        }
        return withTime(s, i, after, d, Grain.DAY, false, inh);
    }

    /**
     * Whether a bare 20号 is a day: nothing before it that makes it a number (第, 编, 楼, a digit) and, after it,
     * the end of the text, punctuation, a part of the day, a range or deadline word, or a verb of an event
     * (20号举行) — never a noun (20号楼, 20号选手).
     */
    private static boolean dayByNumber(String s, Num n) {
        char prev = charAt(s, n.start() - 1);
        if ("第编楼房门车线号码".indexOf(prev) >= 0 || Numerals.isAsciiLetter(prev)) {
            return false;
        }
        int e = n.end() + 1;
        char next = charAt(s, e);
        if (next == '\0' || "，。,.；;！!？?、）) ".indexOf(next) >= 0) {
            return true;
        }
        return Numerals.firstAt(s, e, TimeLists.get().dayFollowers) != null;
    }

    // the words after a bare day are data: models/time-followers.tsv (use day)

    /** 本周三, 上周五, 下周, 本周末, 周一, 星期天. */
    private static Expr week(String s, int i, LocalDate ref, Inherit inh) {
        char c = charAt(s, i);
        int shift;
        int p = i;
        if ("本这上下".indexOf(c) >= 0) {
            if ((c == '上' || c == '下') && charAt(s, i - 1) == c) {
                return null; // 下下下周一 is not 下下周一 read from its second character
            }
            shift = c == '上' ? -1 : c == '下' ? 1 : 0;
            p++;
            if (c == '上' && charAt(s, p) == '上' || c == '下' && charAt(s, p) == '下') {
                shift *= 2; // 上上周, 下下周
                p++;
            }
            if (charAt(s, p) == '一' && !Numerals.isChineseNumeral(charAt(s, p + 1))) {
                p++; // 上一周
            }
            if (charAt(s, p) == '个') {
                p++;
            }
        } else {
            char prev = charAt(s, i - 1);
            if (Numerals.isChineseNumeral(prev)
                    || isAsciiDigit(prev)
                    || "每几数个半上下本这两".indexOf(prev) >= 0) {
                return null;
            }
            shift = Integer.MIN_VALUE;
        }
        int w = RelativeWords.weekWord(s, p);
        if (w == 0) {
            return null;
        }
        p += w;
        int dow = RelativeWords.weekday(s, p, w == 2);
        if (dow == 0 && shift != Integer.MIN_VALUE) {
            // 上周星期三, 下周周六, 本周的周五: the week word again before the weekday
            int q = charAt(s, p) == '的' ? p + 1 : p;
            int w2 = RelativeWords.weekWord(s, q);
            int dow2 = w2 > 0 ? RelativeWords.weekday(s, q + w2, w2 == 2) : 0;
            if (dow2 > 0) {
                p = q + w2;
                dow = dow2;
            }
        }
        if (dow > 0 && charAt(s, p + 1) != '年') {
            LocalDate d;
            if (shift != Integer.MIN_VALUE) {
                LocalDate monday = RelativeWords.monday(ref).plusWeeks(shift);
                d = monday.plusDays(dow - 1L);
                return withWeek(s, i, p + 1, d, monday, inh);
            }
            if (inh.weekMonday() != null) {
                d = inh.weekMonday().plusDays(dow - 1L);
                return withWeek(s, i, p + 1, d, inh.weekMonday(), inh);
            }
            d = RelativeWords.nearestWeekday(dow, ref);
            return withWeek(s, i, p + 1, d, RelativeWords.monday(d), inh);
        }
        if (shift == Integer.MIN_VALUE) {
            return null;
        }
        LocalDate any = ref.plusWeeks(shift);
        if (charAt(s, p) == '末') {
            return Expr.other(i, p + 1, Timex.week(any) + "-WE", DateType.DATE);
        }
        if (RelativeWords.weekBreaker(charAt(s, p))) {
            return null;
        }
        return Expr.other(i, p, Timex.week(any), DateType.DATE);
    }

    private static Expr withWeek(
            String s, int i, int p, LocalDate d, LocalDate monday, Inherit inh) {
        Expr e = withTime(s, i, p, d, Grain.DAY, true, inh);
        if (e.type() == DateType.DATE) {
            return Expr.day(e.start(), e.end(), d, Grain.DAY, true, monday);
        }
        return e;
    }

    private static Expr holiday(
            String s, int i, int p, RelativeWords.Holiday h, int year, LocalDate ref) {
        LocalDate d = LunarDates.holiday(h, year, ref);
        if (d == null) {
            return null;
        }
        return withTime(s, i, p + h.word().length(), d, Grain.DAY, year != 0, Inherit.NONE);
    }

    /** 2023.5.1, 2023/05/20, 2023-05-20, optionally followed by a clock time. */
    private static Expr numericDate(String s, int i, boolean rangeEnd) {
        Num y = Numerals.read(s, i);
        if (y == null
                || y.chinese()
                || y.length() != 4
                || y.value() < MIN_YEAR
                || y.value() > MAX_YEAR) {
            return null;
        }
        char prev = charAt(s, i - 1);
        if (prev == '/' || prev == '-' && !rangeEnd) {
            return null;
        }
        char sep = charAt(s, y.end());
        if (sep != '.' && sep != '/' && sep != '-') {
            return null;
        }
        int[] m = digits(s, y.end() + 1);
        if (m == null || charAt(s, m[1]) != sep) {
            return null;
        }
        int[] d = digits(s, m[1] + 1);
        if (d == null) {
            return null;
        }
        if (y.value() < 1900 && (m[1] - y.end() != 3 || d[1] - m[1] != 3)) {
            return null; // before 1900 only fully padded (1840-06-28): 1850.5.1 may be a version or
            // an amount
        }
        int end = d[1];
        char next = charAt(s, end);
        if (next == '-'
                && sep == '-'
                && charAt(s, end + 3) == ':'
                && isAsciiDigit(charAt(s, end + 1))
                && m[0] >= 1
                && m[0] <= 12
                && d[0] >= 1
                && YearMonth.of(y.value(), m[0]).isValidDay(d[0])) {
            TimeOfDay t = TimeParser.parse(s, end + 1, true, false); // 2021-09-12-11:23
            if (t != null && t.hour() >= 0) {
                return Expr.time(
                        i, t.end(), LocalDate.of(y.value(), m[0], d[0]), t, Grain.YEAR, true);
            }
        }
        if (next == sep && isAsciiDigit(charAt(s, end + 1))
                || next == '.' && isAsciiDigit(charAt(s, end + 1))
                || Numerals.isAsciiLetter(next) && next != 'T') {
            return null;
        }
        if (m[0] < 1 || m[0] > 12 || d[0] < 1 || !YearMonth.of(y.value(), m[0]).isValidDay(d[0])) {
            return null;
        }
        LocalDate date = LocalDate.of(y.value(), m[0], d[0]);
        int p = end;
        if (next == 'T' || next == ' ') {
            TimeOfDay t = TimeParser.parse(s, p + 1, true, false);
            if (t != null && t.hour() >= 0 && isAsciiDigit(charAt(s, p + 1))) {
                return Expr.time(i, t.end(), date, t, Grain.YEAR, true);
            }
        } else {
            TimeOfDay t = TimeParser.parse(s, p, true, false);
            if (t != null && t.hour() >= 0) {
                return Expr.time(i, t.end(), date, t, Grain.YEAR, true);
            }
        }
        return Expr.day(i, p, date, Grain.YEAR, true, null);
    }

    /** One or two ASCII digits at i: {value, end}, or null. */
    private static int[] digits(String s, int i) {
        if (!isAsciiDigit(charAt(s, i))) {
            return null;
        }
        int j = i + 1;
        if (isAsciiDigit(charAt(s, j))) {
            j++;
        }
        if (isAsciiDigit(charAt(s, j))) {
            return null;
        }
        return new int[] {Integer.parseInt(s, i, j, 10), j};
    }
}
