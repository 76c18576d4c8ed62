package io.github.zhnews.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    static Stream<Arguments> golden() {
        List<String[]> rows = Golden.rows("/text/normalize.tsv");
        return rows.stream().map(r -> Arguments.of(r[0], r[1]));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("golden")
    void goldenCases(String input, String expected) {
        assertEquals(input.length(), expected.length(), "golden row itself must keep the length");
        assertEquals(expected, normalizer.normalize(input));
    }

    @Test
    void fullWidthAsciiBecomesHalfWidthAndKeepsCase() {
        String out = normalizer.normalize("ＧＤＰ增长５．２％，ｉＰｈｏｎｅ");
        assertEquals("GDP增长5.2%，iPhone", out);
        assertEquals('G', out.charAt(0));
        assertEquals('5', out.charAt(5));
        assertEquals('，', out.charAt(9), "Chinese comma stays full width");
    }

    @Test
    void spacesBecomeAsciiSpaceAtTheSameOffsets() {
        String in = "来源：\u3000新华社\u00A0记者\u2003张三";
        String out = normalizer.normalize(in);
        assertEquals(in.length(), out.length());
        assertEquals(' ', out.charAt(3));
        assertEquals(' ', out.charAt(7));
        assertEquals(' ', out.charAt(10));
        assertEquals("来源： 新华社 记者 张三", out);
    }

    @Test
    void chinesePunctuationIsNeverChanged() {
        String punct = "。，、《》（）“”‘’「」『』：；！？…—·【】〔〕";
        assertEquals(punct, normalizer.normalize(punct));
    }

    @Test
    void traditionalBecomesSimplifiedCharForChar() {
        String in = "中央第十二巡迴指導組聽取彙報";
        String out = normalizer.normalize(in);
        assertEquals("中央第十二巡回指导组听取汇报", out);
        assertEquals('導', in.charAt(8));
        assertEquals('导', out.charAt(8));
        assertEquals(in.length(), out.length());
    }

    @Test
    void ambiguousCharactersAreLeftAlone() {
        // 乾 is 干 only in some words (乾淨) and stays in others (乾隆); 著 and 覆 are valid simplified
        // chars.
        assertEquals("乾隆显著覆盖哪吒蒜薹", normalizer.normalize("乾隆顯著覆蓋哪吒蒜薹"));
    }

    @Test
    void surrogatePairsAreCopiedIntact() {
        String in = "点赞👍𠮷野家，Ｏ";
        String out = normalizer.normalize(in);
        assertEquals("点赞👍𠮷野家，O", out);
        assertEquals(in.codePointCount(0, in.length()), out.codePointCount(0, out.length()));
        assertEquals(0x1F44D, out.codePointAt(2));
        assertEquals(0x20BB7, out.codePointAt(4));
    }

    @Test
    void loneSurrogatesSurvive() {
        String in = "a\uD83Db\uDC4Dｃ";
        assertEquals("a\uD83Db\uDC4Dc", normalizer.normalize(in));
    }

    @Test
    void unchangedTextIsReturnedAsIs() {
        String in = "西藏自治区党委组织部5月5日召开会议。";
        assertSame(in, normalizer.normalize(in));
        assertEquals("", normalizer.normalize(""));
    }

    @Test
    void everyBmpCharMapsToExactlyOneNonSurrogateOrItself() {
        for (int c = 0; c < 0x10000; c++) {
            char m = normalizer.normalize((char) c);
            if (m != c) {
                assertEquals(false, Character.isSurrogate(m), "U+" + Integer.toHexString(c));
                assertEquals(false, Character.isSurrogate((char) c), "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> normalizer.normalize(null));
    }
}
