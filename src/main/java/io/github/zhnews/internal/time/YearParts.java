package io.github.zhnews.internal.time;

import static io.github.zhnews.internal.time.Numerals.at;
import static io.github.zhnews.internal.time.Numerals.charAt;

import io.github.zhnews.internal.time.Expr.Grain;
import io.github.zhnews.model.DateType;
import java.time.YearMonth;

/** Parts of a year or a month: 上半年, 一季度, 前三季度, 一季度末, 年底, 年初, 伊始, 暑假, 上旬, 中旬, 下旬, 月初, 月底. */
final class YearParts {
    private YearParts() {}

    /** A part written right after a year (2023年上半年, 今年一季度, 去年底), or null. */
    static Expr afterYear(String s, int i, int p, int year, boolean relative) {
        int q = charAt(s, p) == '年' ? p + 1 : p;
        char c = charAt(s, q);
        if (c == '底' || c == '末' || (c == '初' && !Numerals.isChineseNumeral(charAt(s, q + 1)))) {
            return yearEnd(i, q + 1, year, c == '初', true);
        }
        if (at(s, q, "伊始")) {
            return Expr.month(i, q + 2, year, 1, Grain.YEAR, true);
        }
        if (at(s, q, "暑假") || at(s, q, "寒假")) { // school holidays: July-August, January-February
            boolean summer = c == '暑';
            return Expr.other(
                    i,
                    q + 2,
                    Timex.interval(
                            Timex.month(year, summer ? 7 : 1), Timex.month(year, summer ? 8 : 2)),
                    DateType.INTERVAL);
        }
        int season = "春夏秋冬".indexOf(c);
        if (season >= 0 && "节运联晚茶装假".indexOf(charAt(s, q + 1)) < 0) {
            int e = q + 1;
            if (charAt(s, e) == '天' || charAt(s, e) == '季') {
                e++;
            }
            String[] codes = {"SP", "SU", "FA", "WI"};
            return Expr.other(i, e, Timex.year(year) + "-" + codes[season], DateType.DATE);
        }
        Expr months = monthsOfYear(s, i, p, year);
        return months != null ? months : halfOrQuarter(s, i, p, year);
    }

    /**
     * The first or last months of a year written after it: 今年前四个月 ({@code 2023-01/2023-05}), 2022年后三个月
     * ({@code 2022-10/2022-12}), 2004年首月 ({@code 2005-01}). Only after a year: alone, 前两个月 means the
     * last two months before now.
     */
    static Expr monthsOfYear(String s, int i, int p, int year) {
        int q = charAt(s, p) == '年' ? p + 1 : p;
        if (at(s, q, "首月")) {
            return Expr.other(i, q + 2, Timex.month(year, 1), DateType.DATE);
        }
        char c = charAt(s, q);
        if (at(s, q, "最后")) {
            q++; // 最后三个月 reads as 后三个月
            c = '后';
        } else if (c == '头') {
            c = '前';
        }
        if (c != '前' && c != '后') {
            return null;
        }
        Numerals.Num n = Numerals.read(s, q + 1);
        int count;
        int e;
        if (n != null && n.value() >= 1 && n.value() <= 11) {
            count = n.value();
            e = n.end();
        } else if (charAt(s, q + 1) == '两') {
            count = 2;
            e = q + 2;
        } else {
            return null;
        }
        if (charAt(s, e) == '个') {
            e++;
        }
        if (charAt(s, e) != '月') {
            return null;
        }
        String from = c == '前' ? Timex.month(year, 1) : Timex.month(year, 13 - count);
        String to = c == '前' ? Timex.month(year, count) : Timex.month(year, 12);
        return count == 1
                ? Expr.other(i, e + 1, from, DateType.DATE)
                : Expr.other(i, e + 1, Timex.interval(from, to), DateType.INTERVAL);
    }

    /** 本季度, 这个季度, 上季度, 上个季度, 下季度, 下个季度: the quarter of the reference date, or the one before or after. */
    static Expr relativeQuarter(String s, int i, java.time.LocalDate ref) {
        String word =
                Numerals.firstAt(
                        s, i, "本季度", "这个季度", "上上个季度", "上个季度", "上季度", "下下个季度", "下个季度", "下季度");
        if (word == null) {
            return null;
        }
        int shift = word.charAt(0) == '上' ? -1 : word.charAt(0) == '下' ? 1 : 0;
        if (word.charAt(1) == word.charAt(0)) {
            shift *= 2; // 上上个季度, 下下个季度
        }
        java.time.LocalDate d = ref.plusMonths(3L * shift);
        int n = (d.getMonthValue() - 1) / 3 + 1;
        Expr month = monthOfQuarter(s, i, i + word.length(), d.getYear(), n);
        return month != null
                ? month
                : Expr.other(
                        i, i + word.length(), Timex.year(d.getYear()) + "-Q" + n, DateType.DATE);
    }

    /**
     * 年初 as January-February and 年底, 年末 as November-December of the year ({@code 2023-11/2023-12}): the
     * stretch the words name rather than the whole year (the months JioNLP gives them), combining as a year does.
     */
    private static Expr yearEnd(int i, int end, int year, boolean early, boolean explicit) {
        String v =
                early
                        ? Timex.interval(Timex.month(year, 1), Timex.month(year, 2))
                        : Timex.interval(Timex.month(year, 11), Timex.month(year, 12));
        return Expr.part(i, end, v, Grain.YEAR, Grain.YEAR, year, 0, explicit);
    }

    /** A part of a year standing alone (上半年, 一季度, 年底), read in the reference year, or null. */
    static Expr standalone(String s, int i, int refYear) {
        if (at(s, i, "年底") || at(s, i, "年末") || at(s, i, "年初")) {
            char prev = charAt(s, i - 1);
            if (Numerals.isChineseNumeral(prev)
                    || Numerals.isAsciiDigit(prev)
                    || "新大过拜".indexOf(prev) >= 0
                    || Numerals.isChineseNumeral(charAt(s, i + 2))) {
                return null;
            }
            return yearEnd(i, i + 2, refYear, s.charAt(i + 1) == '初', false);
        }
        char prev = charAt(s, i - 1);
        if (Numerals.isChineseNumeral(prev) || Numerals.isAsciiDigit(prev)) {
            return null;
        }
        return halfOrQuarter(s, i, i, refYear);
    }

    private static Expr halfOrQuarter(String s, int i, int p, int year) {
        if (at(s, p, "上半年")) {
            return Expr.other(i, p + 3, Timex.year(year) + "-H1", DateType.DATE);
        }
        if (at(s, p, "下半年")) {
            return Expr.other(i, p + 3, Timex.year(year) + "-H2", DateType.DATE);
        }
        if (at(s, p, "首季度")) {
            return Expr.other(i, p + 3, Timex.year(year) + "-Q1", DateType.DATE);
        }
        int q = p;
        boolean first = charAt(s, q) == '前';
        if (first || charAt(s, q) == '第') {
            q++;
        }
        int n = "一二三四".indexOf(charAt(s, q)) + 1;
        if (n == 0 && charAt(s, q) >= '1' && charAt(s, q) <= '4') {
            n = charAt(s, q) - '0';
        }
        if (n == 0 && first && charAt(s, q) == '两') {
            n = 2;
        }
        int unit = q + 1;
        if (n != 0 && first && charAt(s, unit) == '个') {
            unit++; // 前两个季度
        }
        if (n == 0 || !at(s, unit, "季度")) {
            return null;
        }
        q = unit - 1;
        String y = Timex.year(year);
        if (first) {
            if (n < 2 || n > 3) {
                return null;
            }
            return Expr.other(i, q + 3, Timex.interval(y + "-Q1", y + "-Q" + n), DateType.INTERVAL);
        }
        Expr month = monthOfQuarter(s, i, q + 3, year, n);
        return month != null ? month : Expr.other(i, q + 3, y + "-Q" + n, DateType.DATE);
    }

    /** 一季度末, 四季度初: the last or the first month of quarter {@code n}, or null (一季度中 is "during"). */
    private static Expr monthOfQuarter(String s, int i, int p, int year, int n) {
        char c = charAt(s, p);
        if (c != '初' && c != '末' || Numerals.isChineseNumeral(charAt(s, p + 1))) {
            return null;
        }
        return Expr.other(i, p + 1, Timex.month(year, 3 * n - (c == '初' ? 2 : 0)), DateType.DATE);
    }

    /**
     * The first or last days of a month written after it: 4月前4天 ({@code 2023-04-01/2023-04-04}), 这个月头两天,
     * 上月最后四天 ({@code 2023-04-26/2023-04-30}), 5月后3天; a single day for 1 (3月最后一天 = {@code 2023-03-31}).
     */
    private static Expr daysOfMonth(String s, int i, int p, YearMonth ym) {
        boolean last = at(s, p, "最后") || at(s, p, "后");
        int q = p + (at(s, p, "最后") ? 2 : 1);
        if (!last && !at(s, p, "前") && !at(s, p, "头")) {
            return null;
        }
        Numerals.Num n = Numerals.read(s, q);
        int count;
        int e;
        if (n != null && n.smallForm() && n.value() >= 1 && n.value() < ym.lengthOfMonth()) {
            count = n.value();
            e = n.end();
        } else if (charAt(s, q) == '两') {
            count = 2;
            e = q + 1;
        } else {
            return null;
        }
        if (charAt(s, e) != '天' || at(s, e + 1, "内") || at(s, e + 1, "里")) {
            return null;
        }
        int from = last ? ym.lengthOfMonth() - count + 1 : 1;
        int to = last ? ym.lengthOfMonth() : count;
        if (count == 1) {
            return Expr.day(i, e + 1, ym.atDay(from), Grain.MONTH, false, null);
        }
        return Expr.other(
                i,
                e + 1,
                Timex.interval(Timex.date(ym.atDay(from)), Timex.date(ym.atDay(to))),
                DateType.INTERVAL);
    }

    /** A part written right after a month (5月上旬, 5月底), or null. */
    static Expr afterMonth(String s, int i, int p, int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        int from;
        int to;
        if (at(s, p, "上旬")) {
            from = 1;
            to = 10;
        } else if (at(s, p, "中旬")) {
            from = 11;
            to = 20;
        } else if (at(s, p, "下旬")) {
            from = 21;
            to = ym.lengthOfMonth();
        } else {
            int q = charAt(s, p) == '月' ? p + 1 : p; // 12月月底
            char c = charAt(s, q);
            if (c == '底'
                    || c == '末'
                    || (c == '初' && !Numerals.isChineseNumeral(charAt(s, q + 1)))) {
                // 月初 as days 1-5, 月底 and 月末 from the 25th (the days JioNLP gives them)
                String v =
                        c == '初'
                                ? Timex.interval(Timex.date(ym.atDay(1)), Timex.date(ym.atDay(5)))
                                : Timex.interval(
                                        Timex.date(ym.atDay(25)), Timex.date(ym.atEndOfMonth()));
                return Expr.part(i, q + 1, v, Grain.MONTH, Grain.MONTH, year, month, false);
            }
            return daysOfMonth(s, i, p, ym);
        }
        String v = Timex.interval(Timex.date(ym.atDay(from)), Timex.date(ym.atDay(to)));
        return Expr.other(i, p + 2, v, DateType.INTERVAL);
    }
}
