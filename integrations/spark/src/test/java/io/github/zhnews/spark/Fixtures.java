package io.github.zhnews.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Test articles built from our own sentences (sentences.txt), with a fixed seed, some of them deliberately bad. */
final class Fixtures {
    /** The size limit of the test configuration: the "too large" records are longer. */
    static final int MAX_CHARS = 3000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PUBLISHED = {"2024-05-21T09:39", "2024-05-21", "2024-05-21T01:39:00Z",
        "2024-05-21 09:39+08:00", "2023-12-31T23:30+08:00[Asia/Shanghai]", null};

    /** One input record: the fields of a JSON Lines record, each nullable. */
    record Input(String id, String text, String publishedAt, String title, String source, String zone) {
        Row row() {
            return RowFactory.create(id, text, publishedAt, title, source, zone, null);
        }

        String json() {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", id);
            if (text != null) {
                o.put("text", text);
            }
            if (publishedAt != null) {
                o.put("publishedAt", publishedAt);
            }
            if (title != null) {
                o.put("title", title);
            }
            if (source != null) {
                o.put("source", source);
            }
            if (zone != null) {
                o.put("zone", zone);
            }
            return o.toString();
        }
    }

    private Fixtures() {
    }

    static List<String> sentences() {
        try (InputStream in = Fixtures.class.getResourceAsStream("sentences.txt")) {
            List<String> s = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    s.add(line.strip());
                }
            }
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code n} records: articles of 1 to 6 sentences, with publication times of every accepted form or none,
     * some with a caller's title (a few starting with a spreadsheet formula character) or source; every 50th
     * from the 7th has no text, from the 17th an unreadable publication time, from the 27th an unknown zone,
     * from the 37th a text over {@link #MAX_CHARS}; record 3 has an empty text.
     */
    static List<Input> records(int n) {
        List<String> sentences = sentences();
        Random random = new Random(20240521L);
        List<Input> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            int k = 1 + random.nextInt(6);
            for (int j = 0; j < k; j++) {
                text.append(sentences.get(random.nextInt(sentences.size())));
                if (random.nextInt(3) == 0) {
                    text.append('\n');
                }
            }
            String published = PUBLISHED[i % PUBLISHED.length];
            String title = i % 7 == 0 ? sentences.get(random.nextInt(sentences.size())) : null;
            if (i % 40 == 5) {
                title = "+86开头的陌生来电请谨慎接听";
            } else if (i % 40 == 25) {
                title = "-5℃：华北迎来大范围降温";
            }
            String source = i % 11 == 0 ? "本报" : null;
            String zone = i % 13 == 0 ? "Asia/Hong_Kong" : null;
            String body = text.toString();
            switch (i % 50) {
                case 7 -> body = null;
                case 17 -> published = "去年五月";
                case 27 -> zone = "Mars/Olympus_Mons";
                case 37 -> body = (body + "。").repeat(MAX_CHARS / body.length() + 2);
                default -> {
                }
            }
            if (i == 3) {
                body = "";
            }
            out.add(new Input(String.format("art-%04d", i), body, published, title, source, zone));
        }
        return out;
    }
}
