package io.github.zhnews.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CorpusCommandTest {
    @TempDir Path dir;
    @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

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
        int code =
                Main.run(
                        "corpus", sample().toString(), "--by", "month", "--out", tables.toString());
        String stdout = console.out();
        String stderr = console.err();
        assertEquals(1, code, "bad records give exit code 1");
        assertTrue(
                stdout.startsWith(
                        "records 6, analysed 4, invalid 2, failed 0, periods 3 (by month)"),
                stdout);
        assertTrue(stdout.contains("2023-04  2 articles"), stdout);
        assertTrue(stdout.contains("undated  1 articles"), stdout);
        assertTrue(stderr.contains("line 3: invalid record"), stderr);
        assertTrue(stderr.contains("line 5: invalid record"), stderr);
        for (String f : List.of("terms.csv", "terms.jsonl", "pairs.csv", "pairs.jsonl")) {
            assertTrue(Files.size(tables.resolve(f)) > 0, f);
        }
        assertEquals(
                "period,kind,term,articles,mentions,ids",
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
        assertEquals(
                BatchCommand.INPUT_FAILED,
                Main.run("corpus", dir.resolve("nope.jsonl").toString()));
        assertTrue(console.err().contains("cannot read"));
    }

    @Test
    void aByteOrderMarkAndGluedRecordsAndAFullDiskAreHandled() throws IOException {
        Path f = dir.resolve("bom.jsonl");
        byte[] body =
                ("{\"id\":\"a\",\"text\":\"拉萨市委召开会议。\",\"publishedAt\":\"2023-04-02\"}\n"
                                + "{\"id\":\"b\",\"text\":\"会议\"}{\"id\":\"c\",\"text\":\"会议\"}\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = new byte[body.length + 3];
        all[0] = (byte) 0xEF;
        all[1] = (byte) 0xBB;
        all[2] = (byte) 0xBF;
        System.arraycopy(body, 0, all, 3, body.length);
        Files.write(f, all);
        assertEquals(1, Main.run("corpus", f.toString()));
        assertTrue(console.out().startsWith("records 2, analysed 1, invalid 1"), console.out());
        assertTrue(
                console.err().contains("line 2: invalid record: more than one JSON value"),
                console.err());

        java.io.PrintStream saved = System.out;
        try (java.io.PrintStream full =
                new java.io.PrintStream(
                        new java.io.FileOutputStream("/dev/full"),
                        false,
                        java.nio.charset.StandardCharsets.UTF_8)) {
            System.setOut(full);
            assertEquals(BatchCommand.WRITE_FAILED, Main.run("corpus", f.toString()));
        } finally {
            System.setOut(saved);
        }
        assertTrue(console.err().contains("cannot write to standard output"), console.err());
    }
}
