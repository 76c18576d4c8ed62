package io.github.zhnews.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhnews.internal.io.AnalysisJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir Path dir;
    @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : console.out().split("\n")) {
            if (!line.isBlank()) {
                nodes.add(AnalysisJson.reader().readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void analyzesFilesWithTheGivenPublicationTime() throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "自治区商务厅昨天召开座谈会。西藏自治区商务厅负责人出席。");
        int code = Main.run("analyze", "--published", "2023-05-21T09:39", "--tokens", f.toString());
        assertEquals(0, code, console.err());
        JsonNode o = lines().get(0);
        assertEquals(f.toString(), o.get("id").asText());
        assertEquals("2023-05-21T09:39:00+08:00", o.get("publishedAt").asText());
        assertTrue(o.get("tokens").size() > 5);
        for (String field :
                List.of(
                        "title",
                        "source",
                        "editor",
                        "keyPhrases",
                        "organizations",
                        "people",
                        "places",
                        "dates",
                        "summary")) {
            assertTrue(o.has(field), field);
        }
        assertEquals("西藏自治区商务厅", o.get("organizations").get(0).get("name").asText());
    }

    @Test
    void withoutSkipsTheNamedFeaturesAndRejectsUnknownOnes() throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "自治区商务厅昨天召开座谈会。西藏自治区商务厅负责人出席。");
        assertEquals(
                0,
                Main.run(
                        "analyze",
                        "--published",
                        "2023-05-21",
                        "--without",
                        "entities,dates",
                        f.toString()),
                console.err());
        JsonNode o = lines().get(0);
        assertEquals(0, o.get("organizations").size());
        assertEquals(0, o.get("dates").size());
        assertTrue(o.get("keyPhrases").size() > 0);
        assertEquals(2, Main.run("analyze", "--without", "colours", f.toString()));
    }

    @Test
    void jsonLinesBatchWritesOneLinePerRecordInOrder() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(
                in,
                String.join(
                        "\n",
                        "{\"id\":\"1\",\"text\":\"拉萨市委召开会议。\"}",
                        "{broken json",
                        "{\"id\":\"3\"}",
                        "{\"id\":\"4\",\"text\":\"\",\"publishedAt\":\"2023-01-03\"}",
                        "{\"id\":\"5\",\"text\":\"会议\",\"publishedAt\":\"not a date\"}",
                        "{\"id\":\"6\",\"text\":\"新华社记者报道。\",\"title\":\"标题\"}"));
        int code = Main.run("analyze", "--jsonl", in.toString());
        assertEquals(1, code);
        List<JsonNode> nodes = lines();
        assertEquals(6, nodes.size());
        assertEquals("1", nodes.get(0).get("id").asText());
        assertFalse(nodes.get(0).has("error"));
        assertEquals("InvalidRecord", nodes.get(1).get("error").get("type").asText());
        assertEquals(2, nodes.get(1).get("line").asInt());
        assertEquals("3", nodes.get(2).get("id").asText());
        assertTrue(nodes.get(2).has("error"));
        assertFalse(nodes.get(3).has("error"));
        assertTrue(nodes.get(4).get("error").get("message").asText().contains("not a date"));
        assertEquals("标题", nodes.get(5).get("title").asText());
    }

    @Test
    void unreadableFileGivesAnErrorRecordAndGoesOn() throws IOException {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "拉萨市委召开会议。");
        Path bad = dir.resolve("latin1.txt");
        Files.write(bad, new byte[] {(byte) 0xC4, (byte) 0xE3, (byte) 0xFF});
        int code =
                Main.run(
                        "analyze",
                        bad.toString(),
                        dir.resolve("missing.txt").toString(),
                        good.toString());
        assertEquals(1, code);
        List<JsonNode> nodes = lines();
        assertEquals(3, nodes.size());
        assertTrue(nodes.get(0).get("error").get("message").asText().contains("UTF-8"));
        assertEquals("UnreadableInput", nodes.get(1).get("error").get("type").asText());
        assertFalse(nodes.get(2).has("error"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, Main.run("analyze"));
        assertEquals(2, Main.run("analyze", "--published", "soon", "x.txt"));
        assertEquals(2, Main.run("no-such-command"));
    }

    @Test
    void missingDictionaryExitsWithThree() {
        assertEquals(3, Main.run("analyze", "--dict", dir.resolve("none.txt").toString(), "x.txt"));
        assertTrue(console.err().contains("none.txt"));
    }
}
