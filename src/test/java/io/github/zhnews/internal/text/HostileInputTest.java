package io.github.zhnews.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Inputs that are not news: nothing may throw and every span must fit the text. */
class HostileInputTest {
    private final TextNormalizer normalizer = new TextNormalizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ArticleParser parser = new ArticleParser();

    static Stream<String> inputs() {
        return Stream.of(
                "",
                " ",
                "\n\n\n",
                "\u3000\u00A0\t\r\n ",
                "😀😀😀👍🏽👨‍👩‍👧",
                "👍\n😀。",
                "<p>正文第一段。</p><p>第二段！</p>",
                "<div class=\"nav\">首页 &gt; 新闻</div>\n<script>var a = 1; if (a > 0) { a--; }</script>",
                "Hello world. This is Latin only! Is it? Yes...",
                "。。。！！！？？？……",
                "）”」》】",
                ">>>>////»»»",
                "来源：",
                "（责编：）",
                "发布时间：",
                "2023-99-99 99:99",
                "\uD800\uDC00\uD800",
                "\uDC00abc\uD83D",
                "标题\n\n\n",
                "a\rb\r\nc\u2028d\u2029e");
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void nothingThrowsAndSpansAreValid(String text) {
        String normal = normalizer.normalize(text);
        assertEquals(text.length(), normal.length());
        check(text, splitter.split(text));
        check(normal, splitter.split(normal));
        ArticleLayout layout = parser.parse(text);
        check(text, layout.body());
        check(text, layout.boilerplate());
        check(text, layout.headings());
        if (layout.titleSpan() != null) {
            assertEquals(layout.title(), layout.titleSpan().of(text));
        }
    }

    @Test
    void emptyTextGivesAnEmptyLayout() {
        ArticleLayout layout = parser.parse("");
        assertNull(layout.title());
        assertEquals(List.of(), layout.body());
        assertEquals(List.of(), layout.boilerplate());
        assertEquals(List.of(), splitter.split(""));
    }

    @Test
    void latinOnlyTextIsBody() {
        String text =
                "Copyright notices aside, this is a story.\nIt has two lines of English text.";
        ArticleLayout layout = parser.parse(text);
        assertNull(layout.title());
        assertEquals(2, layout.body().size() + layout.boilerplate().size());
    }

    @Test
    void aMegabytePageIsParsed() {
        StringBuilder sb = new StringBuilder("首页 > 新闻\n一个标题\n发布时间：2023-05-21 09:39\n");
        String paragraph = "自治区商务厅走访了90家单位，梳理出问题清单。调研组还召开了座谈会。\n";
        while (sb.length() < 1_000_000) {
            sb.append(paragraph);
        }
        sb.append("字".repeat(200_000)).append('\n');
        sb.append("版权所有 某某网 未经书面授权禁止使用");
        String text = sb.toString();
        ArticleLayout layout = parser.parse(text);
        assertEquals("一个标题", layout.title());
        assertEquals(3, layout.boilerplate().size());
        check(text, layout.body());
        check(text, splitter.split(text));
        assertEquals(text.length(), normalizer.normalize(text).length());
    }

    private static void check(String text, List<TextSpan> spans) {
        int previousEnd = 0;
        for (TextSpan s : spans) {
            assertTrue(s.start() >= previousEnd, () -> "sorted and disjoint: " + s);
            assertTrue(s.end() <= text.length(), () -> "inside the text: " + s);
            assertTrue(s.length() > 0, () -> "not empty: " + s);
            String covered = s.of(text);
            assertEquals(covered.strip(), covered, () -> "trimmed: " + s);
            previousEnd = s.end();
        }
    }
}
