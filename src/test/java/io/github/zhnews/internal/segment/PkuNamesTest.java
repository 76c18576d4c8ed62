package io.github.zhnews.internal.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.zhnews.model.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Person names cut after the surname, as the Peking University standard writes them. */
class PkuNamesTest {
    @Test
    void aChineseNameIsItsSurnameAndItsGivenName() {
        List<Token> tokens =
                List.of(
                        new Token("市长", "n", 0, 2),
                        new Token("王明", "nr", 2, 4),
                        new Token("和", "c", 4, 5),
                        new Token("欧阳修文", "nr", 5, 9),
                        new Token("谢晓东", "nr", 9, 12));
        assertEquals(
                List.of(
                        new Token("市长", "n", 0, 2),
                        new Token("王", "nr", 2, 3),
                        new Token("明", "nr", 3, 4),
                        new Token("和", "c", 4, 5),
                        new Token("欧阳", "nr", 5, 7),
                        new Token("修文", "nr", 7, 9),
                        new Token("谢", "nr", 9, 10),
                        new Token("晓东", "nr", 10, 12)),
                PkuNames.split(tokens));
    }

    @Test
    void otherNamesAndWordsStayWhole() {
        List<Token> tokens =
                List.of(
                        new Token("罗林斯", "nr", 0, 3), // transliterated: no surname and given name
                        new Token("王府井", "ns", 3, 6), // a place that opens with a surname
                        new Token("普", "nr", 6, 7), // one character
                        new Token("司马光明远", "nr", 7, 12)); // longer than a Chinese name
        assertSame(tokens, PkuNames.split(tokens));
    }
}
