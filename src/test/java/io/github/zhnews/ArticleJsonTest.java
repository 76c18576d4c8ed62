package io.github.zhnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The JSON Lines input records of batch jobs. */
class ArticleJsonTest {
    @Test
    void readsAFullRecordAndKeepsItsTimeAsGiven() {
        Article a =
                Article.fromJson(
                        "{\"id\":\"a1\",\"text\":\"正文。\",\"title\":\"标题\",\"source\":\"新华社\","
                                + "\"publishedAt\":\"2023-05-21T01:39:00Z\",\"zone\":\"Asia/Urumqi\"}");
        assertEquals("正文。", a.text());
        assertEquals("a1", a.id().orElseThrow());
        assertEquals("标题", a.title().orElseThrow());
        assertEquals("新华社", a.source().orElseThrow());
        assertEquals(OffsetDateTime.parse("2023-05-21T01:39:00Z"), a.publishedAt().orElseThrow());
        assertEquals(ZoneId.of("Asia/Urumqi"), a.zone().orElseThrow());
    }

    @Test
    void acceptsDaysLocalTimesOffsetsZonesAndNumericIds() {
        assertEquals(
                LocalDate.of(2023, 5, 21),
                Article.fromJson("{\"text\":\"t\",\"publishedAt\":\"2023-05-21\"}")
                        .publishedAt()
                        .orElseThrow());
        assertEquals(
                LocalDateTime.of(2023, 5, 21, 9, 39),
                Article.fromJson("{\"text\":\"t\",\"publishedAt\":\"2023-05-21 09:39\"}")
                        .publishedAt()
                        .orElseThrow());
        assertEquals(
                OffsetDateTime.parse("2023-05-21T09:39+08:00"),
                Article.fromJson("{\"text\":\"t\",\"publishedAt\":\"2023-05-21T09:39:00+08:00\"}")
                        .publishedAt()
                        .orElseThrow());
        assertEquals(
                "2023-05-21T09:39+08:00[Asia/Shanghai]",
                Article.fromJson(
                                "{\"text\":\"t\",\"publishedAt\":\"2023-05-21T09:39+08:00[Asia/Shanghai]\"}")
                        .publishedAt()
                        .orElseThrow()
                        .toString());
        assertEquals("42", Article.fromJson("{\"id\":42,\"text\":\"正文\"}").id().orElseThrow());
    }

    @Test
    void badRecordsAreTypedErrorsThatNameTheirRecord() {
        for (String bad :
                new String[] {
                    "{not json",
                    "[1,2]",
                    "{\"id\":\"x\"}",
                    "{\"text\":5}",
                    "{\"text\":\"t\",\"title\":{}}"
                }) {
            assertThrows(InvalidRecordException.class, () -> Article.fromJson(bad), bad);
        }
        InvalidRecordException e =
                assertThrows(
                        InvalidRecordException.class,
                        () ->
                                Article.fromJson(
                                        "{\"id\":\"r5\",\"text\":\"t\",\"publishedAt\":\"yesterday\"}"));
        assertTrue(e.getMessage().contains("yesterday"), e.getMessage());
        assertEquals("r5", e.id().orElseThrow());
        assertEquals(
                "x",
                assertThrows(InvalidRecordException.class, () -> Article.fromJson("{\"id\":\"x\"}"))
                        .id()
                        .orElseThrow());
        assertTrue(
                assertThrows(InvalidRecordException.class, () -> Article.fromJson("{broken"))
                        .id()
                        .isEmpty());
        assertThrows(
                InvalidRecordException.class,
                () -> Article.fromJson("{\"text\":\"t\",\"zone\":\"Mars/Olympus\"}"));
    }
}
