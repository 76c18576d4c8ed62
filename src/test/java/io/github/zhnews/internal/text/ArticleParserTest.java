package io.github.zhnews.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.TestResources;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleParserTest {
    private final ArticleParser parser = new ArticleParser();

    private static List<String> texts(List<TextSpan> spans, String text) {
        return spans.stream().map(s -> s.of(text)).toList();
    }

    // ---- the example articles
    // -------------------------------------------------------------------------------

    @Test
    void campaignPageMetadata() {
        String text = TestResources.text("/articles/campaign-xizang.txt");
        ArticleLayout layout = parser.parse(text);
        assertEquals("西藏以调查研究推动主题教育走深走实", layout.title());
        assertEquals(text.indexOf("西藏以调查研究"), layout.titleSpan().start());
        assertEquals(layout.title(), layout.titleSpan().of(text));
        assertEquals("中国西藏网", layout.source());
        assertEquals(LocalDateTime.of(2023, 5, 21, 9, 39), layout.publishedAt());
        assertEquals("次仁、刘晓燕", layout.editor());
    }

    @Test
    void campaignPageFurniture() {
        String text = TestResources.text("/articles/campaign-xizang.txt");
        ArticleLayout layout = parser.parse(text);
        assertEquals(
                List.of(
                        "中国西藏网 > 新闻 > 地方新闻",
                        "发布时间：2023年05月21日 09:39　来源：中国西藏网　字号：大 中 小",
                        "（责编：次仁、刘晓燕）",
                        "分享到：",
                        "【纠错】 【打印】 【关闭】",
                        "版权所有 中国西藏网 未经书面授权禁止使用",
                        "Copyright © 2023 All Rights Reserved 京ICP备00000000号"),
                texts(layout.boilerplate(), text));
        assertEquals(new TextSpan(0, 17), layout.boilerplate().get(0));
        int copyright = text.indexOf("Copyright");
        assertTrue(layout.isBoilerplate(copyright, copyright + 9));
        int body = text.indexOf("自治区商务厅把调研重点");
        assertFalse(layout.isBoilerplate(body, body + 6));
    }

    @Test
    void campaignPageBodyAndHeadings() {
        String text = TestResources.text("/articles/campaign-xizang.txt");
        ArticleLayout layout = parser.parse(text);
        assertEquals(12, layout.body().size(), "title + 8 paragraphs + 3 headings");
        assertEquals(layout.titleSpan(), layout.body().get(0));
        assertEquals(
                List.of("强化理论学习、注重能力提升", "一、聚焦发展难题开展调研", "二、推动调研成果转化"),
                texts(layout.headings(), text));
        String firstParagraph = layout.body().get(1).of(text);
        assertTrue(firstParagraph.startsWith("中国西藏网讯 今年4月以来"), firstParagraph);
        String last = layout.body().get(11).of(text);
        assertTrue(
                last.startsWith("2023年5月21日，记者从自治区党委组织部获悉"), "a dated sentence is body: " + last);
        for (TextSpan b : layout.body()) {
            assertFalse(layout.isBoilerplate(b.start(), b.end()));
        }
    }

    @Test
    void plainBusinessArticleHasTitleAndNoFurniture() {
        String text = TestResources.text("/articles/business-shenzhen.txt");
        ArticleLayout layout = parser.parse(text);
        assertEquals("星河智联与南山理工大学共建智能网联汽车联合实验室", layout.title());
        assertEquals(new TextSpan(0, 24), layout.titleSpan());
        assertNull(layout.source());
        assertNull(layout.publishedAt());
        assertNull(layout.editor());
        assertEquals(List.of(), layout.boilerplate());
        assertEquals(List.of(), layout.headings());
        assertEquals(7, layout.body().size());
        assertEquals(
                new TextSpan(27, 114),
                layout.body().get(1),
                "leading ideographic spaces are trimmed");
    }

    // ---- inline pages
    // ---------------------------------------------------------------------------------------

    @Test
    void bareTimestampLineWithSourceAndAuthor() {
        String text =
                "某某网 > 新闻 > 地方新闻\n"
                        + "拉萨新建三座冷链仓储中心\n"
                        + "2023-05-21 09:39:12　来源：某某日报　作者：张三\n"
                        + "记者从拉萨市商务局获悉，三座冷链仓储中心已于近日投入使用。\n"
                        + "（责编：李四、王五）";
        ArticleLayout layout = parser.parse(text);
        assertEquals("拉萨新建三座冷链仓储中心", layout.title());
        assertEquals(new TextSpan(16, 28), layout.titleSpan());
        assertEquals("某某日报", layout.source());
        assertEquals(
                LocalDateTime.of(2023, 5, 21, 9, 39), layout.publishedAt(), "seconds are dropped");
        assertEquals("李四、王五", layout.editor());
        assertEquals(
                List.of(new TextSpan(0, 15), new TextSpan(29, 62), new TextSpan(93, 103)),
                layout.boilerplate());
        assertEquals(List.of(new TextSpan(16, 28), new TextSpan(63, 92)), layout.body());
    }

    @Test
    void halfWidthLabelsAndDateOnly() {
        String text = "标题在这里\n发布时间:2023-05-21\n来源:人民网-西藏频道 编辑:赵六\n正文第一段。\n正文第二段。";
        ArticleLayout layout = parser.parse(text);
        assertEquals("标题在这里", layout.title());
        assertEquals(LocalDateTime.of(2023, 5, 21, 0, 0), layout.publishedAt());
        assertEquals("人民网-西藏频道", layout.source());
        assertEquals("赵六", layout.editor());
        assertEquals(2, layout.boilerplate().size());
    }

    @Test
    void fullWidthLabelsDigitsAndSpacesAreRecognised() {
        String text = "首页＞要闻\n新标题\n发布时间：２０２３年０５月２１日　０９：３９　来源：西藏日报\n正文。\n【责任编辑：达瓦】";
        ArticleLayout layout = parser.parse(text);
        assertEquals("新标题", layout.title());
        assertEquals(LocalDateTime.of(2023, 5, 21, 9, 39), layout.publishedAt());
        assertEquals("西藏日报", layout.source());
        assertEquals("达瓦", layout.editor());
        assertEquals(3, layout.boilerplate().size());
        assertEquals(
                "首页＞要闻",
                layout.boilerplate().get(0).of(text),
                "strings come from the original text");
    }

    @Test
    void chineseTimeNotation() {
        String text = "标题\n2023年5月21日9时39分　来源：中国西藏网\n正文。";
        assertEquals(LocalDateTime.of(2023, 5, 21, 9, 39), parser.parse(text).publishedAt());
    }

    @Test
    void invalidDateGivesNoTime() {
        String text = "标题\n发布时间：2023-13-45 25:99\n正文。";
        ArticleLayout layout = parser.parse(text);
        assertNull(layout.publishedAt());
        assertEquals(1, layout.boilerplate().size());
    }

    @Test
    void trailingEditorNoteOnAContentLineIsSplitOff() {
        String text = "标题\n正文最后一段。（责任编辑：李四）";
        ArticleLayout layout = parser.parse(text);
        assertEquals("李四", layout.editor());
        assertEquals(List.of(new TextSpan(10, 19)), layout.boilerplate());
        assertEquals(List.of(new TextSpan(0, 2), new TextSpan(3, 10)), layout.body());
    }

    // ---- what must not be taken for furniture or title
    // ------------------------------------------------------

    @Test
    void aSingleSentenceIsNeitherTitleNorBoilerplate() {
        String text = "西藏自治区党委组织部5月5日召开会议";
        ArticleLayout layout = parser.parse(text);
        assertNull(layout.title());
        assertNull(layout.titleSpan());
        assertEquals(List.of(), layout.boilerplate());
        assertEquals(List.of(new TextSpan(0, text.length())), layout.body());
    }

    @Test
    void plainParagraphsHaveNoTitleAndNoFurniture() {
        String text = "今年以来，自治区商务厅走访了90家单位。\n\n去年，该厅推动新建了一批冷链仓储点。\n记者：这次调研有什么收获？";
        ArticleLayout layout = parser.parse(text);
        assertNull(layout.title());
        assertNull(layout.source());
        assertNull(layout.publishedAt());
        assertEquals(List.of(), layout.boilerplate());
        assertEquals(3, layout.body().size());
    }

    @Test
    void longFirstLineIsNotATitle() {
        String text = "这是一个非常长的第一行它没有句末标点但是长度已经超过了四十个字符所以不能被当作标题来处理的一行文字\n正文。";
        assertNull(parser.parse(text).title());
    }

    @Test
    void headingsAreShortStandAloneLinesButNotTheLastLine() {
        String text = "标题\n第一段内容。\n（一）完善工作机制\n第二段内容。\n坚持问题导向\n第三段内容。\n结尾短行";
        ArticleLayout layout = parser.parse(text);
        assertEquals(List.of("（一）完善工作机制", "坚持问题导向"), texts(layout.headings(), text));
    }

    // ---- golden line classification
    // -------------------------------------------------------------------------

    static Stream<Arguments> furniture() {
        return Golden.rows("/text/furniture.tsv").stream()
                .map(r -> Arguments.of(r[0], r[1].strip()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("furniture")
    void lineClassification(String line, String expected) {
        String before = "这是正文第一段，内容比较长。\n";
        String text = before + line + "\n这是正文第二段。";
        ArticleLayout layout = parser.parse(text);
        int start = before.length();
        TextSpan span = new TextSpan(start, start + line.strip().length());
        boolean boilerplate = expected.equals("boilerplate");
        assertEquals(boilerplate, layout.isBoilerplate(span.start(), span.end()), line);
        assertEquals(boilerplate, !layout.body().contains(span), line);
        assertEquals(boilerplate, layout.boilerplate().contains(span), line);
    }

    @Test
    void isBoilerplateValidatesItsRange() {
        ArticleLayout layout = parser.parse("标题\n正文。");
        assertThrows(IllegalArgumentException.class, () -> layout.isBoilerplate(3, 2));
        assertFalse(layout.isBoilerplate(0, 100));
    }

    @Test
    void isBoilerplateFindsTheSpanAmongMany() {
        // furniture spans at [10k, 10k + 4) for k = 0..99, with an empty one at 995
        List<TextSpan> furniture = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
            furniture.add(new TextSpan(10 * k, 10 * k + 4));
        }
        furniture.add(new TextSpan(995, 995));
        ArticleLayout layout =
                new ArticleLayout(null, null, null, null, null, List.of(), furniture, List.of());
        for (int at = 0; at < 1000; at++) {
            boolean inside = at % 10 < 4;
            assertEquals(inside, layout.isBoilerplate(at), "offset " + at);
            assertEquals(inside, layout.isBoilerplate(at, at + 1), "offset " + at);
        }
        assertTrue(layout.isBoilerplate(993, 999), "the span before an empty one still counts");
        assertTrue(layout.isBoilerplate(5, 11));
        assertFalse(layout.isBoilerplate(4, 10));
        assertFalse(layout.isBoilerplate(2, 2), "an empty range overlaps nothing");
    }

    @Test
    void boilerplateSpansMustBeInOrderAndDisjoint() {
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new ArticleLayout(
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of(),
                                List.of(new TextSpan(5, 9), new TextSpan(0, 3)),
                                List.of()));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new ArticleLayout(
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of(),
                                List.of(new TextSpan(0, 6), new TextSpan(4, 9)),
                                List.of()));
    }

    @Test
    void layoutListsAreImmutable() {
        ArticleLayout layout = parser.parse("标题\n正文。");
        assertThrows(
                UnsupportedOperationException.class, () -> layout.body().add(new TextSpan(0, 1)));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new ArticleLayout(
                                "t", null, null, null, null, List.of(), List.of(), List.of()));
    }
}
