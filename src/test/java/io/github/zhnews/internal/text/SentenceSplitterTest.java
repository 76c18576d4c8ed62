package io.github.zhnews.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    static Stream<Arguments> golden() {
        return Golden.rows("/text/sentences.tsv").stream().map(r -> Arguments.of(r[0], r[1]));
    }

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("golden")
    void goldenCases(String input, String expected) {
        List<String> want =
                expected.equals("-") ? List.of() : Arrays.asList(expected.split(" \\|\\| "));
        assertEquals(want, texts(input));
    }

    @Test
    void offsetsIndexIntoTheText() {
        String text = "5月5日，自治区党委召开推进会。会议明确了7大类24项课题！";
        List<TextSpan> spans = splitter.split(text);
        assertEquals(List.of(new TextSpan(0, 16), new TextSpan(16, 30)), spans);
        assertEquals("会议明确了7大类24项课题！", spans.get(1).of(text));
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        String text = "格桑说：“问题找得准不准，决定了办法管不管用。”随后散会。";
        List<TextSpan> spans = splitter.split(text);
        assertEquals(List.of(new TextSpan(0, 24), new TextSpan(24, 29)), spans);
        assertEquals('”', text.charAt(23));
    }

    @Test
    void quoteEndingWithExclamationAndBracket() {
        assertEquals(List.of("（全文完！）", "下一段。"), texts("（全文完！）下一段。"));
    }

    @Test
    void neverSplitsAtCommas() {
        String text = "西藏、四川、云南，三地联合开展调研，形成报告";
        assertEquals(List.of(new TextSpan(0, text.length())), splitter.split(text));
    }

    @Test
    void lineBreaksSplitAndSpansAreTrimmed() {
        String text = "　　第一段没有句号\n\n  第二段。  \n";
        assertEquals(List.of(new TextSpan(2, 9), new TextSpan(13, 17)), splitter.split(text));
    }

    @Test
    void rangeIsRespectedAndOffsetsStayAbsolute() {
        String text = "前言。正文第一句。正文第二句！尾声。";
        List<TextSpan> spans = splitter.split(text, 3, 15);
        assertEquals(List.of(new TextSpan(3, 9), new TextSpan(9, 15)), spans);
        assertEquals("正文第二句！", spans.get(1).of(text));
        assertEquals(
                List.of(new TextSpan(3, 8)),
                splitter.split(text, 3, 8),
                "a cut range ends the last span");
        assertEquals(List.of(), splitter.split(text, 4, 4));
    }

    @Test
    void invalidRangesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> splitter.split("abc", -1, 2));
        assertThrows(IllegalArgumentException.class, () -> splitter.split("abc", 2, 1));
        assertThrows(IllegalArgumentException.class, () -> splitter.split("abc", 0, 4));
        assertThrows(NullPointerException.class, () -> splitter.split(null));
    }

    @Test
    void decimalsAndVersionNumbersAreNotEnds() {
        assertEquals(
                List.of("首期投入1.2亿元，同比增长3.5%。", "版本为v2.0.1。"),
                texts("首期投入1.2亿元，同比增长3.5%。版本为v2.0.1。"));
    }

    @Test
    void englishSentenceBeforeChineseText() {
        assertEquals(
                List.of("He said it was fine.", "随后他离开了。"), texts("He said it was fine.随后他离开了。"));
    }

    @Test
    void textWithoutMarksIsOneSpan() {
        String text = "没有任何标点的一段文字";
        assertEquals(List.of(new TextSpan(0, text.length())), splitter.split(text));
    }

    @Test
    void aMegabyteOfTextIsSplitCompletely() {
        String sentence = "西藏自治区党委组织部开展调研，形成报告3.5万字……真的？！“是的。”\n";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append(sentence);
        }
        String text = sb.toString();
        List<TextSpan> spans = splitter.split(text);
        int repeats = text.length() / sentence.length();
        assertEquals(repeats * 2, spans.size());
        int previousEnd = 0;
        for (TextSpan s : spans) {
            assertTrue(s.start() >= previousEnd && s.end() <= text.length() && s.length() > 0);
            previousEnd = s.end();
        }
        assertEquals("“是的。”", spans.get(spans.size() - 1).of(text));
    }

    @Test
    void aMegabyteWithoutAnyBreakIsOneSpan() {
        String text = "字".repeat(1_000_000);
        assertEquals(List.of(new TextSpan(0, 1_000_000)), splitter.split(text));
    }
}
