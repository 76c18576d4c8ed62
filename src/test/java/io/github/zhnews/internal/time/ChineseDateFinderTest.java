package io.github.zhnews.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.DateType;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseDateFinderTest {
    private static final LocalDateTime REF = LocalDateTime.of(2023, 5, 21, 10, 0);
    private final ChineseDateFinder finder = new ChineseDateFinder();

    @Test
    void offsetsOfAFullDateTime() {
        String text = "据悉，2023年5月21日上午9时，大会开幕。";
        List<DateMention> found = finder.find(text, REF);
        assertEquals(1, found.size());
        DateMention m = found.get(0);
        assertEquals(3, m.start());
        assertEquals(17, m.end());
        assertEquals("2023年5月21日上午9时", m.text());
        assertEquals("2023-05-21T09:00", m.value()); // written to the hour: hour precision
        assertEquals(DateType.TIME, m.type());
    }

    @Test
    void offsetsOfARangeAfterFullWidthDigits() {
        String text = "展会于４月２４日至２９日举办，５月１日闭馆。";
        List<DateMention> found = finder.find(text, REF);
        assertEquals(2, found.size());
        assertEquals(3, found.get(0).start());
        assertEquals(12, found.get(0).end());
        assertEquals("2023-04-24/2023-04-29", found.get(0).value());
        assertEquals(DateType.INTERVAL, found.get(0).type());
        assertEquals("５月１日", found.get(1).text());
        assertEquals(15, found.get(1).start());
    }

    @Test
    void offsetsAfterSurrogatePairs() {
        String text = "😀😀5月1日😀";
        List<DateMention> found = finder.find(text, REF);
        assertEquals(1, found.size());
        assertEquals(4, found.get(0).start());
        assertEquals(8, found.get(0).end());
        assertEquals("2023-05-01", found.get(0).value());
    }

    @Test
    void mentionsAcrossLinesAreInTextOrder() {
        String text = "第一段：5月18日召开会议。\n第二段：次日下午3时复会，6月举行第二次会议。";
        List<DateMention> found = finder.find(text, REF);
        assertEquals(
                List.of("5月18日", "次日下午3时", "6月"), found.stream().map(DateMention::text).toList());
        assertEquals("2023-05-19T15:00", found.get(1).value());
        for (int k = 1; k < found.size(); k++) {
            assertTrue(found.get(k - 1).end() <= found.get(k).start());
        }
    }

    @Test
    void newsYearInferenceLeansToThePastUnlessTheTextLooksAhead() {
        assertEquals("2023-12-28", valueOf("12月28日", LocalDateTime.of(2024, 1, 3, 8, 0)));
        assertEquals("2022-10-01", valueOf("10月1日", LocalDateTime.of(2023, 5, 10, 8, 0)));
        assertEquals(
                "2023-10-01",
                finder.find("新规10月1日起施行。", LocalDateTime.of(2023, 5, 10, 8, 0)).get(0).value());
        assertEquals("1997-07-01", valueOf("7月1日", LocalDateTime.of(1998, 1, 26, 8, 0)));
        assertEquals("2023-05-05", valueOf("5月5日", REF));
        assertEquals("2024-01-02", valueOf("1月2日", LocalDateTime.of(2023, 12, 28, 8, 0)));
        // 11月 in May: 6 months back or 6 months ahead; the tie goes to the past
        assertEquals("2022-11", valueOf("11月", REF));
        // 2月29日 only exists in 2024 among 2022-2024
        assertEquals("2024-02-29", valueOf("2月29日", REF));
    }

    @Test
    void bareDayFallsBackToThePreviousMonthWhenFarInTheFuture() {
        assertEquals("2023-05-15", valueOf("15日", REF));
        assertEquals("2023-04-28", valueOf("28日", LocalDateTime.of(2023, 5, 3, 8, 0)));
        assertEquals("2023-05-13", valueOf("13日", LocalDateTime.of(2023, 5, 3, 8, 0)));
        assertEquals("2023-03-31", valueOf("31日", LocalDateTime.of(2023, 4, 25, 8, 0)));
    }

    @Test
    void anchoredWordsUseTheLastFullDate() {
        List<DateMention> found = finder.find("次日，2022年12月31日发生，次日恢复。", REF);
        assertEquals("2023-05-22", found.get(0).value());
        assertEquals("2023-01-01", found.get(2).value());
    }

    @Test
    void vagueWordHasNoValue() {
        DateMention m = finder.find("近日，市里召开会议。", REF).get(0);
        assertNull(m.value());
        assertTrue(m.normalized().isEmpty());
        assertEquals(DateType.DATE, m.type());
    }

    @Test
    void invalidFieldsAreRejected() {
        for (String s : List.of("2月30日", "13月", "4月31日", "25时", "8:61", "2023年0月", "0日")) {
            assertTrue(finder.find(s, REF).isEmpty(), s);
        }
    }

    @Test
    void nullTextThrowsAndEmptyTextGivesNothing() {
        assertThrows(NullPointerException.class, () -> finder.find(null, REF));
        assertTrue(finder.find("", REF).isEmpty());
    }

    @Test
    void htmlAroundADate() {
        List<DateMention> found = finder.find("<p class=\"t\">2023年5月21日</p>&nbsp;<br/>", REF);
        assertEquals(1, found.size());
        assertEquals("2023-05-21", found.get(0).value());
    }

    @Test
    void aSharedInstanceGivesTheSameAnswerOnEveryThread() throws InterruptedException {
        String text = "5月18日，次日上午9时，4月24日至29日，上周五。";
        List<DateMention> expected = finder.find(text, REF);
        List<DateMention>[] results = new List[8];
        Thread[] threads = new Thread[results.length];
        for (int t = 0; t < threads.length; t++) {
            int k = t;
            threads[t] = new Thread(() -> results[k] = finder.find(text, REF));
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (List<DateMention> r : results) {
            assertEquals(expected, r);
        }
    }

    private String valueOf(String text, LocalDateTime ref) {
        List<DateMention> found = finder.find(text, ref);
        assertEquals(1, found.size(), () -> text + " -> " + found);
        assertEquals(text, found.get(0).text());
        return found.get(0).value();
    }
}
