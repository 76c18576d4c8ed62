package io.github.zhnews.internal.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counts a table of PKU words from paragraphs of our own in the PFR format (test resource). */
class PkuWordsTrainingTest {
    private static List<List<String[]>> paragraphs;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in =
                PkuWordsTrainingTest.class.getResourceAsStream("/train/pfr-words.txt")) {
            paragraphs =
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .filter(l -> !l.isBlank() && !l.startsWith("#"))
                            .map(PkuWordsTraining::words)
                            .toList();
        }
    }

    @Test
    void aParagraphIsItsWordsWithoutItsIdOrBrackets() {
        List<String[]> p = paragraphs.get(1);
        assertEquals("他", p.get(0)[0]);
        assertEquals(
                List.of("他", "不", "能", "参加", "县", "政府", "会议", "。"),
                p.stream().map(w -> w[0]).toList());
        assertEquals("n", p.get(5)[1]);
    }

    @Test
    void aStringWrittenApartThreeTimesIsCutAndOneWrittenWholeIsKept() {
        // 不能: three times 不 能, once whole (3 > 2 * 1); 几十 and 不断 always whole; 县政府 written
        // apart only once; 我们 whole twice, under the three needed
        assertEquals(
                List.of("不断\t不断/d\t3\t0", "不能\t不/d 能/v\t1\t3", "几十\t几十/m\t3\t0"),
                PkuWordsTraining.table(paragraphs, w -> true));
        // a string no segmenter gives is not worth a cut
        assertEquals(
                List.of("不断\t不断/d\t3\t0", "几十\t几十/m\t3\t0"),
                PkuWordsTraining.table(paragraphs, w -> !w.equals("不能")));
    }

    @Test
    void theSameParagraphsGiveTheSameFile(@TempDir Path dir) throws IOException {
        for (String run : List.of("a", "b")) {
            PkuWordsTraining.write(
                    PkuWordsTraining.table(paragraphs, w -> true), dir.resolve(run), 7);
        }
        assertArrayEquals(
                Files.readAllBytes(dir.resolve("a").resolve(PkuWordsTraining.FILE)),
                Files.readAllBytes(dir.resolve("b").resolve(PkuWordsTraining.FILE)));
    }
}
