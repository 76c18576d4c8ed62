package io.github.zhnews.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.DateType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stretches {@link DateMention} gives values without a fixed one in ISO-8601: a season's days agree with the
 * finder's astronomical solar terms; midday and daytime have hours.
 */
class CalendarSpanTest {
    private static final String[] CODES = {"SP", "SU", "FA", "WI"};
    private static final double[] LONGITUDE = {315, 45, 135, 225}; // 立春, 立夏, 立秋, 立冬

    @Test
    void everySeasonFrom1901To2099BeginsOnItsSolarTerm() {
        List<String> wrong = new ArrayList<>();
        for (int year = 1901; year <= 2099; year++) {
            for (int k = 0; k < 4; k++) {
                DateMention m = season(year, k);
                LocalDate first = ChineseCalendar.solarTerm(year, LONGITUDE[k]);
                LocalDate next =
                        k == 3
                                ? ChineseCalendar.solarTerm(year + 1, LONGITUDE[0])
                                : ChineseCalendar.solarTerm(year, LONGITUDE[k + 1]);
                if (!m.firstDay().orElseThrow().equals(first)
                        || !m.lastDay().orElseThrow().equals(next.minusDays(1))) {
                    wrong.add(m.value() + " " + m.firstDay().get() + "/" + m.lastDay().get());
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong::toString);
    }

    @Test
    void aSeasonOutsideTheFormulasYearsHasNoDays() {
        assertTrue(season(1850, 0).firstDay().isEmpty());
        assertEquals(LocalDate.of(2021, 2, 3), season(2021, 0).firstDay().orElseThrow());
        assertEquals(LocalDate.of(2021, 5, 4), season(2021, 0).lastDay().orElseThrow());
    }

    @Test
    void middayAndDaytimeHaveHours() {
        DateMention noon = new DateMention("中午", 0, 2, "2023-05-21TMI", DateType.TIME);
        assertEquals("2023-05-21T12:00", noon.firstInstant().orElseThrow().toString());
        assertEquals("2023-05-21T14:00", noon.endInstant().orElseThrow().toString());
        DateMention day = new DateMention("白天", 0, 2, "2023-05-21TDT", DateType.TIME);
        assertEquals("2023-05-21T06:00", day.firstInstant().orElseThrow().toString());
        assertEquals("2023-05-21T19:00", day.endInstant().orElseThrow().toString());
    }

    private static DateMention season(int year, int k) {
        String text = "春夏秋冬".substring(k, k + 1);
        return new DateMention(text, 0, 1, year + "-" + CODES[k], DateType.DATE);
    }
}
