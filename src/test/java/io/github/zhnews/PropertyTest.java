package io.github.zhnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.zhnews.internal.io.AnalysisJson;
import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.Mention;
import io.github.zhnews.model.Token;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Properties over seeded random and hostile texts ({@link HostileGenerators}): the analysis never throws; every
 * offset lies inside the text and {@code substring} gives the mention; the JSON is valid UTF-8 and parses;
 * the output is deterministic and the same on 16 threads as on one.
 */
class PropertyTest {
    static final long SEED = 20231201L;
    static final int CASES = 600;

    static List<String> cases() {
        Random r = new Random(SEED);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            texts.add(HostileGenerators.text(r));
        }
        return texts;
    }

    private static void checkOffsets(String text, int start, int end, String surface, String what) {
        assertTrue(
                0 <= start && start <= end && end <= text.length(),
                what + " [" + start + "," + end + ")");
        assertEquals(text.substring(start, end), surface, what);
    }

    static String checked(NewsAnalyzer analyzer, int i, String text) {
        NewsAnalysis a;
        try {
            a = analyzer.analyze(text);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(
                    "case " + i + " (seed " + SEED + ") threw on " + text.length() + " chars", e);
        }
        for (Token t : a.tokens()) {
            checkOffsets(text, t.start(), t.end(), t.text(), "case " + i + " token");
        }
        List<Entity> all = new ArrayList<>(a.organizations());
        all.addAll(a.people());
        all.addAll(a.places());
        for (Entity e : all) {
            for (Mention m : e.mentions()) {
                checkOffsets(
                        text,
                        m.start(),
                        m.end(),
                        m.text(),
                        "case " + i + " mention of " + e.name());
            }
        }
        for (DateMention d : a.dates()) {
            checkOffsets(text, d.start(), d.end(), d.text(), "case " + i + " date");
        }
        String json = a.toJson(true);
        try {
            StandardCharsets.UTF_8
                    .newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(json));
            AnalysisJson.reader().readTree(json);
        } catch (CharacterCodingException e) {
            fail("case " + i + ": the JSON is not valid UTF-8");
        } catch (java.io.IOException e) {
            fail("case " + i + ": the JSON does not parse: " + e.getMessage());
        }
        return json;
    }

    @Test
    void hostileTextsGiveValidDeterministicResultsOnOneAndSixteenThreads() throws Exception {
        hostileTexts(TestAnalyzers.shared());
    }

    @Test
    void hostileTextsGiveValidDeterministicResultsWithTheTrainedSegmenter() throws Exception {
        hostileTexts(
                NewsAnalyzer.builder()
                        .segmentation(Segmentation.TRAINED)
                        .referenceTime(TestAnalyzers.REFERENCE)
                        .build());
    }

    private static void hostileTexts(NewsAnalyzer analyzer) throws Exception {
        List<String> texts = cases();
        List<String> single = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            single.add(checked(analyzer, i, texts.get(i)));
        }
        for (int i = 0; i < texts.size(); i += 7) {
            assertEquals(
                    single.get(i),
                    analyzer.analyze(texts.get(i)).toJson(true),
                    "case " + i + " deterministic");
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                int k = (i * 31) % texts.size();
                futures.add(pool.submit(() -> analyzer.analyze(texts.get(k)).toJson(true)));
            }
            for (int i = 0; i < texts.size(); i++) {
                int k = (i * 31) % texts.size();
                assertEquals(single.get(k), futures.get(i).get(), "case " + k + " on 16 threads");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLoneSurrogateIsEscapedInTheJsonAndReadsBackAsItself() throws Exception {
        String text = "孤立\uD800的代理项\uDC00和一对😀。";
        String json = TestAnalyzers.shared().analyze(Article.of(text).id("x\uDBFF")).toJson(true);
        assertTrue(json.contains("\\ud800") || json.contains("\\uD800"), json);
        assertTrue(json.contains("😀") || !json.contains("\\ud83d"), "pairs are left alone");
        ByteBuffer utf8 =
                StandardCharsets.UTF_8
                        .newEncoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .encode(CharBuffer.wrap(json));
        assertTrue(utf8.remaining() > 0);
        assertEquals("x\uDBFF", AnalysisJson.reader().readTree(json).get("id").asText());
    }
}
