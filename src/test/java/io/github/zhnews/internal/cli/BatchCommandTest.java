package io.github.zhnews.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhnews.internal.io.AnalysisJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code zhnews batch}: one output record per input record, in order, for good and faulty input alike. */
class BatchCommandTest {
    static final String[] SENTENCES = {
        "拉萨市委昨天召开全委会议，研究部署下半年工作。",
        "深圳市星河智联科技有限公司今年5月发布了新一代芯片。",
        "市教育局副局长王强在会上说，明年将新建三所学校。",
        "据新华社报道，国务院常务会议8日在北京召开。"
    };

    @TempDir Path dir;
    @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

    static String record(int i) {
        return "{\"id\":\"r"
                + i
                + "\",\"text\":\""
                + SENTENCES[i % SENTENCES.length]
                + "第"
                + i
                + "段。\"}";
    }

    static List<String> records(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(record(i));
        }
        return out;
    }

    static List<JsonNode> read(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        String text;
        try (InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(text.isEmpty() || text.endsWith("\n"), "the output ends with a whole line");
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                nodes.add(AnalysisJson.reader().readTree(line));
            }
        }
        return nodes;
    }

    /** {@code zhnews batch --input IN --output OUT} with the further arguments given. */
    private static int batch(Object in, Object out, String... more) {
        List<String> args =
                new ArrayList<>(
                        List.of("batch", "--input", in.toString(), "--output", out.toString()));
        args.addAll(List.of(more));
        return Main.run(args.toArray(String[]::new));
    }

    @Test
    void everyFaultyRecordGetsItsOwnErrorRecordInPlace() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(
                new byte[] {
                    (byte) 0xEF, (byte) 0xBB, (byte) 0xBF
                }); // a byte-order mark before the first record
        b.write((record(0) + "\n").getBytes(StandardCharsets.UTF_8));
        b.write((record(1) + record(2) + "\n").getBytes(StandardCharsets.UTF_8)); // glued
        b.write("{\"id\":\"bad-utf8\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
        b.write(new byte[] {(byte) 0xC4, (byte) 0xE3, (byte) 0xFF});
        b.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        b.write(
                "{\"id\":\"no-text\"}\n{\"id\":\"number\",\"text\":42}\n{\"id\":\"array\",\"text\":[\"a\"]}\n"
                        .getBytes(StandardCharsets.UTF_8));
        b.write(
                "{not json at all\n\n   \n"
                        .getBytes(StandardCharsets.UTF_8)); // blank lines are not records
        b.write(
                ("{\"id\":\"big\",\"text\":\"" + "大".repeat(3000) + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
        b.write(
                ("{\"id\":\"huge-line\",\"text\":\"" + "x".repeat(100_000) + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
        b.write((record(9) + "\r\n").getBytes(StandardCharsets.UTF_8));
        Path in = dir.resolve("in.jsonl");
        Files.write(in, b.toByteArray());
        Path out = dir.resolve("out.jsonl");
        int code =
                batch(
                        in,
                        out,
                        "--max-chars",
                        "2000",
                        "--published",
                        "2023-05-21",
                        "--threads",
                        "2");
        assertEquals(1, code, console.err());
        List<JsonNode> nodes = read(out);
        List<String> want =
                List.of(
                        "r0:ok",
                        "r1:InvalidRecord",
                        "bad-utf8:InvalidUtf8",
                        "no-text:InvalidRecord",
                        "number:InvalidRecord",
                        "array:InvalidRecord",
                        "null:InvalidRecord",
                        "big:TooLarge",
                        "null:TooLarge",
                        "r9:ok");
        List<String> got = new ArrayList<>();
        for (JsonNode n : nodes) {
            got.add(
                    n.get("id").asText()
                            + ":"
                            + (n.has("error") ? n.get("error").get("type").asText() : "ok"));
        }
        assertEquals(want, got);
        assertEquals(3, nodes.get(2).get("line").asInt());
        assertTrue(nodes.get(1).get("error").get("message").asText().contains("glued"));
        assertTrue(nodes.get(4).get("error").get("message").asText().contains("number"));
        assertTrue(
                console.err().contains("read 10, analysed 2, failed 8, written 10"), console.err());
    }

    @Test
    void theZoneAndTheEntityModeAreOptionsOfBatchAsOfAnalyze() throws IOException {
        Path in = dir.resolve("zone.jsonl");
        Files.writeString(in, record(0) + "\n");
        Path out = dir.resolve("zone.jsonl.out");
        assertEquals(
                0,
                batch(
                        in,
                        out,
                        "--format",
                        "jsonl",
                        "--zone",
                        "America/New_York",
                        "--published",
                        "2023-05-21T01:39:00Z",
                        "--rules-only"),
                console.err());
        JsonNode n = read(out).get(0);
        assertEquals("America/New_York", n.get("zone").asText(), n.toString());
        assertEquals("2023-05-20T21:39:00-04:00", n.get("publishedAt").asText(), n.toString());
    }

    @Test
    void gzipInAndOutAndCsvAndAFolderOfTextFiles() throws IOException {
        Path in = dir.resolve("in.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(in))) {
            o.write((String.join("\n", records(7)) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("out.jsonl.gz");
        assertEquals(0, batch(in, out, "--published", "2023-05-21"), console.err());
        List<JsonNode> nodes = read(out);
        assertEquals(7, nodes.size());
        assertEquals("r6", nodes.get(6).get("id").asText());

        Path csv = dir.resolve("out.csv");
        assertEquals(0, batch(in, csv, "--published", "2023-05-21"), console.err());
        List<String> rows = Files.readAllLines(csv);
        assertEquals(8, rows.size());
        assertTrue(rows.get(1).startsWith("\"r0\",,"), rows.get(1));
        assertTrue(rows.get(1).contains("拉萨市委"), rows.get(1));
        // the same per-article CSV as analyze: header and rows alike
        Path plain = dir.resolve("in.jsonl");
        Files.writeString(plain, String.join("\n", records(7)) + "\n");
        assertEquals(
                0,
                Main.run(
                        "analyze",
                        "--jsonl",
                        plain.toString(),
                        "--format",
                        "csv",
                        "--published",
                        "2023-05-21"),
                console.err());
        assertEquals(rows, List.of(console.out().split("\n")));

        Path folder = dir.resolve("texts");
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("b.txt"), SENTENCES[1]);
        Files.writeString(folder.resolve("a.txt"), "\uFEFF" + SENTENCES[0]);
        Files.writeString(folder.resolve("sub/c.txt"), SENTENCES[2]);
        Files.write(folder.resolve("d.txt"), new byte[] {(byte) 0xD6, (byte) 0xD0, (byte) 0xFF});
        Files.writeString(folder.resolve("ignored.md"), "不是文本文件");
        Path fout = dir.resolve("folder.jsonl");
        assertEquals(1, batch(folder, fout), console.err());
        List<JsonNode> f = read(fout);
        assertEquals(
                List.of("a.txt", "b.txt", "d.txt", "sub/c.txt"),
                f.stream().map(x -> x.get("id").asText()).toList());
        assertEquals("InvalidUtf8", f.get(2).get("error").get("type").asText());
        assertEquals("拉萨市委", f.get(0).get("organizations").get(0).get("name").asText());
    }

    @Test
    void resumeKeepsWholeRecordsDropsAPartialLineAndAddsTheRest() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, records(30));
        Path full = dir.resolve("full.jsonl");
        assertEquals(0, batch(in, full, "--published", "2023-05-21"), console.err());
        List<String> fullLines = Files.readAllLines(full);
        assertEquals(30, fullLines.size());

        // what a kill leaves: 12 whole records and half of the 13th
        Path out = dir.resolve("out.jsonl");
        String partial =
                String.join("\n", fullLines.subList(0, 12))
                        + "\n"
                        + fullLines.get(12).substring(0, 40);
        Files.writeString(out, partial);
        assertEquals(0, batch(in, out, "--published", "2023-05-21", "--resume"), console.err());
        assertEquals(fullLines, Files.readAllLines(out));
        assertTrue(console.err().contains("resumed after 12 records"), console.err());

        // a finished output resumes to itself
        assertEquals(0, batch(in, out, "--resume"));
        assertEquals(fullLines, Files.readAllLines(out));
    }

    @Test
    void resumeOfACutGzipOutputKeepsItsWholeRecords() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, records(20));
        Path full = dir.resolve("full.jsonl");
        assertEquals(0, batch(in, full, "--published", "2023-05-21"));
        Path gz = dir.resolve("out.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz), 512, true)) {
            for (String l : Files.readAllLines(full).subList(0, 8)) {
                o.write((l + "\n").getBytes(StandardCharsets.UTF_8));
            }
            o.flush();
            o.write("{\"id\":\"r8\",\"tit".getBytes(StandardCharsets.UTF_8));
            o.flush();
        }
        byte[] bytes = Files.readAllBytes(gz);
        Files.write(
                gz,
                java.util.Arrays.copyOf(
                        bytes, bytes.length - 8)); // no gzip trailer, as after a kill
        assertEquals(0, batch(in, gz, "--published", "2023-05-21", "--resume"), console.err());
        List<JsonNode> nodes = read(gz);
        assertEquals(20, nodes.size());
        assertEquals(Files.readAllLines(full).get(19), nodes.get(19).toString());
    }

    @Test
    void resumeRefusesAnOutputOfAnotherInput() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, records(5));
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "{\"id\":\"someone-else\"}\n");
        assertEquals(2, batch(in, out, "--resume"));
        assertTrue(console.err().contains("someone-else"), console.err());
    }

    @Test
    void aFullDiskStopsTheRunWithExitCodeFour() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, records(10));
        int code = batch(in, "/dev/full");
        assertEquals(BatchCommand.WRITE_FAILED, code, console.err());
        assertTrue(console.err().contains("cannot write /dev/full"), console.err());
        assertFalse(console.err().contains("failed 0, written 10 in"), console.err());
    }

    @Test
    void aCutGzipInputStopsWithExitCodeFiveAfterTheRecordsBeforeIt() throws IOException {
        Path in = dir.resolve("in.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(in), 256, true)) {
            o.write((String.join("\n", records(6)) + "\n").getBytes(StandardCharsets.UTF_8));
            o.flush();
        }
        byte[] bytes = Files.readAllBytes(in);
        Files.write(in, java.util.Arrays.copyOf(bytes, bytes.length - 8));
        Path out = dir.resolve("out.jsonl");
        assertEquals(BatchCommand.INPUT_FAILED, batch(in, out), console.err());
        assertEquals(6, read(out).size());
    }

    @Test
    void aDocumentOverTheTimeBudgetGetsAnErrorRecordAndTheRestGoOn() throws IOException {
        Path in = dir.resolve("in.jsonl");
        String slow =
                "{\"id\":\"slow\",\"text\":\""
                        + String.join("", java.util.Collections.nCopies(800, SENTENCES[1]))
                        + "\"}";
        Files.write(in, List.of(record(0), slow, record(2)));
        Path out = dir.resolve("out.jsonl");
        assertEquals(
                1, batch(in, out, "--threads", "1", "--time-budget", "0.000001"), console.err());
        List<JsonNode> nodes = read(out);
        assertEquals(3, nodes.size());
        assertEquals("slow", nodes.get(1).get("id").asText());
        assertEquals("TimeBudgetExceeded", nodes.get(1).get("error").get("type").asText());
    }
}
