package io.github.zhnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.Mention;
import io.github.zhnews.model.Token;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document of two million characters (our own paragraphs repeated) is analysed whole in a JVM of 256 MB,
 * the analyzer and its entity model (about 160 MB) included: before the piecewise analysis it needed about
 * 1.3 GB. The child process checks every offset and prints its counts.
 */
class LargeDocumentProcessTest {
    static final int CHARS = 2_000_000;

    @TempDir Path dir;

    @Test
    void twoMillionCharactersFitInAHeapOf256Megabytes() throws Exception {
        Process p =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xmx256m",
                                "-XX:+ExitOnOutOfMemoryError",
                                "-cp",
                                System.getProperty("java.class.path"),
                                LargeDocumentProcessTest.class.getName())
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve("log.txt").toFile())
                        .start();
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "still running");
        String log = Files.readString(dir.resolve("log.txt"));
        assertEquals(0, p.exitValue(), log);
        assertTrue(log.contains("ok " + CHARS + " chars, 0 bad offsets"), log);
    }

    /** The child: analyses the document and checks each token, mention and date against the text. */
    public static void main(String[] args) {
        String text = PiecewiseAnalysisTest.page(CHARS).substring(0, CHARS);
        NewsAnalysis a =
                NewsAnalyzer.builder().referenceTime(TestAnalyzers.REFERENCE).build().analyze(text);
        long bad = 0;
        for (Token t : a.tokens()) {
            bad += text.substring(t.start(), t.end()).equals(t.text()) ? 0 : 1;
        }
        long mentions = 0;
        for (List<Entity> type : List.of(a.organizations(), a.people(), a.places())) {
            for (Entity e : type) {
                for (Mention m : e.mentions()) {
                    mentions++;
                    bad += text.substring(m.start(), m.end()).equals(m.text()) ? 0 : 1;
                }
            }
        }
        for (DateMention d : a.dates()) {
            bad += text.substring(d.start(), d.end()).equals(d.text()) ? 0 : 1;
        }
        if (a.tokens().size() < CHARS / 4
                || mentions == 0
                || a.dates().isEmpty()
                || a.keyPhrases().isEmpty()
                || a.summary().sentences().isEmpty()) {
            bad++;
        }
        System.out.println(
                "ok "
                        + CHARS
                        + " chars, "
                        + bad
                        + " bad offsets; "
                        + a.tokens().size()
                        + " tokens, "
                        + mentions
                        + " mentions, "
                        + a.dates().size()
                        + " dates");
    }
}
