package io.github.zhnews.corpus;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a {@link Corpus} groups articles by their publication time. */
public enum Period {
    /** {@code 2023-05-21} */
    DAY(DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)),
    /** {@code 2023-05} */
    MONTH(DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT)),
    /** {@code 2023} */
    YEAR(DateTimeFormatter.ofPattern("uuuu", Locale.ROOT));

    /** The bucket of articles without a publication time; it sorts after every dated bucket. */
    public static final String UNDATED = "undated";

    private final DateTimeFormatter format;

    Period(DateTimeFormatter format) {
        this.format = format;
    }

    /** The bucket label of a time ({@link #UNDATED} for {@code null}); labels sort chronologically. */
    public String label(LocalDateTime time) {
        return time == null ? UNDATED : format.format(time);
    }
}
