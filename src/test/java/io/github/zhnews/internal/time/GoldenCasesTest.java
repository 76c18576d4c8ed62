package io.github.zhnews.internal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.model.DateMention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the golden cases in {@code time/dates.tsv} and the negative sentences in {@code time/non_dates.txt}. */
class GoldenCasesTest {
    private static final LocalDateTime NON_DATE_REFERENCE = LocalDateTime.of(2023, 5, 21, 10, 0);
    private final ChineseDateFinder finder = new ChineseDateFinder();

    static Stream<Arguments> dates() {
        List<Arguments> cases = new ArrayList<>();
        for (String line : lines("/time/dates.tsv")) {
            String[] cols = line.split("\t", -1);
            if (cols.length != 3) {
                throw new IllegalStateException("bad golden line: " + line);
            }
            cases.add(Arguments.of(cols[0], cols[1].replace("\\n", "\n"), cols[2]));
        }
        return cases.stream();
    }

    static Stream<String> nonDates() {
        return lines("/time/non_dates.txt").stream();
    }

    /**
     * Each expected mention is {@code text=value=TYPE}, optionally followed by {@code =GRAIN} and
     * {@code =DURATION}; a grain or duration not written is not checked.
     */
    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("dates")
    void golden(String reference, String sentence, String expected) {
        List<DateMention> found = finder.find(sentence, LocalDateTime.parse(reference));
        List<String> want = expected.equals("-") ? List.of() : List.of(expected.split(" \\| "));
        List<String> got = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            DateMention m = found.get(k);
            String[] w = k < want.size() ? want.get(k).split("=", -1) : new String[0];
            StringBuilder b = new StringBuilder(m.text() + "=" + m.value() + "=" + m.type());
            if (w.length > 3) {
                b.append('=').append(m.grain());
            }
            if (w.length > 4) {
                b.append('=').append(m.duration());
            }
            got.add(b.toString());
        }
        assertEquals(String.join(" | ", want), String.join(" | ", got));
        for (DateMention m : found) {
            assertEquals(m.text(), sentence.substring(m.start(), m.end()));
            DateValueChecks.assertComputable(m);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("nonDates")
    void notADate(String sentence) {
        List<DateMention> found = finder.find(sentence, NON_DATE_REFERENCE);
        assertTrue(found.isEmpty(), () -> "unexpected mentions " + found);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = GoldenCasesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
