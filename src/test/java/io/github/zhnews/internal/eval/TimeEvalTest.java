package io.github.zhnews.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.model.DateGrain;
import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.DateType;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeEvalTest {
    private static TimeSpans.Range r(String a, String b) {
        return new TimeSpans.Range(
                LocalDateTime.parse(a, TimeSpans.FORMAT), LocalDateTime.parse(b, TimeSpans.FORMAT));
    }

    private static TimeSpans.Range of(String v) {
        return TimeSpans.of(v).orElse(null);
    }

    @Test
    void valuesToSpansAtTheirPrecision() {
        assertEquals(r("2021-01-01 00:00:00", "2021-12-31 23:59:59"), of("2021"));
        assertEquals(r("2024-02-01 00:00:00", "2024-02-29 23:59:59"), of("2024-02"));
        assertEquals(r("2019-04-19 00:00:00", "2019-04-19 23:59:59"), of("2019-04-19"));
        assertEquals(r("2021-10-08 21:00:00", "2021-10-08 21:59:59"), of("2021-10-08T21"));
        assertEquals(r("2017-11-08 08:05:00", "2017-11-08 08:05:59"), of("2017-11-08T08:05"));
        assertEquals(r("2020-04-16 08:25:13", "2020-04-16 08:25:13"), of("2020-04-16T08:25:13"));
        assertEquals(r("2007-07-01 00:00:00", "2007-09-30 23:59:59"), of("2007-Q3"));
        assertEquals(r("2020-07-01 00:00:00", "2020-12-31 23:59:59"), of("2020-H2"));
        assertEquals(r("2020-12-28 00:00:00", "2021-01-03 23:59:59"), of("2020-W53"));
        assertEquals(r("2021-01-04 00:00:00", "2021-01-10 23:59:59"), of("2021-W01"));
        assertEquals(r("1980-01-01 00:00:00", "1989-12-31 23:59:59"), of("198"));
        assertEquals(r("1900-01-01 00:00:00", "1999-12-31 23:59:59"), of("19"));
        assertEquals(r("2017-08-11 00:00:00", "2017-08-22 23:59:59"), of("2017-08-11/2017-08-22"));
    }

    @Test
    void aClockEndWrittenToTheHourIsThatInstant() {
        // 下午3点至8点 ends at 20:00:00; 下午1点10分到3点半 covers the last minute; a lone hour covers the hour
        assertEquals(
                r("2021-06-15 15:00:00", "2021-06-15 20:00:00"), of("2021-06-15T15/2021-06-15T20"));
        assertEquals(
                r("2021-06-14 13:10:00", "2021-06-14 15:30:59"),
                of("2021-06-14T13:10/2021-06-14T15:30"));
        assertEquals(
                r("2021-06-14 23:00:00", "2021-06-15 00:00:00"), of("2021-06-14T23/2021-06-14T24"));
        assertEquals(r("2021-06-14 20:00:00", "2021-06-14 20:59:59"), of("2021-06-14T20"));
    }

    private static LocalDateTime t(String s) {
        return LocalDateTime.parse(s, TimeSpans.FORMAT);
    }

    @Test
    void conventionConflictsAreDetectedMechanically() {
        LocalDateTime ref = t("2022-03-09 14:20:30"); // a Wednesday afternoon
        assertEquals(
                "convention: window from the reference instant",
                TimeCases.conventionConflict(
                        "年底以前", ref, r("2022-03-09 14:20:30", "2022-12-31 23:59:59")));
        assertEquals(
                "convention: duration as a window",
                TimeCases.conventionConflict(
                        "12天内",
                        t("2020-05-06 00:00:00"),
                        r("2020-05-06 00:00:00", "2020-05-17 23:59:59")));
        assertNull(
                TimeCases.conventionConflict(
                        "年底", ref, r("2022-11-01 00:00:00", "2022-12-31 23:59:59")),
                "年底 as November-December is zhnews's own reading now");
        assertEquals(
                "convention: two-digit year ahead",
                TimeCases.conventionConflict(
                        "八九年7月三号",
                        t("1975-04-11 09:30:00"),
                        r("1989-07-03 00:00:00", "1989-07-03 23:59:59")));
        assertEquals(
                "convention: weekday ahead",
                TimeCases.conventionConflict(
                        "星期六", ref, r("2022-03-12 00:00:00", "2022-03-12 23:59:59")));
        assertEquals(
                "convention: date without year ahead",
                TimeCases.conventionConflict(
                        "10月15日",
                        t("2010-04-20 00:00:00"),
                        r("2010-10-15 00:00:00", "2010-10-15 23:59:59")));
        assertEquals(
                "convention: holiday or lunar date in the reference year",
                TimeCases.conventionConflict(
                        "重阳节上午",
                        t("2022-01-05 00:00:00"),
                        r("2022-10-04 07:00:00", "2022-10-04 11:59:59")));
        assertNull(
                TimeCases.conventionConflict(
                        "重阳节",
                        t("2022-07-01 00:00:00"),
                        r("2022-10-04 00:00:00", "2022-10-04 23:59:59")));
        assertEquals(
                "convention: clock offset as a window",
                TimeCases.conventionConflict(
                        "3小时后", ref, r("2022-03-09 17:20:30", "2022-03-09 18:20:30")));
        assertNull(
                TimeCases.conventionConflict(
                        "3小时后", ref, r("2022-03-09 17:20:00", "2022-03-09 17:20:59")));
        assertEquals(
                "convention: clock offset as a window",
                TimeCases.conventionConflict(
                        "40秒前", ref, r("2022-03-09 14:19:50", "2022-03-09 14:19:51")));
        assertNull(
                TimeCases.conventionConflict(
                        "40秒前", ref, r("2022-03-09 14:19:50", "2022-03-09 14:19:50")));
        assertEquals(
                "convention: part of the day as fixed hours",
                TimeCases.conventionConflict(
                        "周五下午", ref, r("2022-03-11 13:00:00", "2022-03-11 17:59:59")));
        assertNull(
                TimeCases.conventionConflict(
                        "周三下午3点", ref, r("2022-03-09 15:00:00", "2022-03-09 15:59:59")));
        assertNull(
                TimeCases.conventionConflict(
                        "今年冬天", ref, r("2022-11-07 00:00:00", "2023-02-03 23:59:59")),
                "a season bounded by its solar terms is zhnews's own reading now");
        assertNull(
                TimeCases.conventionConflict(
                        "今年春节", ref, r("2022-02-01 00:00:00", "2022-02-01 23:59:59")));
        assertEquals(
                "convention: vague count",
                TimeCases.conventionConflict(
                        "八个多月后", ref, r("2022-11-01 00:00:00", "2022-11-30 23:59:59")));
        assertNull(
                TimeCases.conventionConflict(
                        "三十几年前", ref, r("1982-01-01 00:00:00", "1992-12-31 23:59:59")),
                "some tens of years are zhnews's own reading now");
        assertEquals(
                "convention: ordinal year",
                TimeCases.conventionConflict(
                        "第三年", ref, r("2024-01-01 00:00:00", "2024-12-31 23:59:59")));
        // a text that is only a year is a date for zhnews too: no longer a conflict
        assertNull(
                TimeCases.conventionConflict(
                        "1998", ref, r("1998-01-01 00:00:00", "1998-12-31 23:59:59")));
        assertEquals(
                "convention: minutes and seconds without an hour",
                TimeCases.conventionConflict(
                        "42:05", ref, r("2022-03-09 14:42:05", "2022-03-09 14:42:05")));
        assertNull(
                TimeCases.conventionConflict(
                        "12:05", ref, r("2022-03-09 12:05:00", "2022-03-09 12:05:59")));
        assertEquals(
                "reference answer contradicts the text",
                TimeCases.conventionConflict(
                        "本月最后两天", ref, r("2022-03-29 00:00:00", "2022-03-31 23:59:59")));
        assertNull(
                TimeCases.conventionConflict(
                        "本月最后两天", ref, r("2022-03-30 00:00:00", "2022-03-31 23:59:59")));
        // in scope: the rule agrees, an explicit year, an eight-digit date, a weekday with 下, today
        // at midnight
        assertNull(
                TimeCases.conventionConflict(
                        "4月8日", ref, r("2022-04-08 00:00:00", "2022-04-08 23:59:59")));
        assertNull(
                TimeCases.conventionConflict(
                        "2026年内", ref, r("2026-01-01 00:00:00", "2026-12-31 23:59:59")));
        assertNull(
                TimeCases.conventionConflict(
                        "20250418", ref, r("2025-04-18 00:00:00", "2025-04-18 23:59:59")));
        assertNull(
                TimeCases.conventionConflict(
                        "下周周六", ref, r("2022-03-19 00:00:00", "2022-03-19 23:59:59")));
        assertNull(
                TimeCases.conventionConflict(
                        "今天",
                        t("2022-01-01 00:00:00"),
                        r("2022-01-01 00:00:00", "2022-01-01 23:59:59")));
    }

    @Test
    void unconvertibleValues() {
        assertNull(of(null));
        assertNull(of(""));
        assertNull(of("P3D"));
        assertNull(of("XXXX-05-21"));
        assertNull(of("2021-13"));
        assertNull(of("2021-05-01/2020-01-01"));
    }

    private static DateMention m(String text, int start, String value) {
        return new DateMention(text, start, start + text.length(), value, DateType.DATE);
    }

    @Test
    void coverage() {
        TimeSpans.Range day = r("2021-06-13 00:00:00", "2021-06-13 23:59:59");
        assertTrue(TimeCases.passes(List.of(m("昨天", 0, "2021-06-13")), day));
        assertFalse(TimeCases.passes(List.of(m("昨天", 0, "2021-06-12")), day));
        assertFalse(
                TimeCases.passes(
                        List.of(m("六月", 0, "2021-06")), day)); // coarser is not the same span
        assertFalse(TimeCases.passes(List.of(), day)); // nothing found
        assertFalse(TimeCases.passes(List.of(m("近日", 0, null)), day)); // no value
        TimeSpans.Range evening = r("2021-06-13 20:00:00", "2021-06-13 21:59:59");
        DateMention eight =
                new DateMention(
                        "8点", 0, 2, "2021-06-13T20:00", DateType.TIME, DateGrain.HOUR, null);
        DateMention nine =
                new DateMention(
                        "9点", 3, 5, "2021-06-13T21:00", DateType.TIME, DateGrain.HOUR, null);
        assertTrue(TimeCases.passes(List.of(eight, nine), evening));
        // the same clock times at minute grain are two minutes, not two hours
        assertFalse(
                TimeCases.passes(
                        List.of(
                                m("20:00", 0, "2021-06-13T20:00"),
                                m("21:00", 6, "2021-06-13T21:00")),
                        evening));
    }

    @Test
    void presentAndRoughHours() {
        LocalDateTime ref = LocalDateTime.of(2021, 6, 14, 1, 6, 40);
        DateMention now = new DateMention("现在", 0, 2, "PRESENT_REF", DateType.DATE);
        assertTrue(
                TimeCases.passes(
                        List.of(now), r("2021-06-14 01:06:40", "2021-06-14 01:06:40"), ref));
        assertFalse(
                TimeCases.passes(
                        List.of(now),
                        r("2021-06-14 01:06:40", "2021-06-14 01:06:40"))); // no reference
        DateMention since = new DateMention("去年以来", 0, 4, "2020/PRESENT_REF", DateType.INTERVAL);
        assertTrue(
                TimeCases.passes(
                        List.of(since), r("2020-01-01 00:00:00", "2021-06-14 01:06:40"), ref));
        // a start after the reference runs to no present
        DateMention ahead = new DateMention("2022年以来", 0, 7, "2022/PRESENT_REF", DateType.INTERVAL);
        assertFalse(TimeCases.predicted(List.of(ahead), ref).isPresent());
        // a range written to a clock hour includes that instant; a rough hour (七八点) names whole
        // hours
        DateMention toFour =
                new DateMention(
                        "2时至4时",
                        0,
                        5,
                        "2021-06-14T14:00/2021-06-14T16:00",
                        DateType.INTERVAL,
                        DateGrain.HOUR,
                        null);
        assertTrue(
                TimeCases.passes(List.of(toFour), r("2021-06-14 14:00:00", "2021-06-14 16:00:00")));
        DateMention rough =
                new DateMention(
                        "七八点",
                        0,
                        3,
                        "2021-06-14T19:00/2021-06-14T21:00",
                        DateType.INTERVAL,
                        DateGrain.HOUR,
                        null);
        assertTrue(
                TimeCases.passes(List.of(rough), r("2021-06-14 19:00:00", "2021-06-14 20:59:59")));
    }

    @Test
    void windowWordsStayOutsidePeoplesDailySpans() {
        assertEquals(2, ZhnewsAnnotator.windowWord("2018年以来"));
        assertEquals(3, ZhnewsAnnotator.windowWord("2001年起至今"));
        assertEquals(1, ZhnewsAnnotator.windowWord("2025年前"));
        assertEquals(2, ZhnewsAnnotator.windowWord("明年6月之前"));
        assertEquals(0, ZhnewsAnnotator.windowWord("2019年至2021年"));
    }

    @Test
    void partsOfAUnitAreCutAsPeoplesDailyWritesThem() {
        assertEquals(List.of("１９９７年"), pieces("１９９７年底"));
        assertEquals(List.of("４月"), pieces("４月初"));
        assertEquals(List.of("本世纪"), pieces("本世纪末"));
        assertEquals(List.of("去年底"), pieces("去年底"));
        assertEquals(List.of("年初"), pieces("年初"));
        assertEquals(List.of("去年", "年底"), pieces("去年年底"));
        assertEquals(List.of(), pieces("八十年代初"), "a decade is a number and a noun, no time word");
    }

    private static List<String> pieces(String text) {
        List<Span> out = new java.util.ArrayList<>();
        ZhnewsAnnotator.piece(text, 0, text.length(), out);
        return out.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void caseScope() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json =
                new com.fasterxml.jackson.databind.ObjectMapper();
        TimeCases.Case c =
                TimeCases.parse(
                        json.readTree(
                                "{\"block\":0,\"text\":\"前天\",\"time_base\":{\"kind\":\"partial_list\","
                                        + "\"value\":[2020,3]},\"expected\":{\"type\":\"time_point\",\"time\":[\"2020-02-28 00:00:00\",\"2020-02-28 23:59:59\"]}}"));
        assertNull(c.outOfScope());
        assertEquals(LocalDateTime.of(2020, 3, 1, 0, 0), c.reference());
        assertNotNull(c.expected());
        assertEquals(
                "expected type time_delta",
                TimeCases.parse(
                                json.readTree(
                                        "{\"block\":0,\"text\":\"三天\",\"time_base\":{\"kind\":\"none\"},\"expected\":{\"type\":\"time_delta\"}}"))
                        .outOfScope());
        assertEquals(
                "open-ended span (inf)",
                TimeCases.parse(
                                json.readTree(
                                        "{\"block\":0,\"text\":\"以前\",\"time_base\":"
                                                + "{\"kind\":\"partial_dict\",\"value\":{\"year\":2021}},\"expected\":{\"type\":\"time_span\",\"time\":[\"-inf\",\"2019-01-01 00:00:00\"]}}"))
                        .outOfScope());
        assertEquals(
                "ret_future=True",
                TimeCases.parse(
                                json.readTree(
                                        "{\"block\":1,\"text\":\"周一\",\"time_base\":"
                                                + "{\"kind\":\"timestamp\",\"cst\":\"2022-03-09 14:20:30\"},\"expected\":{\"type\":\"time_point\",\"time\":[\"2021-09-06 00:00:00\",\"2021-09-06 23:59:59\"]}}"))
                        .outOfScope());
        TimeCases.Case ts =
                TimeCases.parse(
                        json.readTree(
                                "{\"block\":0,\"text\":\"x\",\"time_base\":{\"kind\":\"timestamp\","
                                        + "\"cst\":\"2022-03-09 14:20:30\"},\"expected\":{\"type\":\"time_point\",\"time\":[\"2021-06-14 00:00:00\",\"2021-06-14 23:59:59\"]}}"));
        assertEquals(LocalDateTime.of(2022, 3, 9, 14, 20, 30), ts.reference());
        String halfYear =
                "{\"block\":0,\"text\":\"半年前\",\"time_base\":{\"kind\":\"partial_list\",\"value\":%s},"
                        + "\"expected\":{\"type\":\"time_span\",\"time\":[\"2019-01-01 00:00:00\",\"2019-01-31 23:59:59\"]}}";
        TimeCases.Case noDay = TimeCases.parse(json.readTree(String.format(halfYear, "[2019,7]")));
        assertEquals("convention: offset from a reference without a day", noDay.outOfScope());
        assertEquals(
                LocalDateTime.of(2019, 7, 1, 0, 0),
                noDay.reference()); // still scored in span-acc-all
        assertNull(
                TimeCases.parse(json.readTree(String.format(halfYear, "[2019,7,1]"))).outOfScope());
    }
}
