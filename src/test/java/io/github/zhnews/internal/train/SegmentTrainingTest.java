package io.github.zhnews.internal.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.internal.segment.HeldOut;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains a tiny segmenter and tagger on sentences of our own (test resource) and reads them back. */
class SegmentTrainingTest {
    private static final SegmentTraining.Options TINY =
            new SegmentTraining.Options(15, 15, 0.0, 7L);
    private static List<String> corpus;

    @BeforeAll
    static void readCorpus() throws IOException {
        try (InputStream in =
                SegmentTrainingTest.class.getResourceAsStream("/segment/tiny-corpus.txt")) {
            corpus =
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(l -> !l.isBlank() && !l.startsWith("#"))
                            .toList();
        }
    }

    @Test
    void aTinyModelSegmentsAndTagsItsOwnSentences(@TempDir Path dir) {
        SegmentTraining.Figures f = SegmentTraining.train(corpus, dir, TINY, null);
        assertEquals(1, f.paragraphs(), "every tenth paragraph is held out");
        HeldOut model = HeldOut.of(dir.resolve("cws.bin.gz"), dir.resolve("pos.bin.gz"));
        assertEquals(List.of("市政府", "今天", "召开", "会议", "。"), model.words("市政府今天召开会议。"));
        assertEquals(List.of("新", "政策", "支持", "小型", "企业", "发展", "。"), model.words("新政策支持小型企业发展。"));
        assertEquals(
                List.of("t", "n", "v", "n", "w"),
                model.tags(List.of("今天", "市政府", "召开", "会议", "。")));
        assertTrue(f.f1() > 0.5, "held-out F1 " + f.f1());
    }

    @Test
    void theSameDataGiveTheSameFiles(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        SegmentTraining.train(corpus, a, TINY, null);
        SegmentTraining.train(corpus, b, TINY, null);
        for (String file : List.of("cws.bin.gz", "pos.bin.gz")) {
            assertArrayEquals(
                    Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
    }
}
