package io.github.zhnews.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command line in a real process: killed and resumed, and writing into a pipe that closes. */
class BatchProcessTest {
    @TempDir Path dir;
    @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

    private static ProcessBuilder zhnews(String... args) {
        List<String> cmd =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xmx512m",
                                "-cp",
                                System.getProperty("java.class.path"),
                                Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    @Test
    void aKilledRunResumesWithNoRecordTwiceAndNoneMissing() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, BatchCommandTest.records(3000));
        Path out = dir.resolve("out.jsonl");
        Process p =
                zhnews(
                                "batch",
                                "--input",
                                in.toString(),
                                "--output",
                                out.toString(),
                                "--threads",
                                "1",
                                "--published",
                                "2023-05-21")
                        .redirectError(dir.resolve("err1.txt").toFile())
                        .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && lines(out) < 40 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(
                p.isAlive(),
                "the run ended before it could be killed: "
                        + Files.readString(dir.resolve("err1.txt")));
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        p.waitFor(30, TimeUnit.SECONDS);
        long before = lines(out);
        assertTrue(before >= 40 && before < 3000, "lines after the kill: " + before);

        int code =
                Main.run(
                        "batch",
                        "--input",
                        in.toString(),
                        "--output",
                        out.toString(),
                        "--threads",
                        "2",
                        "--published",
                        "2023-05-21",
                        "--resume");
        assertEquals(0, code, console.err());
        List<String> got = Files.readAllLines(out);
        assertEquals(3000, got.size());
        for (int i = 0; i < got.size(); i++) {
            assertTrue(
                    got.get(i).startsWith("{\"id\":\"r" + i + "\","),
                    "line " + (i + 1) + ": " + got.get(i));
        }
    }

    @Test
    void aClosedPipeStopsTheRunAtOnceWithExitCodeFour() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, BatchCommandTest.records(20_000));
        for (String[] args :
                List.of(
                        new String[] {"batch", "--input", in.toString(), "--output", "-"},
                        new String[] {"analyze", "--jsonl", in.toString()})) {
            Process p = zhnews(args).redirectError(dir.resolve("err.txt").toFile()).start();
            try (BufferedReader r =
                    new BufferedReader(
                            new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                assertTrue(r.readLine().startsWith("{\"id\":\"r0\""));
            } // like `| head -1`: the reader goes away
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "still running after the pipe closed");
            assertEquals(
                    BatchCommand.WRITE_FAILED,
                    p.exitValue(),
                    Files.readString(dir.resolve("err.txt")));
            assertTrue(
                    Files.readString(dir.resolve("err.txt")).contains("cannot write"),
                    Files.readString(dir.resolve("err.txt")));
        }
    }

    @Test
    void aRecordTheReaderCannotHoldIsAnErrorRecordAndTheRestAreRead() throws Exception {
        Path in = dir.resolve("in.jsonl");
        try (var w = Files.newBufferedWriter(in)) {
            w.write(BatchCommandTest.record(0) + "\n{\"id\":\"huge\",\"text\":\"");
            String block = "x".repeat(1 << 20);
            for (int i = 0; i < 300; i++) { // 300 MB on one line: more than the reader's heap
                w.write(block);
            }
            w.write("\"}\n" + BatchCommandTest.record(2) + "\n");
        }
        Path out = dir.resolve("out.jsonl");
        List<String> cmd =
                new ArrayList<>(
                        zhnews(
                                        "batch",
                                        "--input",
                                        in.toString(),
                                        "--output",
                                        out.toString(),
                                        "--threads",
                                        "1",
                                        "--max-chars",
                                        "400000000",
                                        "--rules-only",
                                        "--published",
                                        "2023-05-21")
                                .command());
        cmd.set(1, "-Xmx200m");
        Process p =
                new ProcessBuilder(cmd)
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("log.txt").toFile())
                        .start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        String log = Files.readString(dir.resolve("log.txt"));
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size(), log);
        assertTrue(
                lines.get(1).contains("\"type\":\"TooLarge\"")
                        && lines.get(1).contains("held in memory"),
                lines.get(1));
        assertTrue(lines.get(2).startsWith("{\"id\":\"r2\",\"title\""), lines.get(2));
        assertEquals(1, p.exitValue(), log);
    }

    @Test
    void anOutOfMemoryErrorOnOneRecordDoesNotEndTheBatch() throws Exception {
        Path in = dir.resolve("in.jsonl");
        // 3 million characters, a date every 7: the dates (about 150 bytes each) overflow the heap
        // in the analysis,
        // while the record itself is still read (reading takes about 25 bytes a character at its
        // peak)
        String huge = "{\"id\":\"huge\",\"text\":\"" + "5月1日开会，".repeat(430_000) + "\"}";
        Files.write(in, List.of(BatchCommandTest.record(0), huge, BatchCommandTest.record(2)));
        Path out = dir.resolve("out.jsonl");
        List<String> cmd =
                new ArrayList<>(
                        zhnews(
                                        "batch",
                                        "--input",
                                        in.toString(),
                                        "--output",
                                        out.toString(),
                                        "--threads",
                                        "1",
                                        "--max-chars",
                                        "10000000",
                                        "--time-budget",
                                        "0")
                                .command());
        // room for the analyzer and its entity model (about 160 MB); since long documents are
        // analysed piecewise
        // 2 million characters of news fit beside them (LargeDocumentProcessTest), this record does
        // not
        cmd.set(1, "-Xmx256m");
        Process p =
                new ProcessBuilder(cmd)
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("log.txt").toFile())
                        .start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        String log = Files.readString(dir.resolve("log.txt"));
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size(), log);
        assertTrue(lines.get(1).contains("\"type\":\"OutOfMemory\""), lines.get(1));
        assertTrue(lines.get(2).startsWith("{\"id\":\"r2\",\"title\""), lines.get(2));
        assertEquals(1, p.exitValue(), log);
    }

    private static long lines(Path f) throws IOException {
        if (!Files.exists(f)) {
            return 0;
        }
        byte[] b = Files.readAllBytes(f);
        long n = 0;
        for (byte x : b) {
            if (x == '\n') {
                n++;
            }
        }
        return n;
    }
}
