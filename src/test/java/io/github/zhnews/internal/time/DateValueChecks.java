package io.github.zhnews.internal.time;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.DateType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** Checks that a mention's value is one people can compute with: java.time reads it, or it is a TIMEX3 form. */
final class DateValueChecks {
    private static final Pattern TIMEX3 =
            Pattern.compile(
                    "PRESENT_REF|[+-]?\\d{4,}-(Q[1-4]|H[12]|W\\d{2}(-WE|-[1-7])?"
                            + "|SP|SU|FA|WI)|[+-]?\\d{4,}-\\d{2}-\\d{2}T(MO|MI|AF|EV|NI|DT)|\\d{2,3}|XXXX.*");

    private DateValueChecks() {}

    static void assertComputable(DateMention m) {
        if (m.value() == null) {
            return;
        }
        String v = m.value();
        if (m.type() == DateType.DURATION) {
            assertTrue(v.startsWith("P"), v);
            return;
        }
        if (m.type() == DateType.SET) {
            return;
        }
        for (String part : v.split("/")) {
            assertDoesNotThrow(
                    () -> parse(part), () -> "not computable: " + v + " (" + m.text() + ")");
        }
        if (m.duration() != null && m.duration().indexOf('T') < 0) {
            assertDoesNotThrow(() -> Period.parse(m.duration()));
        }
        if (v.endsWith("/PRESENT_REF")) {
            assertTrue(
                    m.firstInstant().isPresent() && m.endInstant().isEmpty(),
                    v); // 2018年以来: from 2018 on
        } else if (m.firstInstant().isPresent()) {
            assertTrue(m.endInstant().orElseThrow().isAfter(m.firstInstant().get()), v);
            assertEquals(m.firstInstant().get().toLocalDate(), m.firstDay().orElseThrow());
        }
    }

    private static void parse(String part) {
        if (TIMEX3.matcher(part).matches()) {
            return;
        }
        if (part.contains("T")) {
            LocalDateTime.parse(part);
        } else if (part.length() >= 10
                && part.charAt(part.length() - 3) == '-'
                && part.charAt(part.length() - 6) == '-') {
            LocalDate.parse(part);
        } else if (part.length() >= 7 && part.charAt(part.length() - 3) == '-') {
            YearMonth.parse(part);
        } else {
            Year.parse(part);
        }
    }
}
