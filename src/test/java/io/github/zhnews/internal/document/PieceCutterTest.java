package io.github.zhnews.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PieceCutterTest {
    @Test
    void aShortTextIsOnePiece() {
        assertEquals(List.of(5), PieceCutter.ends("今天天气好", 10));
        assertEquals(List.of(0), PieceCutter.ends("", 10));
        assertThrows(IllegalArgumentException.class, () -> PieceCutter.ends("今天", 1));
    }

    @Test
    void aParagraphEndComesFirst() {
        // window of 20 from 0: the second half is [10, 20); the line break at 12 wins over the 。 at
        // 16
        String text = "市里召开会议研究工作。\n明天继续开会。我们说，好的好的好的好的";
        assertEquals(List.of(12, text.length()), PieceCutter.ends(text, 20));
    }

    @Test
    void thenASentenceEndWithItsClosingQuote() {
        String text = "他说：“市里明天召开会议。”记者随后来到现场，看到很多人";
        int quote = text.indexOf('”') + 1;
        assertEquals(quote, PieceCutter.ends(text, 20).get(0));
    }

    @Test
    void thenAPauseThenAnyBoundaryButInsideASurrogatePair() {
        String commas = "一二三四五六七八九十一二，三四五六七八九十一二三四";
        assertEquals(13, PieceCutter.ends(commas, 20).get(0));
        String han = "\uD840\uDC00".repeat(15); // 30 chars, a supplementary ideograph each two
        List<Integer> ends = PieceCutter.ends(han, 21);
        assertEquals(20, ends.get(0)); // not 21: that would split a pair
        assertEquals(30, ends.get(1));
    }

    @Test
    void everyPieceEndsInTheSecondHalfOfItsWindowAndTheLastAtTheEnd() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            b.append(i % 7 == 0 ? "\n" : "")
                    .append("市教育局副局长王强在会上说，明年将新建")
                    .append(i % 10)
                    .append("所学校。");
        }
        String text = b.toString();
        List<Integer> ends = PieceCutter.ends(text, 1000);
        int from = 0;
        for (int end : ends) {
            assertTrue(end > from, ends.toString());
            if (end < text.length()) {
                assertTrue(end - from >= 500 && end - from <= 1000, from + ".." + end);
                char before = text.charAt(end - 1);
                assertTrue(before == '\n' || before == '。', "cut after " + before);
            }
            from = end;
        }
        assertEquals(text.length(), from);
    }
}
