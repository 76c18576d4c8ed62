package io.github.zhnews.internal.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.model.Token;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NewsSegmenterTest {
    private static final NewsSegmenter PLAIN = new NewsSegmenter(UserDictionary.empty());

    private static List<String> words(NewsSegmenter s, String text) {
        return s.segment(text).stream().map(Token::text).collect(Collectors.toList());
    }

    @Test
    void keepsNewsTermsWholeWithOffsets() {
        String text = "全区上下扎实开展主题教育和调查研究。";
        List<Token> tokens = PLAIN.segment(text);
        Token theme =
                tokens.stream().filter(t -> t.text().equals("主题教育")).findFirst().orElseThrow();
        assertEquals(8, theme.start());
        assertEquals(12, theme.end());
        Token research =
                tokens.stream().filter(t -> t.text().equals("调查研究")).findFirst().orElseThrow();
        assertEquals(13, research.start());
        assertEquals(17, research.end());
    }

    /** HanLP's dictionary lacks 下周 and 本周; without them it reads 下/f 周王强/nr, a name made of a date. */
    @Test
    void aWeekIsNoPartOfTheNameAfterIt() {
        assertEquals(List.of("下周", "王强", "出差", "。"), words(PLAIN, "下周王强出差。"));
        assertEquals(List.of("本周", "张华", "出席", "会议", "。"), words(PLAIN, "本周张华出席会议。"));
    }

    @Test
    void aDayOrAMonthIsNoPartOfTheNameAfterIt() {
        assertEquals(List.of("前天", "王强", "出差", "。"), words(PLAIN, "前天王强出差。"));
        assertEquals(List.of("后天", "王强", "出差", "。"), words(PLAIN, "后天王强出差。"));
        assertEquals(List.of("下个月", "王强", "出差", "。"), words(PLAIN, "下个月王强出差。"));
        assertEquals(List.of("昨天", "天津", "降温", "。"), words(PLAIN, "昨天天津降温。"));
        // the lattice reads 前天/王/强 when the day word is in view, and 王强 once the rest is read alone
        assertEquals(
                List.of("前天", "王强", "在", "北京", "会见", "了", "客人", "。"),
                words(PLAIN, "前天王强在北京会见了客人。"));
        assertEquals(
                List.of("大前天", "王强", "在", "北京", "会见", "了", "客人", "。"),
                words(PLAIN, "大前天王强在北京会见了客人。"));
    }

    @Test
    void offsetsCoverTheTextExceptWhitespace() {
        String text = "他说：  今天下雨了。\n明天 会晴吗？ ABC 123";
        List<Token> tokens = PLAIN.segment(text);
        int covered = 0;
        int last = 0;
        for (Token t : tokens) {
            assertTrue(t.start() >= last, "tokens are ordered and do not overlap");
            assertEquals(text.substring(t.start(), t.end()), t.text());
            covered += t.text().length();
            last = t.end();
        }
        assertEquals(text.replaceAll("\\s", "").length(), covered);
    }

    @Test
    void userWordsStayInTheirOwnSegmenter() {
        NewsSegmenter custom = new NewsSegmenter(UserDictionary.ofWords(List.of("青稞酒酿造坊")));
        String text = "村里新开了一家青稞酒酿造坊。";
        assertTrue(words(custom, text).contains("青稞酒酿造坊"));
        assertFalse(
                words(PLAIN, text).contains("青稞酒酿造坊"), "another segmenter must not see the word");
        assertFalse(words(new NewsSegmenter(UserDictionary.empty()), text).contains("青稞酒酿造坊"));
    }

    @Test
    void longTextIsCutIntoChunksWithoutLosingCharacters() {
        String sentence = "各地区各部门认真落实中央决策部署，";
        String text = sentence.repeat(200); // no sentence end at all: forces comma cuts
        List<Token> tokens = PLAIN.segment(text);
        assertEquals(text.length(), tokens.stream().mapToInt(t -> t.text().length()).sum());
        assertEquals(text.length(), tokens.get(tokens.size() - 1).end());
    }

    @Test
    void chunkEndNeverSplitsASurrogatePair() {
        String text = "字".repeat(NewsSegmenter.MAX_CHUNK - 1) + "😀" + "字".repeat(10);
        int end = NewsSegmenter.chunkEnd(text, 0, text.length());
        assertFalse(Character.isHighSurrogate(text.charAt(end - 1)));
    }

    @Test
    void emptyAndBlankTextGiveNoTokens() {
        assertTrue(PLAIN.segment("").isEmpty());
        assertTrue(PLAIN.segment(" \n\t ").isEmpty());
    }
}
