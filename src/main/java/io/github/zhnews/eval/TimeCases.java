package io.github.zhnews.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.zhnews.model.DateMention;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JioNLP {@code parse_time} cases (jionlp-time-tests/time_parser_cases.jsonl) and how they are judged.
 *
 * <p>A case is in scope when its expected value is a {@code time_point} or {@code time_span} with both ends
 * closed, the call used no option zhnews lacks, and its reference time is known. Out of scope, with the
 * reason recorded: {@code time_delta} and {@code time_period} (durations and recurring times have no
 * single span), open ends ({@code inf}), {@code ret_future=True} calls (future preference, which zhnews does
 * not offer as an option), and {@code time_base = now} (the reference the expected value was made with is
 * unknown).
 *
 * <p>An in-scope case passes when the finder's values, turned into spans by {@link TimeSpans}, cover exactly
 * the expected span: one mention gives its span; several give the stretch from the earliest start to the
 * latest end (a range written as two expressions, such as 8点——9点). Mentions without a convertible value
 * are ignored; if none is left the case fails.
 */
public final class TimeCases {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One parse case. {@code outOfScope} is null for cases that are scored. */
    public record Case(String text, LocalDateTime reference, TimeSpans.Range expected, String outOfScope,
                       String section) {
    }

    private TimeCases() {
    }

    public static List<Case> read(List<String> lines) {
        List<Case> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(parse(JSON.readTree(line)));
            } catch (IOException e) {
                throw new IllegalArgumentException("bad JSON line: " + line, e);
            }
        }
        return out;
    }

    static Case parse(JsonNode n) {
        String text = n.path("text").asText();
        String section = n.path("section").asText("");
        JsonNode expected = n.path("expected");
        String type = expected.path("type").asText("");
        if (!type.equals("time_point") && !type.equals("time_span")) {
            return new Case(text, null, null, "expected type " + (type.isEmpty() ? "list" : type), section);
        }
        if (n.path("block").asInt(0) == 1) {
            return new Case(text, null, null, "ret_future=True", section);
        }
        JsonNode time = expected.path("time");
        Optional<LocalDateTime> s = TimeSpans.parseJio(time.path(0).asText(null));
        Optional<LocalDateTime> e = TimeSpans.parseJio(time.path(1).asText(null));
        if (s.isEmpty() || e.isEmpty()) {
            return new Case(text, null, null, "open-ended span (inf)", section);
        }
        Optional<LocalDateTime> reference = reference(n.path("time_base"));
        if (reference.isEmpty()) {
            return new Case(text, null, null, "time_base " + n.path("time_base").path("kind").asText()
                    + " (reference unknown)", section);
        }
        return new Case(text, reference.get(), new TimeSpans.Range(s.get(), e.get()), null, section);
    }

    /**
     * The reference time of a case: {@code timestamp} → its wall-clock time in UTC+8 ({@code cst});
     * {@code datetime}, {@code partial_list} and {@code partial_dict} → the given fields, missing ones at
     * their start; {@code none} and {@code now} → unknown.
     */
    static Optional<LocalDateTime> reference(JsonNode base) {
        String kind = base.path("kind").asText();
        switch (kind) {
            case "timestamp":
                return Optional.of(LocalDateTime.parse(base.path("cst").asText(), TimeSpans.FORMAT));
            case "datetime":
            case "partial_list": {
                int[] f = {0, 1, 1, 0, 0, 0};
                JsonNode v = base.path("value");
                for (int i = 0; i < Math.min(6, v.size()); i++) {
                    f[i] = v.get(i).asInt();
                }
                return Optional.of(LocalDateTime.of(f[0], f[1], f[2], f[3], f[4], f[5]));
            }
            case "partial_dict": {
                JsonNode v = base.path("value");
                return Optional.of(LocalDateTime.of(v.path("year").asInt(), v.path("month").asInt(1),
                        v.path("day").asInt(1), v.path("hour").asInt(0), v.path("minute").asInt(0),
                        v.path("second").asInt(0)));
            }
            default:
                return Optional.empty();
        }
    }

    /** The span the found mentions denote together, if any has a convertible value. */
    public static Optional<TimeSpans.Range> predicted(List<DateMention> mentions) {
        LocalDateTime start = null;
        LocalDateTime end = null;
        for (DateMention m : mentions) {
            Optional<TimeSpans.Range> r = TimeSpans.of(m.value());
            if (r.isEmpty()) {
                continue;
            }
            if (start == null || r.get().start().isBefore(start)) {
                start = r.get().start();
            }
            if (end == null || r.get().end().isAfter(end)) {
                end = r.get().end();
            }
        }
        return start == null ? Optional.empty() : Optional.of(new TimeSpans.Range(start, end));
    }

    /** Whether the mentions cover exactly the expected span. */
    public static boolean passes(List<DateMention> mentions, TimeSpans.Range expected) {
        return predicted(mentions).map(expected::equals).orElse(false);
    }
}
