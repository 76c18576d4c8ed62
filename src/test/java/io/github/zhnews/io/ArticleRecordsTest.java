package io.github.zhnews.io;

import io.github.zhnews.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleRecordsTest {
    @Test
    void readsAFullRecord() {
        Article a = ArticleRecords.parse(
                "{\"id\":\"a1\",\"text\":\"正文。\",\"title\":\"标题\",\"publishedAt\":\"2023-05-21T09:39\"}");
        assertEquals("正文。", a.text());
        assertEquals("a1", a.id().orElseThrow());
        assertEquals("标题", a.title().orElseThrow());
        assertEquals(LocalDateTime.of(2023, 5, 21, 9, 39), a.publishedAt().orElseThrow());
    }

    @Test
    void numericIdsAreKeptAsText() {
        assertEquals("42", ArticleRecords.parse("{\"id\":42,\"text\":\"正文\"}").id().orElseThrow());
    }

    @Test
    void acceptsDatesOffsetsAndSpaces() {
        assertEquals(LocalDateTime.of(2023, 5, 21, 0, 0), ArticleRecords.parseTime("2023-05-21"));
        assertEquals(LocalDateTime.of(2023, 5, 21, 9, 39), ArticleRecords.parseTime("2023-05-21T09:39:00+08:00"));
        assertEquals(LocalDateTime.of(2023, 5, 21, 9, 39), ArticleRecords.parseTime("2023-05-21 09:39"));
    }

    @Test
    void badRecordsAreTypedErrors() {
        assertThrows(InvalidRecordException.class, () -> ArticleRecords.parse("{not json"));
        assertThrows(InvalidRecordException.class, () -> ArticleRecords.parse("[1,2]"));
        assertThrows(InvalidRecordException.class, () -> ArticleRecords.parse("{\"id\":\"x\"}"));
        assertThrows(InvalidRecordException.class, () -> ArticleRecords.parse("{\"text\":5}"));
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> ArticleRecords.parse("{\"text\":\"t\",\"publishedAt\":\"yesterday\"}"));
        assertTrue(e.getMessage().contains("yesterday"));
    }

    @Test
    void idOfSurvivesBrokenRecords() {
        assertEquals("x", ArticleRecords.idOf("{\"id\":\"x\"}"));
        assertNull(ArticleRecords.idOf("{broken"));
    }

    @Test
    void errorRecordNamesItsRecord() {
        assertEquals("{\"id\":\"r7\",\"line\":7,\"error\":{\"type\":\"InvalidRecord\",\"message\":\"no text\"}}",
                ArticleRecords.error("r7", 7, "InvalidRecord", "no text"));
    }
}
