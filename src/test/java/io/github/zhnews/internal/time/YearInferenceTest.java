package io.github.zhnews.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearInferenceTest {
    @ParameterizedTest(name = "{0}-{1} in an article of {2}, ahead={3} -> {4}")
    @CsvSource({
        "12, 28, 2024-01-03, false, 2023",
        "10, 1, 2023-05-15, true, 2023",
        "10, 1, 2023-05-15, false, 2022",
        "5, 5, 2023-05-21, false, 2023",
        "6, 1, 2023-05-21, false, 2023",
        "1, 5, 2023-12-20, false, 2024",
        "7, 1, 1998-01-26, false, 1997",
        "7, 1, 1998-01-26, true, 1998",
        "6, 1, 2023-12-01, false, 2023",
        "12, 1, 2023-06-01, false, 2022",
        "5, 21, 2023-05-21, true, 2023"
    })
    void monthDay(int month, int day, String ref, boolean ahead, int year) {
        assertEquals(year, YearInference.forMonthDay(month, day, LocalDate.parse(ref), ahead));
    }

    @Test
    void monthsLeanToThePastUnlessMarkedAhead() {
        assertEquals(2023, YearInference.forMonth(7, LocalDate.of(2023, 5, 1), false));
        assertEquals(2022, YearInference.forMonth(11, LocalDate.of(2023, 5, 1), false));
        assertEquals(2023, YearInference.forMonth(11, LocalDate.of(2023, 5, 1), true));
        assertEquals(2023, YearInference.forMonth(5, LocalDate.of(2023, 5, 20), true));
    }

    @Test
    void wordsThatMarkADateAhead() {
        String s = "新规将于10月1日起施行，5月5日前往拉萨";
        int oct = s.indexOf("10月1日");
        assertEquals(true, YearInference.markedAhead(s, oct, oct + 5));
        int may = s.indexOf("5月5日");
        assertEquals(false, YearInference.markedAhead(s, may, may + 4));
    }

    @Test
    void bareDay() {
        assertEquals(
                LocalDate.of(2023, 5, 31), YearInference.forDay(31, LocalDate.of(2023, 5, 21)));
        assertEquals(
                LocalDate.of(2023, 4, 30), YearInference.forDay(30, LocalDate.of(2023, 5, 19)));
        assertEquals(
                LocalDate.of(2023, 1, 31), YearInference.forDay(31, LocalDate.of(2023, 2, 10)));
        assertNull(YearInference.forDay(31, LocalDate.of(2023, 3, 10)));
    }
}
