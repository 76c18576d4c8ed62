package io.github.zhnews.internal.io;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.zhnews.Article;
import io.github.zhnews.InvalidRecordException;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Jazzer over the JSON Lines reader and record parser: any bytes give lines or typed errors, never another
 * exception; each line is at most the limit; an error record for it is valid JSON. Regression inputs live in
 * {@code src/test/resources/io/github/zhnews/internal/io/JsonLinesFuzzTestInputs/readAndParse/};
 * {@code JAZZER_FUZZ=1 mvn -B -o test -Dtest=JsonLinesFuzzTest} fuzzes.
 */
class JsonLinesFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void readAndParse(byte[] input) throws IOException {
        try (JsonLinesReader r = new JsonLinesReader(new ByteArrayInputStream(input), 256)) {
            long last = 0;
            for (JsonLinesReader.Line l; (l = r.next()) != null; ) {
                assertTrue(l.number() > last, "line numbers grow");
                last = l.number();
                if (!l.ok()) {
                    assertNotNull(l.errorMessage());
                    continue;
                }
                assertTrue(l.text().length() <= 256);
                try {
                    Article.fromJson(l.text());
                } catch (InvalidRecordException e) {
                    String error =
                            AnalysisJson.error(
                                    e.id().orElse(null),
                                    l.number(),
                                    "InvalidRecord",
                                    e.getMessage());
                    assertNotNull(AnalysisJson.reader().readTree(error));
                }
            }
        }
    }
}
