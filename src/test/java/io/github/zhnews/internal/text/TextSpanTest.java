package io.github.zhnews.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextSpanTest {

    @Test
    void rejectsNegativeOrReversedBounds() {
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> new TextSpan(3, 2));
        assertEquals(0, new TextSpan(4, 4).length());
    }

    @Test
    void ofReturnsTheCoveredCharacters() {
        String text = "自治区商务厅走访90家单位";
        TextSpan span = new TextSpan(0, 6);
        assertEquals("自治区商务厅", span.of(text));
        assertEquals(6, span.length());
        assertEquals("90家单位", new TextSpan(8, 13).of(text));
        assertThrows(IndexOutOfBoundsException.class, () -> new TextSpan(10, 14).of(text));
    }

    @Test
    void containsIsHalfOpen() {
        TextSpan span = new TextSpan(2, 5);
        assertFalse(span.contains(1));
        assertTrue(span.contains(2));
        assertTrue(span.contains(4));
        assertFalse(span.contains(5));
        assertFalse(new TextSpan(3, 3).contains(3));
    }

    @Test
    void overlapsNeedsASharedCharacter() {
        TextSpan span = new TextSpan(2, 5);
        assertTrue(span.overlaps(4, 9));
        assertTrue(span.overlaps(0, 3));
        assertTrue(span.overlaps(3, 4));
        assertTrue(span.overlaps(0, 10));
        assertFalse(span.overlaps(5, 8), "touching at the end is not overlapping");
        assertFalse(span.overlaps(0, 2), "touching at the start is not overlapping");
        assertFalse(span.overlaps(3, 3), "an empty range overlaps nothing");
        assertThrows(IllegalArgumentException.class, () -> span.overlaps(4, 3));
    }

    @Test
    void isAValueType() {
        assertEquals(new TextSpan(1, 3), new TextSpan(1, 3));
        assertEquals(new TextSpan(1, 3).hashCode(), new TextSpan(1, 3).hashCode());
        assertEquals("[1, 3)", new TextSpan(1, 3).toString());
    }
}
