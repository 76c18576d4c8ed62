package io.github.zhnews.internal.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.Feature;
import io.github.zhnews.NewsAnalysis;
import io.github.zhnews.NewsAnalyzer;
import io.github.zhnews.model.Summary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StructuredSummaryTest {
    private static final NewsAnalyzer ANALYZER = NewsAnalyzer.builder().build();

    private static String article() throws IOException {
        try (InputStream in =
                StructuredSummaryTest.class.getResourceAsStream("/summary/county-report.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void titleLeadHeadingsAndBestSentencesInOrder() throws IOException {
        String text = article();
        Summary s = ANALYZER.analyze(text).summary();
        assertEquals("青山县以“数字乡村”建设带动农民增收", s.title());
        assertEquals("青山日报", s.source());
        assertNotNull(s.publishedAt());
        assertTrue(s.lead().startsWith("本报讯 今年以来，青山县"), s.lead());
        assertEquals(2, s.headings().size(), s.headings()::toString);
        assertTrue(s.headings().get(0).contains("搭平台"), s.headings()::toString);
        assertEquals(3, s.sentences().size());
        int last = -1;
        for (String sentence : s.sentences()) {
            int at = text.indexOf(sentence);
            assertTrue(at > last, "document order");
            last = at;
            assertFalse(s.headings().contains(sentence));
        }
        assertTrue(s.sentences().get(0).contains("数字乡村"), s.sentences()::toString);
    }

    @Test
    void theSummaryIsTheSameWhateverNumberOfKeyPhrasesIsReported() throws IOException {
        String text = article();
        Summary s = ANALYZER.analyze(text).summary();
        assertEquals(s, ANALYZER.without(Feature.KEY_PHRASES).analyze(text).summary());
        assertEquals(s, ANALYZER.withKeyPhrases(2).analyze(text).summary());
    }

    @Test
    void aLengthInCharacters() throws IOException {
        NewsAnalysis a =
                ANALYZER.withSummarySentences(0).withSummaryCharacters(120).analyze(article());
        int chars = a.summary().sentences().stream().mapToInt(String::length).sum();
        assertTrue(chars <= 120 && chars > 0, a.summary().sentences()::toString);
        assertEquals(120, ANALYZER.withSummaryCharacters(120).summaryCharacterLimit());
    }

    @Test
    void oneParagraphLeadsWithItsFirstSentence() {
        Summary s = ANALYZER.analyze("县里召开秋粮收购工作会议。会议要求各乡镇做好收购准备。粮库将延长收购时间。").summary();
        assertEquals("县里召开秋粮收购工作会议。", s.lead());
        assertTrue(s.headings().isEmpty());
    }

    @Test
    void aLargeArticleIsSummarised() {
        StringBuilder b = new StringBuilder("青山县推进数字乡村建设\n");
        for (int i = 0; i < 3000; i++) {
            b.append("第").append(i).append("个村建成电商服务站，带动农产品销售增长，数字乡村建设成效明显。\n");
        }
        Summary s = ANALYZER.analyze(b.toString()).summary();
        assertTrue(s.sentences().size() >= 1 && s.sentences().size() <= 3, s.sentences()::toString);
    }
}
