package io.github.zhnews.internal.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhnews.internal.document.StageAssert;
import io.github.zhnews.model.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trained segmenter and tagger ({@code models/cws.bin.gz}, {@code pos.bin.gz}) on sentences we wrote: words,
 * offsets and parts of speech together (see {@link StageAssert}). Its accuracy is measured by {@code eval segment}
 * (the {@code *-trained} rows), not here.
 */
class TrainedSegmenterTest {
    private static final TrainedSegmenter PLAIN = new TrainedSegmenter(UserDictionary.empty());

    @Test
    void aTimeWordBeforeANameStaysATimeWord() {
        // without 下周 in the news lexicon the dictionary segmenter read 周王强 as a name (issue 16)
        String text = "下周王强出差。";
        StageAssert.assertTokens(
                text, PLAIN.segment(text), "下周@0-2/t", "王强@2-4/nr", "出差@4-6/v", "。@6-7/w");
    }

    @Test
    void newsLexiconWordsAreJoinedWithTheirOwnTags() {
        String text = "全区上下扎实开展主题教育和调查研究。";
        StageAssert.assertTokens(
                text,
                PLAIN.segment(text),
                "全区@0-2/n",
                "上下@2-4/f",
                "扎实@4-6/ad",
                "开展@6-8/v",
                "主题教育@8-12/nz",
                "和@12-13/c",
                "调查研究@13-17/vn",
                "。@17-18/w");
    }

    @Test
    void aUserWordAlwaysWinsAndStaysInItsOwnSegmenter() {
        String text = "村里新开了一家青稞酒酿造坊。";
        TrainedSegmenter custom = new TrainedSegmenter(UserDictionary.ofWords(List.of("青稞酒酿造坊")));
        StageAssert.assertTokens(
                text,
                custom.segment(text),
                "村里@0-2/n",
                "新@2-3/d",
                "开@3-4/v",
                "了@4-5/u",
                "一@5-6/m",
                "家@6-7/q",
                "青稞酒酿造坊@7-13/nz",
                "。@13-14/w");
        StageAssert.assertTokens(
                text,
                PLAIN.segment(text),
                "村里@0-2/n",
                "新@2-3/d",
                "开@3-4/v",
                "了@4-5/u",
                "一@5-6/m",
                "家@6-7/q",
                "青稞酒@7-10/n",
                "酿造坊@10-13/vn",
                "。@13-14/w");
    }

    @Test
    void latinAndDigitRunsAreNeverCut() {
        String text = "公司发布5G手机X200，售价3999元。";
        StageAssert.assertTokens(
                text,
                PLAIN.segment(text),
                "公司@0-2/n",
                "发布@2-4/v",
                "5G@4-6/nx",
                "手机@6-8/n",
                "X200@8-12/nx",
                "，@12-13/w",
                "售价@13-15/n",
                "3999@15-19/m",
                "元@19-20/q",
                "。@20-21/w");
    }

    @Test
    void aTemperatureSignAndASlashBetweenTemperaturesAreWordsOfTheirOwn() {
        // the model, which saw few weather reports, read 晴－3 and 3℃／12 as words
        String text = "拉萨晴转多云，－3℃／12℃。";
        StageAssert.assertTokens(
                text,
                PLAIN.segment(text),
                "拉萨@0-2/ns",
                "晴转多云@2-6/l",
                "，@6-7/w",
                "－3@7-9/m",
                "℃@9-10/q",
                "／@10-11/w",
                "12@11-13/m",
                "℃@13-14/q",
                "。@14-15/w");
        String glued = "北京晴－9℃。"; // and a number is no part of the word before it
        StageAssert.assertTokens(
                glued,
                PLAIN.segment(glued),
                "北京@0-2/ns",
                "晴@2-3/v",
                "－9@3-5/m",
                "℃@5-6/q",
                "。@6-7/w");
    }

    @Test
    void aFractionStaysOneNumber() {
        String text = "今年的降水只有常年的1／3。";
        List<Token> tokens = PLAIN.segment(text);
        assertEquals("1／3", tokens.get(tokens.size() - 2).text());
    }

    @Test
    void whitespaceIsNoWordAndASurrogatePairStaysWhole() {
        String text = "😀市民 排队 领取口罩。";
        StageAssert.assertTokens(
                text,
                PLAIN.segment(text),
                "😀@0-2/w",
                "市民@2-4/n",
                "排队@5-7/v",
                "领取@8-10/v",
                "口罩@10-12/n",
                "。@12-13/w");
    }

    @Test
    void aLongSentenceIsReadInPiecesWithoutLosingCharacters() {
        String text = "各地区各部门认真落实农村供水保障工程建设任务，".repeat(150);
        List<Token> tokens = PLAIN.segment(text);
        StringBuilder joined = new StringBuilder();
        for (Token t : tokens) {
            assertEquals(text.substring(t.start(), t.end()), t.text());
            assertEquals(
                    joined.length(), t.start(), "words follow each other without gaps or overlaps");
            joined.append(t.text());
        }
        assertEquals(text, joined.toString());
    }
}
