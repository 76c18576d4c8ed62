package io.github.zhnews.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.model.DateMention;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Property-style checks on random and hostile input: never throws, valid offsets, deterministic. */
class RobustnessTest {
    private static final String DATE_ALPHABET =
            "0123456789０１２３４５６７８９〇零一二两三四五六七八九十年月日号时点分至到-—~" + "./:上下午晚前后今去明昨次当同周星期每近半季度旬初底末个天小 ";
    private final ChineseDateFinder finder = new ChineseDateFinder();

    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 42L, 2023L, 99991L})
    void randomCodePoints(long seed) {
        Random rnd = new Random(seed);
        for (int k = 0; k < 300; k++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(60);
            for (int j = 0; j < len; j++) {
                int cp = rnd.nextInt(4) == 0 ? rnd.nextInt(0x110000) : 0x4E00 + rnd.nextInt(0x5000);
                if (cp >= 0xD800 && cp <= 0xDFFF) {
                    cp = 0xFFFD;
                }
                sb.appendCodePoint(cp);
            }
            check(sb.toString(), randomReference(rnd));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {3L, 11L, 500L, 8080L, 123456L})
    void randomDateLikeStrings(long seed) {
        Random rnd = new Random(seed);
        for (int k = 0; k < 2000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + rnd.nextInt(30);
            for (int j = 0; j < len; j++) {
                sb.append(DATE_ALPHABET.charAt(rnd.nextInt(DATE_ALPHABET.length())));
            }
            check(sb.toString(), randomReference(rnd));
        }
    }

    @Test
    void loneSurrogatesAndControlCharacters() {
        check(
                "\uD800\uDC00\uDFFF\uD800年5月\u0000\u0007 2023年\uD83D",
                LocalDateTime.of(2023, 5, 21, 10, 0));
    }

    @Test
    void largeInputIsHandled() {
        StringBuilder sb = new StringBuilder();
        String unit = "记者5月21日获悉，2023年4月24日至29日，上午10时，共4000余人参加，增长30%。1111111111年年年月月月日日日";
        while (sb.length() < 1_000_000) {
            sb.append(unit);
        }
        List<DateMention> found = check(sb.toString(), LocalDateTime.of(2023, 5, 21, 10, 0));
        assertTrue(found.size() > 1000);
    }

    @Test
    void longRunsOfDigitsAndNumerals() {
        String digits = "9".repeat(100_000) + "年" + "十".repeat(100_000) + "月" + "-".repeat(50_000);
        check(digits, LocalDateTime.of(2023, 5, 21, 10, 0));
    }

    @Test
    void extremeReferenceDates() {
        check("5月5日 15日 次日 去年 明年 上周五 12月31日至1月1日", LocalDateTime.of(1, 1, 1, 0, 0));
        check("5月5日 15日 次日 去年 明年 上周五 12月31日至1月1日", LocalDateTime.of(9999, 12, 31, 23, 59));
    }

    private List<DateMention> check(String text, LocalDateTime ref) {
        List<DateMention> first = finder.find(text, ref);
        assertNotNull(first);
        int lastEnd = 0;
        for (DateMention m : first) {
            assertTrue(m.start() >= lastEnd, () -> "overlap or disorder in " + first);
            assertTrue(m.end() > m.start() && m.end() <= text.length());
            assertEquals(text.substring(m.start(), m.end()), m.text());
            lastEnd = m.end();
        }
        assertEquals(first, finder.find(text, ref), "not deterministic");
        return first;
    }

    private static LocalDateTime randomReference(Random rnd) {
        return LocalDateTime.of(
                1950 + rnd.nextInt(100),
                1 + rnd.nextInt(12),
                1 + rnd.nextInt(28),
                rnd.nextInt(24),
                rnd.nextInt(60));
    }
}
