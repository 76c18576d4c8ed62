package io.github.zhnews.internal.time;

import io.github.zhnews.internal.text.TextNormalizer;
import io.github.zhnews.model.DateMention;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Finds Chinese date and time expressions in news text and normalises them against the article's reference
 * (publication) time. Pure Java, immutable and thread-safe; one instance can serve any number of threads.
 *
 * <h2>What is recognised</h2>
 * Digits may be ASCII, full-width (０-９) or Chinese numerals (二〇二三年五月二十一日, 十二月, 三十一日).
 * <ul>
 *   <li>Dates at year, month or day precision: 2023年, 2023年5月, 2023年5月21日, 5月5日, 15日, 2023.5.1,
 *       2023/05/20, 2023-05-20, and machine forms: 20250418, 2021 10 12, 1996.03-21, 2020-04-16 08:25:13,
 *       2017-11-0808:05, 2021-09-12-11:23, 6·30, 09-01 and 08-03 19:05 (a zero-padded month, or a clock time
 *       after it), 11/3号; two-digit years before a month, a part of the year or a holiday (16年4月8日, 零七年八月,
 *       19年底: the latest year ending in those digits at most one year after the reference year); holidays with a fixed date (元旦, 劳动节, 国庆节) or on the Nth weekday of a month (母亲节, 父亲节, 感恩节), lunar holidays and dates
 *       (春节, 元宵节, 端午节, 中秋节, 除夕, 农历正月初一, 大年初三, 腊月, 闰四月; lunar years 1949-2050, see
 *       {@link ChineseCalendar}) and solar terms (清明节, 冬至) — without a year, the occurrence closest to the
 *       reference, past on a tie; zodiac and stem-branch years (虎年, 戊寅年: the year of that name closest to the
 *       reference), also before 新春, 新年 (虎年新春 → the year) and 初N (虎年初一 → the first lunar month). Muslim
 *       festivals (开斋节, 古尔邦节) are found without a value (zhnews has no Islamic calendar).</li>
 *   <li>Seasons (去年秋季 → {@code 2022-FA}, 今冬), centuries and decades (上世纪70年代 → {@code 198}, 18世纪 →
 *       {@code 17}); parts of the day standing alone (晚上 → the anchor date with {@code TEV}).</li>
 *   <li>Vague words: 现在, 当今, 现阶段, 此刻 ({@code PRESENT_REF}); 过去, 以往, 今后, 未来, 当时, 新年, 新春,
 *       不久前, 此后, 小时候 and the like (value null).</li>
 *   <li>Relative and anchored words: 今年, 去年, 明年, 上个月, 本月, 今天, 昨天, 前天, 明天, 后天, 本周一, 上周五,
 *       下周三, 上周星期三, 周一, 大前年, 大大后天; 次日, 当天, 当日, 同日, 同一天, 翌日, 第二天, which count from the last day-precision date mentioned
 *       earlier in the text, or from the reference date when there is none.</li>
 *   <li>Times of day: 上午10时, 下午3点, 晚8点, 15时许, 9时30分, 9点20, 九点零九, 20时1刻, 09:39, 6:42:02,
 *       2023年5月21日上午9时, 今晚8点, 6月3日周六上午10点 (a weekday after a date is part of it); a clock
 *       time without a date takes the anchor date. A lone 晚 after a date
 *       (25日晚) is left out of the expression (People's Daily tags it apart); 晚上, 晚间 are kept.</li>
 *   <li>Weeks and days by number: 3月第三周, 本月第2周, 2023年第10周 (week N starts on the Nth Monday of the
 *       month or year), 八月的第一个周二, 2024年第一天.</li>
 *   <li>Intervals: 4月24日至29日, 5月21日至6月2日, 1月至4月, 2019年至2021年, 5月24-29日, 2019年至今, with 至, 到,
 *       -, —, ~ as separators; 上旬, 中旬, 下旬; 前三季度; 1995到98年3月, 8~11点半, 昨天晚上9~11点, 二月六日至八日.
 *       A list of days (5月10号、11号、12号) keeps the month of its first day.</li>
 *   <li>Parts of years and months: 一季度 / 第一季度, 上半年, 下半年, 年初, 年底, 年末, 月初, 月底, 今年最后三个月,
 *       4月前4天, 上月最后三天.</li>
 *   <li>Offsets (see {@code Offsets}): 3天前, 两周后, 一年半后, 三个季度后 from the date in focus; 3小时后, 半小时前,
 *       17分钟后, 30秒后 from the publication time (no value when the publication time is midnight, that is,
 *       when only its date is known).</li>
 *   <li>Durations in a clear temporal context only (持续3天, 为期两年, 3天内, 近5年, 过去两年); sets (每年, 每月,
 *       每周一, 每天); vague words (近日, 日前, 目前, 当前).</li>
 * </ul>
 *
 * <h2>Values</h2>
 * ISO-8601 where the expression has such a form: {@code 2023}, {@code 2023-05}, {@code 2023-05-21},
 * {@code 2023-05-21T09:30}. A clock time carries the precision written: 上午9时 / 晚上8点许 →
 * {@code 2023-05-21T09} (ISO-8601 reduced precision: the whole hour), 9时30分 / 9:30 / 9点半 →
 * {@code 2023-05-21T09:30}, 09:36:46 → {@code 2023-05-21T09:36:46}. Intervals are {@code start/end}, each end at its own precision
 * ({@code 2023-04-24/2023-04-29}, {@code 2019/2021}, {@code 2019/PRESENT_REF}). Otherwise TIMEX3: {@code 2023-Q1},
 * {@code 2023-H1}, {@code 2023-W20}, {@code 2023-W20-WE}, a part of day such as {@code 2023-05-21TEV},
 * {@code PRESENT_REF}. Durations are ISO periods ({@code P3D}, {@code P2Y}, {@code P6M}, {@code PT2H}) with type
 * DURATION; sets have type SET and values such as {@code P1Y}, {@code P1D}, {@code XXXX-WXX-1},
 * {@code XXXX-XX-15}. Vague expressions (近日, 日前) have a null value. A value is never more precise than the text.
 *
 * <h2>News-year inference</h2>
 * A month-day written without a year (12月28日) is placed in whichever of the reference year, the year before and
 * the year after puts it closest to the reference date; a tie goes to the past. So 12月28日 in an article of
 * 3 January is the previous December, 10月1日 in an article of May is this October, and 5月5日 in an article of
 * 21 May is this May. A month alone (10月) follows the same rule by month distance. A bare day (15日) is in the
 * reference month unless that would be more than 10 days after the reference date (or does not exist), in which
 * case it is in the previous month. Quarters, halves and 年底 written without a year are in the reference year.
 * Weekdays without 本/上/下 (周三) take the date with that weekday among the four days before and the two days
 * after the reference date (news mostly reports what has happened).
 *
 * <h2>Output</h2>
 * Mentions come in text order and never overlap; at each position the longest expression wins (2023年5月21日上午9时
 * is one TIME mention, 4月24日至29日 one INTERVAL). Offsets are Java {@code String} indices into the input. The
 * finder never throws for any non-null text; invalid dates (2月30日, 13月) are not reported.
 */
public final class ChineseDateFinder implements DateFinder {
    /** First characters of the words that can start an expression (digits and Chinese numerals aside). */
    private static final String TRIGGERS =
            "今去前明后本上下当同次翌大昨第周星礼这每近日目如眼过未最元劳国圣儿妇教建年半凌清早中正午傍晚夜深"
                    + "春夏秋冬新鼠牛虎兔龙蛇马羊猴鸡狗猪端七重腊除立芒惊处霜农阴闰廿初现此时以往昔将届隆白子公从全几";

    /**
     * Common characters that start an expression only with one of a few second characters (不久前, 小时候,
     * 开斋节, 戊寅年, 母亲节, 拂晓): {@code PAIRED_NEXT[k]} holds the characters that may follow
     * {@code PAIRED_FIRST.charAt(k)}, so that the parsers are not tried at every 不 or 小 of the text.
     */
    private static final String PAIRED_FIRST = "不小开肉古宰感母父拂甲乙丙丁戊己庚辛壬癸谷寒";

    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    private static final String[] PAIRED_NEXT = {
        "久", "时寒满暑", "斋", "孜", "尔", "牲", "恩", "亲", "亲", "晓", BRANCHES, BRANCHES, BRANCHES, BRANCHES,
        BRANCHES, BRANCHES, BRANCHES, BRANCHES, BRANCHES, BRANCHES, "雨", "露"
    };

    /**
     * Creates a finder.
     *
     * @throws io.github.zhnews.internal.resources.ResourceException if one of the finder's word lists in {@code models/} is missing or malformed
     *                               (the message names the file and the line)
     */
    /** For callers with raw text only: the pipeline hands over the document's normalised text instead. */
    private volatile TextNormalizer normalizer;

    public ChineseDateFinder() {
        TimeLists.get();
    }

    /**
     * @param text      the article text; offsets of the result index into it
     * @param reference the publication time of the article
     * @return the expressions found, in text order, never overlapping
     * @throws NullPointerException if text or reference is null
     */
    @Override
    public List<DateMention> find(String text, LocalDateTime reference) {
        return find(text, reference, null);
    }

    /**
     * As {@link #find(String, LocalDateTime)}, trying expressions only where {@code starts} is set (the first
     * characters of the words of a segmented text), so that no date begins inside a word (明日 in 光明日报)
     * and no such fragment anchors a later 次日. A null {@code starts} allows every position.
     */
    public List<DateMention> find(String text, LocalDateTime reference, BitSet starts) {
        Objects.requireNonNull(text, "text");
        TextNormalizer n = normalizer;
        if (n == null) {
            n = new TextNormalizer();
            normalizer = n;
        }
        return findNormalized(n.normalize(text), text, reference, starts);
    }

    /**
     * As {@link #find(String, LocalDateTime, BitSet)} on a text that {@link TextNormalizer} has already
     * normalised, as a prepared document's is; surfaces are cut from {@code surfaces}, which has the same
     * length. Only the full-width colon, which the normaliser keeps for Chinese typography, is read here as the
     * colon of a clock time (10：30).
     */
    List<DateMention> findNormalized(
            String normalized, String surfaces, LocalDateTime reference, BitSet starts) {
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(reference, "reference");
        String text = surfaces;
        String s = normalized.replace('：', ':');
        Context ctx = new Context(reference);
        List<DateMention> out = new ArrayList<>();
        Expr alone = yearAlone(s);
        if (alone != null) {
            out.add(Values.mention(text.substring(alone.start(), alone.end()), alone));
            return out;
        }
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!canStart(s, i, c) || starts != null && !starts.get(i)) {
                i++;
                continue;
            }
            Expr best = longestAt(s, i, ctx);
            if (best == null || best.end() <= i || best.end() > n) {
                i++;
                continue;
            }
            while (best != null) {
                out.add(Values.mention(text.substring(best.start(), best.end()), best));
                ctx.anchor(best.anchorDate());
                ctx.mentioned(best.year(), best.month());
                i = best.end();
                best = listedDay(s, best, ctx, starts);
            }
        }
        return out;
    }

    /**
     * A text that is nothing but a year in four digits (2016, a title or a table cell): that year. Inside a
     * sentence a bare number is no date (2016人).
     */
    private static Expr yearAlone(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        if (b - a != 4) {
            return null;
        }
        for (int k = a; k < b; k++) {
            if (!Numerals.isAsciiDigit(s.charAt(k))) {
                return null;
            }
        }
        int y = Integer.parseInt(s, a, b, 10);
        return y >= DateParser.MIN_YEAR && y <= DateParser.MAX_YEAR
                ? Expr.year(a, b, y, Expr.Grain.YEAR, true)
                : null;
    }

    /**
     * The next day of a list after a day (9月10号，11号、12号): a bare day with the same suffix (日 or 号) right
     * after a comma, 、, 和 or 及, in the month of the day before it; or null.
     */
    private static Expr listedDay(String s, Expr day, Context ctx, BitSet starts) {
        int q = day.end() + 1;
        if (day.grain() != Expr.Grain.DAY
                || "，、,和及".indexOf(Numerals.charAt(s, day.end())) < 0
                || !Numerals.isAsciiDigit(Numerals.charAt(s, q))
                        && !Numerals.isChineseNumeral(Numerals.charAt(s, q))
                || starts != null && !starts.get(q)) {
            return null;
        }
        Expr next;
        try {
            next =
                    DateParser.parse(
                            s, q, ctx, new Inherit(day.year(), day.month(), null, false, null));
        } catch (RuntimeException ex) {
            return null;
        }
        if (next == null
                || next.start() != q
                || next.grain() != Expr.Grain.DAY
                || next.lead() != Expr.Grain.DAY
                || s.charAt(next.end() - 1) != s.charAt(day.end() - 1)) {
            return null;
        }
        return next;
    }

    /** Per character: -1 when no expression starts with it, 0 when one may, k + 1 for PAIRED_FIRST.charAt(k). */
    private static final byte[] START = startTable();

    private static byte[] startTable() {
        byte[] t = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            boolean any =
                    Numerals.isAsciiDigit(ch)
                            || Numerals.isChineseNumeral(ch)
                            || TRIGGERS.indexOf(ch) >= 0;
            t[c] = (byte) (any ? 0 : -1);
        }
        for (int k = 0; k < PAIRED_FIRST.length(); k++) {
            t[PAIRED_FIRST.charAt(k)] = (byte) (k + 1);
        }
        return t;
    }

    private static boolean canStart(String s, int i, char c) {
        int k = START[c];
        if (k <= 0) {
            return k == 0 || DateParser.era(s, i) != null;
        }
        return i + 1 < s.length() && PAIRED_NEXT[k - 1].indexOf(s.charAt(i + 1)) >= 0;
    }

    private static Expr longestAt(String s, int i, Context ctx) {
        Expr best = null;
        for (int k = 0; k < 6; k++) {
            Expr e;
            try {
                switch (k) {
                    case 0:
                        e = RangeParser.parse(s, i, ctx);
                        break;
                    case 1:
                        e = SetsAndVague.set(s, i);
                        break;
                    case 2:
                        e = SetsAndVague.vague(s, i);
                        break;
                    case 3:
                        e = Durations.parse(s, i, ctx);
                        break;
                    case 4:
                        e = Durations.positioned(s, i, ctx);
                        break;
                    default:
                        e = Offsets.parse(s, i, ctx);
                        break;
                }
            } catch (RuntimeException ex) {
                // A malformed or out-of-range fragment is simply not a date.
                e = null;
            }
            if (e != null && e.start() == i && (best == null || e.end() > best.end())) {
                best = e;
            }
        }
        return best;
    }
}
