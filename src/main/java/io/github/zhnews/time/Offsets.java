package io.github.zhnews.time;

import static io.github.zhnews.time.Numerals.charAt;
import static io.github.zhnews.time.Numerals.firstAt;

import io.github.zhnews.model.DateType;

import java.time.LocalDate;

/**
 * Dates written as an offset: 3天前, 两周后, 5个月以前, 十年后, 半年前. The offset counts from the date the text is
 * talking about (the last full date mentioned, else the publication date), like 次日; the value has the
 * precision of the unit: a day for 天, an ISO week for 周, a month for 个月 and 半年, a year for 年.
 * Counts with 多 or 余 (20多天前) are too vague to place and give nothing.
 */
final class Offsets {
    private static final String[] UNITS = {"个星期", "星期", "个月", "周", "天", "年"};
    private static final String[] BEFORE = {"以前", "之前", "前"};
    private static final String[] AFTER = {"以后", "之后", "后"};
    /** Words that begin with 前 or 后 and are no offset: 前往, 前夕, 后来, 后面... */
    private static final String NOT_AFTER_QIAN = "往进夕列茅身景提线方者台排";
    private static final String NOT_AFTER_HOU = "来面方续期勤果盾援备台排座者生人代辈世事悔卫";

    private Offsets() {
    }

    static Expr parse(String s, int i, Context ctx) {
        int qty;
        int q;
        boolean halfYear = false;
        if (charAt(s, i) == '半' && charAt(s, i + 1) == '年') {
            halfYear = true;
            qty = 6;
            q = i + 1;
        } else {
            Numerals.Num n = Numerals.read(s, i);
            if (n == null || n.value() <= 0 || n.value() > 200 || (n.chinese() && !n.smallForm())) {
                return null;
            }
            qty = n.value();
            q = n.end();
        }
        String unit = firstAt(s, q, UNITS);
        if (unit == null) {
            return null;
        }
        int p = q + unit.length();
        String before = firstAt(s, p, BEFORE);
        String after = before == null ? firstAt(s, p, AFTER) : null;
        String word = before != null ? before : after;
        if (word == null) {
            return null;
        }
        int end = p + word.length();
        char next = charAt(s, end);
        if (word.length() == 1 && (before != null ? NOT_AFTER_QIAN : NOT_AFTER_HOU).indexOf(next) >= 0) {
            return null;
        }
        int sign = before != null ? -1 : 1;
        LocalDate anchor = ctx.anchor();
        if (halfYear) {
            LocalDate d = anchor.plusMonths(sign * 6L);
            return Expr.other(i, end, Timex.month(d.getYear(), d.getMonthValue()), DateType.DATE);
        }
        switch (unit) {
            case "天": {
                LocalDate d = anchor.plusDays(sign * (long) qty);
                return Expr.other(i, end, Timex.date(d), DateType.DATE);
            }
            case "周": case "星期": case "个星期":
                return Expr.other(i, end, Timex.week(anchor.plusWeeks(sign * (long) qty)), DateType.DATE);
            case "个月": {
                LocalDate d = anchor.plusMonths(sign * (long) qty);
                return Expr.other(i, end, Timex.month(d.getYear(), d.getMonthValue()), DateType.DATE);
            }
            default:
                return Expr.other(i, end, Timex.year(anchor.getYear() + sign * qty), DateType.DATE);
        }
    }
}
