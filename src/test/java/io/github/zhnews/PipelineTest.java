package io.github.zhnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.Summary;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the one prepared document fixes: results in the input's own characters, dates not lost to words. */
class PipelineTest {
    private static final NewsAnalyzer ANALYZER =
            NewsAnalyzer.builder().referenceTime(LocalDateTime.of(2023, 5, 21, 9, 0)).build();

    @Test
    void aTraditionalChinesePageKeepsItsOwnCharactersInEveryField() {
        String page =
                String.join(
                        "\n",
                        "市政府召開會議部署防汛工作",
                        "發布時間：2023-06-01 10:00　來源：新華網",
                        "市政府昨日召開會議，部署今年的防汛工作。會議要求各區縣提前做好準備。",
                        "（責任編輯：張偉）");
        Summary s = ANALYZER.analyze(page).summary();
        assertEquals("市政府召開會議部署防汛工作", s.title());
        assertEquals("新華網", s.source());
        assertEquals("張偉", s.editor());
        assertEquals("市政府昨日召開會議，部署今年的防汛工作。", s.lead()); // one paragraph: its first sentence
    }

    @Test
    void aDateIsNotLostWhenAGuessedNameCrossesIt() {
        // the segmenter reads 下/f 周五王/nr 强/a
        List<DateMention> dates = ANALYZER.analyze("下周五王强出差。").dates();
        assertEquals(1, dates.size(), dates::toString);
        assertEquals("下周五", dates.get(0).text());
        assertEquals(0, dates.get(0).start());
        assertEquals(3, dates.get(0).end());
    }

    @Test
    void aDayIsNotLostToTheWordAfterIt() {
        // HanLP's lattice alone reads 前/f 天王/n 强/a
        NewsAnalysis a = ANALYZER.analyze("前天王强出差。");
        assertEquals("[前天]", a.dates().stream().map(DateMention::text).toList().toString());
        assertEquals("[王强]", a.people().stream().map(e -> e.name()).toList().toString());
        NewsAnalysis longer = ANALYZER.analyze("大前天王强在北京会见了客人。");
        assertEquals("[大前天]", longer.dates().stream().map(DateMention::text).toList().toString());
        assertEquals("[王强]", longer.people().stream().map(e -> e.name()).toList().toString());
    }

    @Test
    void aDictionaryWordStillVetoesADateInsideIt() {
        List<DateMention> dates = ANALYZER.analyze("他在光明日报发表文章。").dates();
        assertTrue(dates.isEmpty(), dates::toString);
    }
}
