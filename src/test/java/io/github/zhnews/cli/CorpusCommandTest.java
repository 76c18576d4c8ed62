package io.github.zhnews.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusCommandTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    private Path sample() throws IOException {
        Path f = dir.resolve("in.jsonl");
        try (InputStream in = getClass().getResourceAsStream("/corpus/sample.jsonl")) {
            Files.write(f, in.readAllBytes());
        }
        return f;
    }

    @Test
    void summarisesByMonthCountsBadRecordsAndWritesTables() throws IOException {
        Path tables = dir.resolve("tables");
        int code = Main.run("corpus", sample().toString(), "--by", "month", "--out", tables.toString());
        String stdout = console.out();
        String stderr = console.err();
        assertEquals(1, code, "bad records give exit code 1");
        assertTrue(stdout.startsWith("records 6, analysed 4, invalid 2, failed 0, periods 3 (by month)"), stdout);
        assertTrue(stdout.contains("2023-04  2 articles"), stdout);
        assertTrue(stdout.contains("undated  1 articles"), stdout);
        assertTrue(stderr.contains("line 3: invalid record"), stderr);
        assertTrue(stderr.contains("line 5: invalid record"), stderr);
        for (String f : List.of("terms.csv", "terms.jsonl", "pairs.csv", "pairs.jsonl")) {
            assertTrue(Files.size(tables.resolve(f)) > 0, f);
        }
        assertEquals("period,kind,term,articles,mentions,ids",
                Files.readAllLines(tables.resolve("terms.csv")).get(0));
    }

    @Test
    void byYearAndAWrongPeriod() throws IOException {
        assertEquals(1, Main.run("corpus", sample().toString(), "--by", "year"));
        assertTrue(console.out().contains("2023  3 articles"));
        assertEquals(2, Main.run("corpus", sample().toString(), "--by", "week"));
    }

    @Test
    void aMissingFileIsReported() {
        assertEquals(1, Main.run("corpus", dir.resolve("nope.jsonl").toString()));
        assertTrue(console.err().contains("cannot read"));
    }
}
