package io.github.zhnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.NewsTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Publication times as users have them: offsets, zones, days alone; the article's zone decides. */
class ArticleTimeTest {
    private static final NewsAnalyzer CHINA = TestAnalyzers.shared();
    private static final String TEXT = "今天，拉萨市委召开会议。3小时后，会议结束。";

    private static List<String> values(NewsAnalysis a) {
        return a.dates().stream().map(d -> d.text() + "=" + d.value()).toList();
    }

    @Test
    void aUtcFeedTimeIsShownAndResolvedInChina() {
        // 23:30 UTC on the 20th is 07:30 on the 21st in Beijing: 今天 is the 21st
        NewsAnalysis a =
                CHINA.analyze(
                        Article.of(TEXT).publishedAt(OffsetDateTime.parse("2023-05-20T23:30:00Z")));
        assertEquals("2023-05-21T07:30:00+08:00", a.summary().publishedAt().toString());
        assertEquals(LocalDateTime.of(2023, 5, 21, 7, 30), a.referenceTime());
        assertEquals(List.of("今天=2023-05-21", "3小时后=2023-05-21T10:30"), values(a));
        assertEquals(ZoneId.of("Asia/Shanghai"), a.zone());
    }

    @Test
    void everyKindOfTimeGivesTheSameMoment() {
        Instant moment = Instant.parse("2023-05-20T23:30:00Z");
        String expected =
                CHINA.analyze(Article.of(TEXT).publishedAt(LocalDateTime.of(2023, 5, 21, 7, 30)))
                        .toJson();
        for (Article a :
                List.of(
                        Article.of(TEXT).publishedAt(moment),
                        Article.of(TEXT)
                                .publishedAt(
                                        ZonedDateTime.parse(
                                                "2023-05-20T19:30-04:00[America/New_York]")),
                        Article.of(TEXT).publishedAt(NewsTime.parseIso("2023-05-21 07:30")),
                        Article.of(TEXT)
                                .publishedAt(
                                        NewsTime.parseIso(
                                                "2023-05-21T07:30+08:00[Asia/Shanghai]")))) {
            assertEquals(expected, CHINA.analyze(a).toJson(), a.publishedAt()::toString);
        }
    }

    @Test
    void theArticleOrTheAnalyzerNamesTheZone() {
        Article utc = Article.of(TEXT).publishedAt(OffsetDateTime.parse("2023-05-20T23:30:00Z"));
        NewsAnalysis ny = CHINA.analyze(utc.zone(ZoneId.of("America/New_York")));
        assertEquals("2023-05-20T19:30:00-04:00", ny.summary().publishedAt().toString());
        assertEquals(List.of("今天=2023-05-20", "3小时后=2023-05-20T22:30"), values(ny));
        NewsAnalyzer london = NewsAnalyzer.builder().zone(ZoneId.of("Europe/London")).build();
        assertEquals(
                "2023-05-21T00:30:00+01:00",
                london.analyze(utc).summary().publishedAt().toString());
        assertEquals(
                "2023-05-21T08:30:00+01:00",
                london.analyze(Article.of(TEXT).publishedAt(LocalDateTime.of(2023, 5, 21, 8, 30)))
                        .summary()
                        .publishedAt()
                        .toString());
        assertThrows(
                ConfigurationException.class,
                () -> NewsAnalyzer.builder().zone(ZoneId.of("UTC")).zone(ZoneId.of("UTC")));
    }

    @Test
    void aDayAloneStaysADay() {
        NewsAnalysis a = CHINA.analyze(Article.of(TEXT).publishedAt(LocalDate.of(2023, 5, 21)));
        assertEquals("2023-05-21", a.summary().publishedAt().toString());
        assertFalse(a.summary().publishedAt().hasTime());
        assertEquals(LocalDateTime.of(2023, 5, 21, 0, 0), a.referenceTime());
        DateMention later = a.dates().get(1);
        assertEquals("3小时后", later.text());
        assertNull(later.value(), "no time of day is known, so 3小时后 has none");
        assertEquals("2023-05-21", a.dates().get(0).value());
        NewsAnalysis page = CHINA.analyze("拉萨市委召开会议\n发布时间：2023年05月21日\n今天，拉萨市委召开会议。");
        assertEquals("2023-05-21", String.valueOf(page.summary().publishedAt()));
    }

    @Test
    void onlyTheKindsOfTimeThatSayWhenAreTaken() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Article.of(TEXT).publishedAt(java.time.YearMonth.of(2023, 5)));
        assertThrows(DateTimeParseException.class, () -> NewsTime.parseIso("yesterday"));
        assertThrows(
                DateTimeParseException.class,
                () -> NewsTime.parse("2023-05-21T09:39"),
                "needs an offset");
        assertEquals(
                NewsTime.parse("2023-05-21T09:39:00+08:00"),
                NewsTime.parse("2023-05-21T09:39+08:00"));
    }
}
