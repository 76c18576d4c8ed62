package io.github.zhnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.model.Token;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile and odd input gives a valid result, never an exception. */
class RobustnessTest {
    private static final NewsAnalyzer ANALYZER = TestAnalyzers.shared();
    private static final String NUMERALS = "年月日至时分，。、（）《》0123456789〇一二三十";

    static Stream<String> hostile() {
        return Stream.of(
                "",
                " ",
                "\n\n\t \u3000",
                "Only Latin letters here, nothing Chinese at all.",
                "😀😃😄 表情符号😀混在中文里🎉。",
                "<p>据<b>新华社</b>报道，<a href=\"x\">会议</a>在北京召开。</p>",
                "\uD800 孤立的代理项 \uDC00",
                "。。。！！！？？？，，，",
                "1234567890 3.14 2023 12:30",
                "\u0000\u0001控制字符\u0007",
                "《》（）“”【】",
                "某".repeat(5000),
                "年月日至时分".repeat(300));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileInputGivesAValidResult(String text) {
        NewsAnalysis a = ANALYZER.analyze(text);
        assertNotNull(a.summary());
        for (Token t : a.tokens()) {
            assertEquals(text.substring(t.start(), t.end()), t.text());
        }
        assertNotNull(a.toJson(true));
    }

    @Test
    void randomCodePointsNeverBreakTheAnalysis() {
        Random random = new Random(20230521);
        for (int round = 0; round < 60; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(300);
            for (int i = 0; i < n; i++) {
                int cp =
                        switch (random.nextInt(4)) {
                            case 0 -> 0x4E00 + random.nextInt(0x9FA5 - 0x4E00);
                            case 1 -> NUMERALS.codePointAt(random.nextInt(NUMERALS.length()));
                            case 2 -> random.nextInt(0x80);
                            default -> random.nextInt(0x10FFFF);
                        };
                if (Character.isValidCodePoint(cp)) {
                    b.appendCodePoint(cp);
                }
            }
            String text = b.toString();
            NewsAnalysis a = ANALYZER.analyze(text);
            assertEquals(a.toJson(true), ANALYZER.analyze(text).toJson(true), "deterministic");
        }
    }

    @Test
    void aMegabyteArticleIsAnalysed() {
        String paragraph = "西藏自治区党委组织部召开主题教育推进会，会议强调要把调查研究贯穿始终。4月24日至29日，" + "中央第十二巡回指导组到拉萨市委调研。\n";
        String text = paragraph.repeat(1_000_000 / paragraph.length() + 1);
        NewsAnalysis a = ANALYZER.analyze(text);
        assertTrue(a.keyPhrases().size() > 0);
        assertTrue(a.organizations().stream().anyMatch(e -> e.name().equals("西藏自治区党委组织部")));
        // analysed in pieces, each proposing its best sentences: the paragraph's two sentences,
        // each said once
        // (the one-document path, looking at a bounded number of candidates best first, chose only
        // the first)
        assertEquals(
                List.of("西藏自治区党委组织部召开主题教育推进会，会议强调要把调查研究贯穿始终。", "4月24日至29日，中央第十二巡回指导组到拉萨市委调研。"),
                a.summary().sentences(),
                "the same paragraph again and again is said once");
    }
}
