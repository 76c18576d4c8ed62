package io.github.zhnews.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseCalendarTest {
    @ParameterizedTest
    @CsvSource({
        "1949,1949-01-29", "1950,1950-02-17", "1960,1960-01-28", "1970,1970-02-06",
                "1976,1976-01-31",
        "1980,1980-02-16", "1985,1985-02-20", "1990,1990-01-27", "1995,1995-01-31",
                "1996,1996-02-19",
        "1997,1997-02-07", "1998,1998-01-28", "1999,1999-02-16", "2000,2000-02-05",
                "2001,2001-01-24",
        "2002,2002-02-12", "2003,2003-02-01", "2004,2004-01-22", "2005,2005-02-09",
                "2006,2006-01-29",
        "2007,2007-02-18", "2008,2008-02-07", "2009,2009-01-26", "2010,2010-02-14",
                "2011,2011-02-03",
        "2012,2012-01-23", "2013,2013-02-10", "2014,2014-01-31", "2015,2015-02-19",
                "2016,2016-02-08",
        "2017,2017-01-28", "2018,2018-02-16", "2019,2019-02-05", "2020,2020-01-25",
                "2021,2021-02-12",
        "2022,2022-02-01", "2023,2023-01-22", "2024,2024-02-10", "2025,2025-01-29",
                "2026,2026-02-17"
    })
    void springFestival(int year, String date) {
        assertEquals(LocalDate.parse(date), ChineseCalendar.toSolar(year, 1, false, 1));
    }

    @ParameterizedTest
    @CsvSource({
        // year, month, leap, day, date
        "2023,8,false,15,2023-09-29", "2024,8,false,15,2024-09-17", "2022,8,false,15,2022-09-10",
        "2021,8,false,15,2021-09-21", "2020,8,false,15,2020-10-01", "2019,8,false,15,2019-09-13",
        "2023,5,false,5,2023-06-22", "2020,5,false,5,2020-06-25", "2024,5,false,5,2024-06-10",
        "2012,1,false,15,2012-02-06", "1991,8,false,23,1991-09-30", "2020,4,true,1,2020-05-23",
        "2020,4,true,29,2020-06-20", "2021,6,false,1,2021-07-10", "2022,10,false,1,2022-10-25",
        "2022,12,false,10,2023-01-01", "2023,12,false,0,2024-02-09", "2023,2,true,1,2023-03-22"
    })
    void lunarDates(int year, int month, boolean leap, int day, String date) {
        assertEquals(LocalDate.parse(date), ChineseCalendar.toSolar(year, month, leap, day));
    }

    @Test
    void leapMonths() {
        assertEquals(4, ChineseCalendar.leapMonth(2020));
        assertEquals(2, ChineseCalendar.leapMonth(2023));
        assertEquals(6, ChineseCalendar.leapMonth(2025));
        assertEquals(6, ChineseCalendar.leapMonth(2017));
        assertEquals(9, ChineseCalendar.leapMonth(2014));
        assertEquals(4, ChineseCalendar.leapMonth(2012));
        assertEquals(0, ChineseCalendar.leapMonth(2024));
        assertEquals(11, ChineseCalendar.leapMonth(2033));
    }

    @Test
    void outsideRangeAndInvalid() {
        assertNull(ChineseCalendar.toSolar(1948, 1, false, 1));
        assertNull(ChineseCalendar.toSolar(2051, 1, false, 1));
        assertNull(ChineseCalendar.toSolar(2024, 4, true, 1));
        assertNull(ChineseCalendar.toSolar(2024, 1, false, 31));
    }

    @ParameterizedTest
    @CsvSource({
        "2019,2019-04-05",
        "2020,2020-04-04",
        "2021,2021-04-04",
        "2022,2022-04-05",
        "2023,2023-04-05",
        "2024,2024-04-04",
        "2008,2008-04-04",
        "1998,1998-04-05"
    })
    void qingming(int year, String date) {
        assertEquals(LocalDate.parse(date), ChineseCalendar.solarTerm(year, 15));
    }

    @Test
    void otherTerms() {
        assertEquals(LocalDate.parse("2021-06-05"), ChineseCalendar.solarTerm(2021, 75)); // 芒种
        assertEquals(LocalDate.parse("2023-12-22"), ChineseCalendar.solarTerm(2023, 270)); // 冬至
        assertEquals(LocalDate.parse("2024-02-04"), ChineseCalendar.solarTerm(2024, 315)); // 立春
    }
}
