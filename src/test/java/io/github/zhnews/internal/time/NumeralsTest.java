package io.github.zhnews.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumeralsTest {
    @ParameterizedTest
    @CsvSource({
        "二〇二三, 2023",
        "二十一, 21",
        "三十一, 31",
        "十二, 12",
        "十, 10",
        "五, 5",
        "两, 2",
        "一百零五, 105",
        "2023, 2023",
        "09, 9"
    })
    void readsNumbers(String text, int value) {
        Numerals.Num n = Numerals.read(text + "年", 0);
        assertEquals(value, n.value());
        assertEquals(text.length(), n.end());
    }

    @Test
    void refusesToStartInsideARun() {
        assertNull(Numerals.read("12345", 1));
        assertNull(Numerals.read("二十一", 1));
        assertNull(Numerals.read("第3期", 1));
        assertNull(Numerals.read("A12", 1));
        assertNull(Numerals.read("1234567890123", 0));
    }

    @Test
    void fullWidthTextIsReadThroughTheOneNormaliserWithItsOwnSurface() {
        String in = "２０２３年５月２１日１０：３０开会";
        var found = new ChineseDateFinder().find(in, java.time.LocalDateTime.of(2023, 1, 1, 0, 0));
        assertEquals(1, found.size(), found::toString);
        assertEquals("２０２３年５月２１日１０：３０", found.get(0).text());
        assertEquals("2023-05-21T10:30", found.get(0).value());
    }

    @Test
    void yearAndSmallForms() {
        assertTrue(Numerals.read("二〇二三", 0).yearForm());
        assertTrue(Numerals.read("二十一", 0).smallForm());
        assertTrue(!Numerals.read("二三", 0).smallForm());
    }
}
