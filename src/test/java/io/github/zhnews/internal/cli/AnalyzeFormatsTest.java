package io.github.zhnews.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhnews.internal.io.AnalysisJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --format csv}, {@code --bom}, {@code --zone} and publication times with offsets. */
class AnalyzeFormatsTest {
    @TempDir Path dir;
    @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

    @Test
    void anOffsetIsKeptAndShownInTheArticleZone() throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "今天，拉萨市委召开会议。");
        assertEquals(
                0,
                Main.run("analyze", "--published", "2023-05-20T23:30:00Z", f.toString()),
                console.err());
        JsonNode o = AnalysisJson.reader().readTree(console.out().strip());
        assertEquals("2023-05-21T07:30:00+08:00", o.get("publishedAt").asText());
        assertEquals("2023-05-21", o.get("dates").get(0).get("value").asText());
    }

    @Test
    void theTrainedSegmenterIsAnOption() throws IOException {
        Path f = dir.resolve("s.txt");
        Files.writeString(f, "他们正在开展调查研究。");
        assertEquals(
                0,
                Main.run(
                        "analyze",
                        "--segmentation",
                        "trained",
                        "--tokens",
                        "--published",
                        "2023-05-21",
                        f.toString()),
                console.err());
        JsonNode o = AnalysisJson.reader().readTree(console.out().strip());
        StringBuilder pos = new StringBuilder();
        o.get("tokens")
                .forEach(
                        t ->
                                pos.append(t.get("text").asText())
                                        .append('/')
                                        .append(t.get("pos").asText())
                                        .append(' '));
        assertTrue(pos.toString().contains("调查研究/"), pos.toString());
        assertEquals(2, Main.run("analyze", "--segmentation", "neural", f.toString()));
    }

    @Test
    void theWordStandardOptionCutsNamesInTheTokens() throws IOException {
        Path f = dir.resolve("name.txt");
        Files.writeString(f, "市长王明今天在市政府接待了客人。");
        assertEquals(
                0,
                Main.run("analyze", "--word-standard", "pku", "--tokens", f.toString()),
                console.err());
        JsonNode o = AnalysisJson.reader().readTree(console.out().strip());
        assertEquals("王", o.get("tokens").get(1).get("text").asText());
        assertEquals("明", o.get("tokens").get(2).get("text").asText());
        assertEquals("王明", o.get("people").get(0).get("name").asText());
    }

    @Test
    void theZoneOptionAndRecordZonesDecide() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(
                in,
                "{\"id\":\"1\",\"text\":\"今天开会。\",\"publishedAt\":\"2023-05-20T23:30:00Z\"}\n"
                        + "{\"id\":\"2\",\"text\":\"今天开会。\",\"publishedAt\":\"2023-05-20T23:30:00Z\",\"zone\":\"Asia/Shanghai\"}\n"
                        + "{\"id\":\"3\",\"text\":\"今天开会。\",\"publishedAt\":\"2023-05-21\"}\n");
        assertEquals(
                0,
                Main.run("analyze", "--zone", "America/New_York", "--jsonl", in.toString()),
                console.err());
        String[] lines = console.out().strip().split("\n");
        assertEquals(
                "2023-05-20T19:30:00-04:00",
                AnalysisJson.reader().readTree(lines[0]).get("publishedAt").asText());
        assertEquals(
                "2023-05-21T07:30:00+08:00",
                AnalysisJson.reader().readTree(lines[1]).get("publishedAt").asText());
        assertEquals(
                "2023-05-21", AnalysisJson.reader().readTree(lines[2]).get("publishedAt").asText());
        assertEquals(2, Main.run("analyze", "--zone", "Mars/Olympus", "--jsonl", in.toString()));
        assertEquals(2, Main.run("analyze", "--published", "tomorrow", in.toString()));
    }

    @Test
    void csvHasOneRowPerInputRecordAndAByteOrderMarkWhenAsked() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(
                in,
                "{\"id\":\"=cmd|x\",\"text\":\"拉萨市委召开会议。\",\"publishedAt\":\"2023-05-21\"}\n"
                        + "{broken\n{\"id\":\"3\",\"text\":\"新华社报道。\"}\n");
        assertEquals(1, Main.run("analyze", "--format", "csv", "--bom", "--jsonl", in.toString()));
        String out = console.out();
        assertTrue(out.startsWith("\uFEFFid,line,error_type,error_message,title,"), out);
        String[] rows = out.substring(1).split("\n");
        assertEquals(4, rows.length, out);
        assertTrue(rows[1].startsWith("\"'=cmd|x\",,,,"), rows[1]);
        assertTrue(rows[1].contains(",\"2023-05-21\","), rows[1]);
        assertTrue(rows[1].contains(",\"拉萨市委\",\"party\","), rows[1]);
        assertTrue(rows[2].startsWith(",2,\"InvalidRecord\",\"not valid JSON"), rows[2]);
        assertTrue(rows[3].startsWith("\"3\",,,,"), rows[3]);
    }
}
