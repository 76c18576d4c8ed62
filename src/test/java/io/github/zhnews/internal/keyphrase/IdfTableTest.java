package io.github.zhnews.internal.keyphrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.internal.resources.ResourceException;
import org.junit.jupiter.api.Test;

class IdfTableTest {
    private final IdfTable table = IdfTable.bundled();

    @Test
    void commonWordsWeighLessThanRareOnes() {
        assertTrue(table.idf("的") < table.idf("教育"));
        assertTrue(table.idf("教育") < table.idf("指导组"));
    }

    @Test
    void unknownWordsAreTakenAsRare() {
        assertTrue(!table.contains("绝对不会出现的词语组合"));
        assertTrue(table.idf("绝对不会出现的词语组合") >= table.idf("指导组"));
    }

    @Test
    void tableIsLarge() {
        assertTrue(table.size() > 200_000, "bundled table has " + table.size() + " words");
    }

    @Test
    void manyWordsAtOnceWeighAsEachAlone() {
        String[] words = {"的", "教育", "指导组", "", "绝对不会出现的词语组合", "储层", "Ａ", "教育"};
        double[] all = table.idf(words);
        assertEquals(words.length, all.length);
        for (int k = 0; k < words.length; k++) {
            assertEquals(table.idf(words[k]), all[k], words[k]);
        }
    }

    @Test
    void aWordInsideATextIsLookedUpLikeTheWordItself() {
        String text = "砂岩储层渗透率";
        assertEquals(table.known("储层"), table.known(text, 2, 4));
        assertEquals(table.known("渗透率"), table.known(text, 4, 7));
        assertTrue(Double.isNaN(table.known(text, 1, 3)), "岩储 is no word");
        assertTrue(Double.isNaN(table.known(text, 3, 3)), "an empty span is no word");
    }

    @Test
    void aValueThatIsNoNumberNamesTheFileAndLine() {
        // a NumberFormatException before: NewsAnalyzer.build() turns only a ResourceException into
        // its ConfigurationException
        ResourceException e =
                assertThrows(ResourceException.class, () -> IdfTable.load("broken/idf-word.tsv"));
        assertEquals(
                "zhnews model file 'models/broken/idf-word.tsv': no number after the tab in line"
                        + " '指导组\t九点五'",
                e.getMessage());
        assertThrows(ResourceException.class, () -> IdfTable.load("broken/idf-negative.tsv"));
    }
}
