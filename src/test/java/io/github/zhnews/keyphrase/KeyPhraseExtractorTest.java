package io.github.zhnews.keyphrase;

import io.github.zhnews.model.KeyPhrase;
import io.github.zhnews.model.Token;
import io.github.zhnews.segment.NewsSegmenter;
import io.github.zhnews.segment.UserDictionary;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyPhraseExtractorTest {
    private static final NewsSegmenter SEGMENTER = new NewsSegmenter(UserDictionary.empty());
    private static final KeyPhraseExtractor EXTRACTOR =
            new KeyPhraseExtractor(IdfTable.bundled(), KeyPhraseOptions.DEFAULT);

    private static final String CAMPAIGN = String.join("",
            "全区各级党组织扎实开展主题教育，把调查研究贯穿始终。",
            "各单位围绕主题教育目标任务，深入基层开展调查研究，形成了一批调研成果。",
            "通过调查研究，找准了问题整改的着力点，问题整改取得明显成效。",
            "下一步，将继续推动主题教育走深走实，以调查研究成果推动高质量发展。");

    static List<KeyPhrase> extract(KeyPhraseExtractor e, String text, int limit) {
        List<Token> tokens = SEGMENTER.segment(text);
        return e.extract(text, tokens, -1, -1, 0, new BitSet(), limit);
    }

    static List<String> texts(List<KeyPhrase> phrases) {
        return phrases.stream().map(KeyPhrase::text).collect(Collectors.toList());
    }

    @Test
    void campaignTermsRankAtTheTop() {
        List<String> top = texts(extract(EXTRACTOR, CAMPAIGN, 3));
        assertTrue(top.contains("主题教育"), top::toString);
        assertTrue(top.contains("调查研究"), top::toString);
    }

    @Test
    void countsAreTrueToTheText() {
        for (KeyPhrase p : extract(EXTRACTOR, CAMPAIGN, 10)) {
            int n = 0;
            for (int i = CAMPAIGN.indexOf(p.text()); i >= 0; i = CAMPAIGN.indexOf(p.text(), i + p.text().length())) {
                n++;
            }
            assertTrue(n >= p.count(), () -> p + " occurs " + p.count() + " times by its count");
            assertTrue(p.count() >= 1);
        }
    }

    @Test
    void neverASingleCharacterNumberPunctuationOrStopWord() {
        String text = "2023年，工作组开展了3次工作。我们认为，这些工作很重要！重要的工作要做好。";
        for (KeyPhrase p : extract(EXTRACTOR, text, 20)) {
            assertTrue(p.text().length() >= 2, p::toString);
            assertFalse(p.text().matches(".*[0-9，。！、].*"), p::toString);
            assertFalse(Set.of("工作", "我们", "这些", "重要").contains(p.text()), p::toString);
        }
    }

    @Test
    void phrasesOccurVerbatimAndAreSortedByScore() {
        List<KeyPhrase> phrases = extract(EXTRACTOR, CAMPAIGN, 10);
        double last = Double.MAX_VALUE;
        for (KeyPhrase p : phrases) {
            assertTrue(CAMPAIGN.contains(p.text()), p::toString);
            assertTrue(p.score() <= last);
            last = p.score();
        }
    }

    @Test
    void aPhraseInsideANameIsNotAKeyPhrase() {
        String text = "主题教育推进会在拉萨召开。主题教育推进会由自治区党委主持。";
        BitSet names = new BitSet();
        names.set(0, 7); // pretend 主题教育推进会 were a name
        names.set(13, 20);
        List<String> found = texts(EXTRACTOR.extract(text, SEGMENTER.segment(text), -1, -1, 0, names, 10));
        assertFalse(found.contains("主题教育"), found::toString);
    }

    @Test
    void extraStopWordsAndCountAreHonoured() {
        KeyPhraseExtractor custom = new KeyPhraseExtractor(IdfTable.bundled(),
                new KeyPhraseOptions(2, 2, 16, Set.of("调查研究")));
        List<String> found = texts(extract(custom, CAMPAIGN, 2));
        assertFalse(found.contains("调查研究"), found::toString);
        assertEquals(2, found.size());
    }

    @Test
    void deterministic() {
        assertEquals(extract(EXTRACTOR, CAMPAIGN, 10), extract(EXTRACTOR, CAMPAIGN, 10));
    }

    @Test
    void emptyTextHasNoPhrases() {
        assertTrue(extract(EXTRACTOR, "", 10).isEmpty());
    }
}
