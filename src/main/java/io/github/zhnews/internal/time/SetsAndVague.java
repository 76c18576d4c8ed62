package io.github.zhnews.internal.time;

import static io.github.zhnews.internal.time.Numerals.at;
import static io.github.zhnews.internal.time.Numerals.charAt;

import io.github.zhnews.model.DateType;

/** Recurring expressions (每年, 每月15日, 每周一) and vague references to the present (近日, 目前). */
final class SetsAndVague {
    private SetsAndVague() {}

    // the parts of the day after 每天 and the title words after 每日 are data:
    // models/time-day-parts.tsv (use daily),
    // models/time-title-words.txt

    static Expr set(String s, int i) {
        if (charAt(s, i) != '每') {
            return null;
        }
        int p = i + 1;
        if (at(s, p, "年")) {
            Expr detail = yearlyDetail(s, i, p + 1);
            return detail != null ? detail : Expr.other(i, p + 1, "P1Y", DateType.SET);
        }
        if (at(s, p, "个月") || at(s, p, "月")) {
            int e = p + (at(s, p, "个月") ? 2 : 1);
            Numerals.Num d = Numerals.read(s, e);
            if (d != null
                    && d.smallForm()
                    && d.value() >= 1
                    && d.value() <= 31
                    && (charAt(s, d.end()) == '日' || charAt(s, d.end()) == '号')) {
                return Expr.other(
                        i, d.end() + 1, String.format("XXXX-XX-%02d", d.value()), DateType.SET);
            }
            return Expr.other(i, e, "P1M", DateType.SET);
        }
        int w = RelativeWords.weekWord(s, p);
        if (at(s, p, "个星期")) {
            w = 3;
        }
        if (w > 0) {
            int q = p + w;
            int dow = RelativeWords.weekday(s, q, w >= 2);
            if (dow > 0) {
                String v = "XXXX-WXX-" + dow;
                int e = q + 1;
                char sep = charAt(s, e);
                if (sep == '至' || sep == '到' || sep == '-' || sep == '~' || sep == '—') {
                    int w2 = RelativeWords.weekWord(s, e + 1);
                    int dow2 = w2 > 0 ? RelativeWords.weekday(s, e + 1 + w2, w2 == 2) : 0;
                    if (dow2 > dow) {
                        return Expr.other(i, e + 2 + w2, v + "/XXXX-WXX-" + dow2, DateType.SET);
                    }
                }
                return Expr.other(i, e, v, DateType.SET);
            }
            if (RelativeWords.weekBreaker(charAt(s, q))) {
                return null;
            }
            return Expr.other(i, q, "P1W", DateType.SET);
        }
        if (at(s, p, "日")
                && (charAt(s, i - 1) == '《'
                        || Numerals.firstAt(s, p + 1, TimeLists.get().titleWords) != null)) {
            return null; // 《每日电讯报》, 每日新闻: a title, not a recurrence
        }
        if (at(s, p, "天") || at(s, p, "日")) {
            // 每天上午, 每晚: the part of the day belongs to the recurrence (XXXX-XX-XXTMO), not to today
            String period = Numerals.firstAt(s, p + 1, TimeLists.get().dailyPeriods);
            if (period != null) {
                return Expr.other(
                        i,
                        p + 1 + period.length(),
                        "XXXX-XX-XXT" + TimeParser.part(period),
                        DateType.SET);
            }
            return Expr.other(i, p + 1, "P1D", DateType.SET);
        }
        if (at(s, p, "小时") || at(s, p, "个小时")) {
            return Expr.other(i, p + (at(s, p, "小时") ? 2 : 3), "PT1H", DateType.SET);
        }
        return null;
    }

    private static Expr yearlyDetail(String s, int i, int p) {
        Numerals.Num m = Numerals.read(s, p);
        if (m == null
                || !m.smallForm()
                || m.value() < 1
                || m.value() > 12
                || charAt(s, m.end()) != '月') {
            return null;
        }
        int e = m.end() + 1;
        Numerals.Num d = Numerals.read(s, e);
        if (d != null
                && d.smallForm()
                && d.value() >= 1
                && d.value() <= 31
                && (charAt(s, d.end()) == '日' || charAt(s, d.end()) == '号')) {
            if (d.value() > java.time.Month.of(m.value()).maxLength()) {
                return null;
            }
            return Expr.other(
                    i,
                    d.end() + 1,
                    String.format("XXXX-%02d-%02d", m.value(), d.value()),
                    DateType.SET);
        }
        return Expr.other(i, e, String.format("XXXX-%02d", m.value()), DateType.SET);
    }

    static Expr vague(String s, int i) {
        char prev = charAt(s, i - 1);
        if (at(s, i, "近日") || at(s, i, "近期")) {
            if (TimeLists.get().breaksNear(prev) || charAt(s, i + 2) == '本') {
                return null;
            }
            return Expr.other(i, i + 2, null, DateType.DATE);
        }
        if (at(s, i, "日前")) {
            if (Numerals.isChineseNumeral(prev)
                    || Numerals.isAsciiDigit(prev)
                    || "节生假周今昨明当次翌同每期平近末早月数几".indexOf(prev) >= 0) {
                return null;
            }
            return Expr.other(i, i + 2, null, DateType.DATE);
        }
        if (at(s, i, "目前") || at(s, i, "当前") || at(s, i, "如今") || at(s, i, "眼下")) {
            if ("相担充".indexOf(prev) >= 0) {
                return null;
            }
            return Expr.other(i, i + 2, Timex.PRESENT_REF, DateType.DATE);
        }
        String w = Numerals.firstAt(s, i, TimeLists.get().present);
        if (w != null) {
            return Expr.other(i, i + w.length(), Timex.PRESENT_REF, DateType.DATE);
        }
        w = Numerals.firstAt(s, i, TimeLists.get().vague);
        if (w != null) {
            if (w.equals("过去")
                    && (PAST_AS_VERB.indexOf(prev) >= 0
                            || !pastFollows(charAt(s, i + 2)) && PAST_AS_NOUN.indexOf(prev) < 0)) {
                return null; // 走过去, 过去了, 刚刚过去的一年, 即将过去
            }
            if ((w.equals("当时") || w.equals("当年")) && "相适".indexOf(prev) >= 0) {
                return null;
            }
            if (w.equals("小时候")
                    && (Numerals.isChineseNumeral(prev)
                            || Numerals.isAsciiDigit(prev)
                            || prev == '个')) {
                return null; // 一小时候车: a count of hours
            }
            return Expr.other(i, i + w.length(), null, DateType.DATE);
        }
        return null;
    }

    // the words for the present (value PRESENT_REF) and the vague words (no value, never an
    // invented date) are
    // data: models/time-vague.tsv. The Muslim festivals (开斋节, 古尔邦节) are among them: named days, but
    // on the
    // Islamic calendar, which zhnews does not compute.

    /** Before 过去, characters that make it the verb (刚刚过去的一年, 即将过去, 已经过去). */
    private static final String PAST_AS_VERB = "刚将经已快走跑飞冲看望混熬挨度";

    /** Before 过去, characters that make it the noun, whatever follows (对过去长期, 比过去任何时候, 总结过去工作). */
    private static final String PAST_AS_NOUN = "对把比在与和同结顾较于";

    private static boolean pastFollows(char c) {
        return c == '的'
                || c == '，'
                || c == ','
                || c == '、'
                || c == '一'
                || c == '几'
                || c == '数'
                || c == '十'
                || c == '两'
                || c == '三'
                || c == '五'
                || Numerals.isAsciiDigit(c)
                || c == '我'
                || c == '人'
                || c == '曾'
                || c == '这'
                || c == '那'
                || c == '常'
                || c == '多'
                || c == '很'
                || c == '总'
                || c == '每'
                || c == '是'
                || c == '只'
                || c == '由'
                || c == '在'
                || c == '往'
                || c == '从';
    }
}
