package io.github.zhnews.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.internal.resources.ResourceException;
import org.junit.jupiter.api.Test;

/** The finder's word lists: read once, immutable, and a broken file names itself and its line. */
class TimeListsTest {
    @Test
    void loadedOncePerJvm() {
        assertSame(TimeLists.get(), TimeLists.get());
        assertSame(TimeLists.get(), TimeLists.get());
        assertThrows(UnsupportedOperationException.class, () -> TimeLists.get().holidays.clear());
        assertThrows(UnsupportedOperationException.class, () -> TimeLists.get().eras.clear());
    }

    @Test
    void listsHoldTheirEntries() {
        assertTrue(
                TimeLists.get().holidays.stream()
                        .anyMatch(h -> h.word().equals("国庆节") && h.month() == 10));
        assertEquals(1736, DateParser.era("乾隆五十年", 0).firstYear());
        assertTrue(java.util.Arrays.asList(TimeLists.get().present).contains("现在"));
        TimeLists t = TimeLists.get();
        assertEquals(new TimeLists.DayPart("下午", "AF", "pm"), t.dayParts.get("下午"));
        assertEquals(
                "晚上",
                java.util.Arrays.stream(t.clockPeriods)
                        .filter(w -> w.startsWith("晚"))
                        .findFirst()
                        .orElseThrow(),
                "a part of the day that starts another is tried after it");
        assertTrue(java.util.Arrays.asList(t.lonePeriods).contains("午夜"));
        assertTrue(!java.util.Arrays.asList(t.clockPeriods).contains("午夜"));
        assertEquals(
                new TimeLists.Season("去秋", -1, "FA"),
                t.seasons.stream().filter(x -> x.word().equals("去秋")).findFirst().orElseThrow());
        assertEquals(
                new RelativeWords.Rel("次日", 1, true, null),
                java.util.Arrays.stream(t.days)
                        .filter(r -> r.word().equals("次日"))
                        .findFirst()
                        .orElseThrow());
        assertEquals(
                new RelativeWords.Rel("今晚", 0, false, "晚上"),
                java.util.Arrays.stream(t.days)
                        .filter(r -> r.word().equals("今晚"))
                        .findFirst()
                        .orElseThrow());
        assertEquals(new RelativeWords.Rel("去年", -1, false, null), t.years[1]);
        assertTrue(t.futureFrames.contains("未来") && !t.futureFrames.contains("近"));
        assertTrue(
                java.util.Arrays.asList(t.dayFollowers).contains("举行")
                        && java.util.Arrays.asList(t.clockFollowers).contains("举行"));
        assertTrue(t.aheadCues.contains("将于"));
        assertTrue(java.util.Arrays.asList(t.toNow).contains("迄今"));
        assertTrue(
                t.toNow[0].length() >= t.toNow[t.toNow.length - 1].length(),
                "the longest word to the present is tried first");
        assertEquals(TimeLists.WindowKind.SINCE, t.windowKinds.get("以来"));
        assertEquals(TimeLists.WindowKind.BEFORE, t.windowKinds.get("之前"));
        assertTrue(java.util.Arrays.asList(t.notWindows).contains("前夕"));
        assertTrue(
                !java.util.Arrays.asList(t.windowWords).contains("前夕"),
                "a word that is no window is kept apart from the window words");
        assertTrue(t.breaksDayPart('会') && !t.breaksDayPart('上'));
        assertTrue(t.breaksNear('接') && t.breaksNear('已') && !t.breaksNear('的'));
    }

    @Test
    void aBrokenLineNamesFileAndLine() {
        ResourceException e =
                assertThrows(
                        ResourceException.class, () -> TimeLists.rows("time-test-broken.tsv", 3));
        assertEquals(
                "zhnews model file 'models/time-test-broken.tsv' line 3: expected 3 tab-separated columns, found 2",
                e.getMessage());
    }

    @Test
    void aDuplicateNamesFileAndLine() {
        ResourceException e =
                assertThrows(
                        ResourceException.class,
                        () -> TimeLists.rows("time-test-duplicate.tsv", 2));
        assertEquals(
                "zhnews model file 'models/time-test-duplicate.tsv' line 3: duplicate entry '民国' (first on line 2)",
                e.getMessage());
    }

    @Test
    void aMissingFileSaysSo() {
        ResourceException e =
                assertThrows(ResourceException.class, () -> TimeLists.rows("no-such.tsv", 1));
        assertTrue(e.getMessage().contains("'models/no-such.tsv' is missing"), e.getMessage());
    }
}
