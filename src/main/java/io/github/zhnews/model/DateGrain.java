package io.github.zhnews.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The precision of a date value: how much of the time line the text pins down. {@code 2023-05-21T15:00} with
 * grain {@link #HOUR} is "15 o'clock" (下午3点), with grain {@link #MINUTE} it is "15:00" (15:00, 三点整 at
 * minute precision). Ordered from the coarsest to the finest.
 */
public enum DateGrain {
    /** A century: {@code 19} (the 1900s). */
    CENTURY,
    /** A decade: {@code 198} (the 1980s). */
    DECADE,
    /** A year: {@code 2023}. */
    YEAR,
    /** Half a year: {@code 2023-H1}. */
    HALF_YEAR,
    /** A season: {@code 2023-SU} (TIMEX3; its days bounded by its solar terms, 立夏 to the day before 立秋). */
    SEASON,
    /** A quarter: {@code 2023-Q2}. */
    QUARTER,
    /** A month: {@code 2023-05}. */
    MONTH,
    /** An ISO week or weekend: {@code 2023-W20}, {@code 2023-W20-WE}. */
    WEEK,
    /** A day: {@code 2023-05-21}. */
    DAY,
    /** A part of a day: {@code 2023-05-21TEV} (TIMEX3: MO, MI, AF, EV, NI, DT). */
    PART_OF_DAY,
    /** An hour: {@code 2023-05-21T15:00}. */
    HOUR,
    /** A minute: {@code 2023-05-21T15:30}. */
    MINUTE,
    /** A second: {@code 2023-05-21T15:30:12}. */
    SECOND;

    /** The lower-case id used in JSON and CSV: {@code year}, {@code part_of_day}, {@code hour}... */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The grain with the given id (any case).
     *
     * @param id the id
     * @return the grain
     * @throws IllegalArgumentException for an unknown id
     */
    @JsonCreator
    public static DateGrain ofId(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
