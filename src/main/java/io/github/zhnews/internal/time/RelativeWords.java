package io.github.zhnews.internal.time;

import static io.github.zhnews.internal.time.Numerals.at;
import static io.github.zhnews.internal.time.Numerals.charAt;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Tables of relative and named time words: 今年, 昨天, 次日, 上周五, 国庆节. */
final class RelativeWords {
    /** A word with its offset; {@code anchored} words count from the anchor, others from the reference. */
    record Rel(String word, int offset, boolean anchored, String period) {}

    /** Calendars a holiday is fixed in. */
    enum Cal {
        SOLAR,
        LUNAR,
        TERM,
        NTH_WEEKDAY
    }

    /**
     * A holiday: {@link Cal#SOLAR} on a Gregorian month-day, {@link Cal#LUNAR} on a lunar month-day (day 0 = the
     * last day of the month, 除夕), {@link Cal#TERM} on the day the sun reaches {@code month} degrees of
     * longitude (清明 = 15°), {@link Cal#NTH_WEEKDAY} on the Nth weekday of a month ({@code day} = 10 × N + the
     * ISO day of week: 母亲节 = 27, the second Sunday of May); {@code guarded} ones need a following cue word or a
     * year before them.
     */
    record Holiday(String word, int month, int day, boolean guarded, Cal cal) {
        Holiday(String word, int month, int day, boolean guarded) {
            this(word, month, day, guarded, Cal.SOLAR);
        }
    }

    // the relative year, month and day words are data: models/time-relative-words.tsv

    // the holidays and their cue words are data: models/time-holidays.tsv,
    // models/time-holiday-cues.txt

    /** Characters that make 周 part of another word (周边, 周年, 周期 ...). */
    private static final String WEEK_WORD_BREAKERS = "边围到全刊期岁年转密";

    private RelativeWords() {}

    static Rel year(String s, int i) {
        for (Rel r : TimeLists.get().years) {
            if (at(s, i, r.word())) {
                char f = r.word().charAt(0);
                if ((f == '前' || f == '后' || f == '上')
                        && "之此以然提最目".indexOf(charAt(s, i - 1)) >= 0) {
                    return null;
                }
                return r;
            }
        }
        return null;
    }

    static Rel month(String s, int i) {
        for (Rel r : TimeLists.get().months) {
            if (at(s, i, r.word())) {
                return r;
            }
        }
        return null;
    }

    static Rel day(String s, int i) {
        for (Rel r : TimeLists.get().days) {
            if (!at(s, i, r.word())) {
                continue;
            }
            int e = i + r.word().length();
            switch (r.word()) {
                case "后天":
                    if ("之此以然提最目".indexOf(charAt(s, i - 1)) >= 0
                            || "的性形因获养努习".indexOf(charAt(s, e)) >= 0) {
                        return null;
                    }
                    break;
                case "前天":
                    if ("之此以然提最目".indexOf(charAt(s, i - 1)) >= 0) {
                        return null;
                    }
                    break;
                case "本日":
                    if (charAt(s, e) == '报') {
                        return null;
                    }
                    break;
                case "明日":
                    if (charAt(s, e) == '之') {
                        return null;
                    }
                    break;
                case "全天":
                    // the whole day in focus only where a clause opens with it (全天有雨, 。全天，); after
                    // a
                    // word it is how long something lasts (出纳全天加班), and 全天候 is all-weather
                    if (charAt(s, e) == '候'
                            || i > 0 && "，。！？；：、,.!?;: \n（(“\"".indexOf(charAt(s, i - 1)) < 0) {
                        return null;
                    }
                    break;
                case "今日":
                    if (at(s, e, "头条") || at(s, e, "美国") || at(s, e, "俄罗斯") || at(s, e, "说法")) {
                        return null;
                    }
                    break;
                default:
                    break;
            }
            return r;
        }
        return null;
    }

    /** 新年 right after 农历 or 阴历: the Spring Festival. */
    private static final Holiday LUNAR_NEW_YEAR = new Holiday("新年", 1, 1, false, Cal.LUNAR);

    static Holiday holiday(String s, int i, boolean afterYear) {
        if (at(s, i, "新年") && afterLunarWord(s, i)) {
            return LUNAR_NEW_YEAR; // 农历新年: the calendar word stays outside, as for 农历元宵
        }
        TimeLists lists = TimeLists.get();
        if (lists.holidayStarts.indexOf(charAt(s, i)) < 0) {
            return null; // no holiday starts with this character
        }
        for (Holiday h : lists.holidays) {
            if (!at(s, i, h.word())) {
                continue;
            }
            if (h.word().equals("农历新年") && !afterYear) {
                return null; // read from 新年 on
            }
            // 农历元宵: the calendar word vouches for the holiday, and stays outside it (People's
            // Daily: 农历/n)
            boolean lunarWord = h.guarded() && h.cal() == Cal.LUNAR && afterLunarWord(s, i);
            if (h.guarded() && !afterYear && !lunarWord && !cue(s, i + h.word().length())) {
                return null;
            }
            if (h.word().startsWith("五一") && (Numerals.isChineseNumeral(charAt(s, i - 1)))) {
                return null;
            }
            return h;
        }
        return null;
    }

    private static boolean afterLunarWord(String s, int i) {
        return at(s, i - 2, "农历") || at(s, i - 2, "阴历");
    }

    private static boolean cue(String s, int i) {
        for (String c : TimeLists.get().holidayCues) {
            if (at(s, i, c)) {
                return true;
            }
        }
        return false;
    }

    /** Length of 周/星期/礼拜 at i, or 0. */
    static int weekWord(String s, int i) {
        if (at(s, i, "星期") || at(s, i, "礼拜")) {
            return 2;
        }
        return charAt(s, i) == '周' ? 1 : 0;
    }

    /** Day of week 1-7 for the character after a week word, or 0. */
    static int weekday(String s, int i, boolean allowTian) {
        char c = charAt(s, i);
        int d = "一二三四五六日".indexOf(c);
        if (d >= 0) {
            return d + 1;
        }
        if (c >= '1' && c <= '7' && !Numerals.isAsciiDigit(charAt(s, i + 1))) {
            return c - '0';
        }
        return allowTian && c == '天' ? 7 : 0;
    }

    static boolean weekBreaker(char c) {
        return WEEK_WORD_BREAKERS.indexOf(c) >= 0;
    }

    static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The date with this weekday from four days before to two days after ref (news mostly reports the past). */
    static LocalDate nearestWeekday(int dow, LocalDate ref) {
        for (int k = -4; k <= 2; k++) {
            LocalDate d = ref.plusDays(k);
            if (d.getDayOfWeek().getValue() == dow) {
                return d;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
