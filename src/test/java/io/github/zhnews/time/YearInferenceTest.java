package io.github.zhnews.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class YearInferenceTest {
    @ParameterizedTest(name = "{0}-{1} in an article of {2} -> {3}")
    @CsvSource({
        "12, 28, 2024-01-03, 2023",
        "10, 1, 2023-05-15, 2023",
        "5, 5, 2023-05-21, 2023",
        "1, 5, 2023-12-20, 2024",
        "7, 1, 2023-01-01, 2023",
        "6, 1, 2023-12-01, 2023",
        "12, 1, 2023-06-01, 2022"
    })
    void monthDay(int month, int day, String ref, int year) {
        assertEquals(year, YearInference.forMonthDay(month, day, LocalDate.parse(ref)));
    }

    @Test
    void monthTiesGoToThePast() {
        assertEquals(2022, YearInference.forMonth(11, LocalDate.of(2023, 5, 1)));
        assertEquals(2023, YearInference.forMonth(10, LocalDate.of(2023, 5, 1)));
    }

    @Test
    void bareDay() {
        assertEquals(LocalDate.of(2023, 5, 31), YearInference.forDay(31, LocalDate.of(2023, 5, 21)));
        assertEquals(LocalDate.of(2023, 4, 30), YearInference.forDay(30, LocalDate.of(2023, 5, 19)));
        assertEquals(LocalDate.of(2023, 1, 31), YearInference.forDay(31, LocalDate.of(2023, 2, 10)));
        assertNull(YearInference.forDay(31, LocalDate.of(2023, 3, 10)));
    }
}
