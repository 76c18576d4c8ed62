package io.github.zhnews.keyphrase;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
