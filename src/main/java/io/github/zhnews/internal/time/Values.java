package io.github.zhnews.internal.time;

import io.github.zhnews.model.DateGrain;
import io.github.zhnews.model.DateMention;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the finder's working values into the published form of {@link DateMention}: a clock time written to
 * the hour ({@code T15}, kept short inside the finder so that range ends compare as strings) becomes
 * {@code T15:00} with grain {@link DateGrain#HOUR}; {@code T24:00} (24时, 24:00) becomes 00:00 of the next
 * day, which {@code java.time} can read.
 */
final class Values {
    private static final Pattern CLOCK =
            Pattern.compile("([+-]?\\d{4,})-(\\d{2})-(\\d{2})T(\\d{2})(:\\d{2}(?::\\d{2})?)?");

    private Values() {}

    static DateMention mention(String text, Expr e) {
        String v = e.value();
        if (v == null) {
            return new DateMention(text, e.start(), e.end(), null, e.type());
        }
        boolean hour = false;
        int slash = v.indexOf('/');
        String published;
        if (slash > 0 && !v.startsWith("XXXX")) {
            String last = v.substring(slash + 1);
            hour = isHour(last);
            published = publish(v.substring(0, slash)) + "/" + publish(last);
        } else {
            hour = isHour(v);
            published = publish(v);
        }
        DateMention m = new DateMention(text, e.start(), e.end(), published, e.type());
        if (hour || e.duration() != null || e.type() == io.github.zhnews.model.DateType.DURATION) {
            String duration =
                    e.duration() != null
                            ? e.duration()
                            : e.type() == io.github.zhnews.model.DateType.DURATION
                                    ? published
                                    : null;
            DateGrain grain = hour ? DateGrain.HOUR : m.grain();
            if (e.duration() != null && slash > 0 && !hour) {
                // a window on the publication time has the grain of the end the text names:
                // 近五年 at 10:00 is 2018-05-21/2023-05-21T10:00 at grain DAY
                DateGrain first =
                        new DateMention(
                                        text,
                                        e.start(),
                                        e.end(),
                                        published.substring(0, published.indexOf('/')),
                                        io.github.zhnews.model.DateType.DATE)
                                .grain();
                if (first != null && grain != null && first.compareTo(grain) < 0) {
                    grain = first;
                }
            }
            m = new DateMention(text, e.start(), e.end(), published, e.type(), grain, duration);
        }
        return m;
    }

    private static boolean isHour(String v) {
        Matcher m = CLOCK.matcher(v);
        return m.matches() && m.group(5) == null;
    }

    static String publish(String v) {
        Matcher m = CLOCK.matcher(v);
        if (!m.matches()) {
            return v;
        }
        String rest = m.group(5) == null ? ":00" : m.group(5);
        if (!m.group(4).equals("24")) {
            return m.group(5) == null ? v + ":00" : v;
        }
        LocalDate next =
                LocalDate.of(
                                Integer.parseInt(m.group(1)),
                                Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3)))
                        .plusDays(1);
        return Timex.date(next) + "T00" + rest;
    }
}
