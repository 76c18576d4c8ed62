package io.github.zhnews.internal.document;

import io.github.zhnews.internal.entity.EntityRecognizer;
import io.github.zhnews.internal.keyphrase.IdfTable;
import io.github.zhnews.internal.keyphrase.KeyPhraseExtractor;
import io.github.zhnews.internal.keyphrase.KeyPhraseOptions;
import io.github.zhnews.internal.segment.CoreWords;
import io.github.zhnews.internal.summary.SentenceSelector;
import io.github.zhnews.internal.time.NewsDateRecognizer;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each stage's output on one short text, surface, offsets and tags together (see {@link StageAssert}). */
class StageContentsTest {
    private static final String TEXT = "5月5日，西藏自治区党委组织部召开推进会。组织部部长王建华出席会议。";

    /** The segmenter takes 周五王 for a name; the date stage must still find 下周五. */
    private static final String CROSSED = "下周五王强出差。";

    @Test
    void segment() {
        Document doc = TestDocuments.of(TEXT);
        StageAssert.assertTokens(
                TEXT,
                doc.tokens(),
                "5@0-1/m",
                "月@1-2/q",
                "5@2-3/m",
                "日@3-4/j",
                "，@4-5/w",
                "西藏@5-7/ns",
                "自治区党委@7-12/nt",
                "组织部@12-15/n",
                "召开@15-17/v",
                "推进会@17-20/n",
                "。@20-21/w",
                "组织部@21-24/n",
                "部长@24-26/n",
                "王建华@26-29/nr",
                "出席@29-31/v",
                "会议@31-33/n",
                "。@33-34/w");
    }

    @Test
    void entities() {
        Document doc = TestDocuments.of(TEXT);
        StageAssert.assertMentions(
                TEXT,
                new EntityRecognizer(List.of(), CoreWords.INSTANCE).find(doc),
                "西藏自治区党委组织部@5-15/ORGANIZATION:party",
                "组织部@21-24/ORGANIZATION:party",
                "王建华@26-29/PERSON");
    }

    @Test
    void dates() {
        LocalDateTime reference = LocalDateTime.of(2023, 5, 21, 9, 0);
        NewsDateRecognizer dates = new NewsDateRecognizer();
        StageAssert.assertDates(
                TEXT, dates.find(TestDocuments.of(TEXT), reference), "5月5日@0-4/DATE");
        StageAssert.assertDates(
                CROSSED, dates.find(TestDocuments.of(CROSSED), reference), "下周五@0-3/DATE");
    }

    @Test
    void summary() {
        Document doc = TestDocuments.of(TEXT);
        Ranking r =
                new KeyPhraseExtractor(
                                IdfTable.bundled(), KeyPhraseOptions.DEFAULT, CoreWords.INSTANCE)
                        .rank(doc, List.of(), 10);
        StageAssert.assertSpans(
                TEXT,
                doc.sentences(),
                "S",
                "5月5日，西藏自治区党委组织部召开推进会。@0-21/S",
                "组织部部长王建华出席会议。@21-34/S");
        StageAssert.assertSpans(
                TEXT,
                new SentenceSelector().select(doc, r, 1, 0),
                "S",
                "5月5日，西藏自治区党委组织部召开推进会。@0-21/S");
    }
}
