package io.github.zhnews.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.AfterClass;
import org.junit.BeforeClass;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Tokens, offsets, tags and entity types inline; then random text on several threads. */
public class ZhnewsTokenizerTest extends BaseTokenStreamTestCase {
    private static Analyzer analyzer;

    @BeforeClass
    public static void build() {
        analyzer = new ZhnewsLuceneAnalyzer();
    }

    @AfterClass
    public static void release() {
        analyzer.close();
        analyzer = null; // the test framework checks that no static field keeps a large object
    }

    public void testWordsOffsetsPartsOfSpeechAndStackedNames() throws IOException {
        // 自治区商务厅 is three words; its name is stacked on the first (position length 3)
        assertAnalyzesTo(analyzer, "自治区商务厅王建华出席会议，Intel发布新品。",
                new String[] {"自治区", "自治区商务厅", "商务", "厅", "王建华", "出席", "会议", "intel", "发布", "新品"},
                new int[] {0, 0, 3, 5, 6, 9, 11, 14, 19, 21},
                new int[] {3, 6, 5, 6, 9, 11, 13, 19, 21, 23},
                new String[] {"n", "organization", "n", "n", "nr", "v", "n", "nx", "v", "n"},
                new int[] {1, 0, 1, 1, 1, 1, 1, 1, 1, 1},
                new int[] {1, 3, 1, 1, 1, 1, 1, 1, 1, 1});
    }

    public void testEntityTypesAreAttributes() throws IOException {
        List<String> types = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", "自治区商务厅王建华出席会议。")) {
            EntityTypeAttribute entity = ts.addAttribute(EntityTypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                types.add(entity.getEntityType());
            }
            ts.end();
        }
        assertEquals(List.of("organization", "organization", "organization", "organization", "person"),
                types.subList(0, 5));
        assertNull(types.get(5));
    }

    public void testEmptyAndPunctuationOnlyTextsGiveNoTokens() throws IOException {
        assertAnalyzesTo(analyzer, "", new String[0]);
        assertAnalyzesTo(analyzer, "，。！  \n", new String[0]);
    }

    public void testOffsetsSurviveFullWidthAndTraditionalText() throws IOException {
        // normalisation maps one char to one: offsets stay those of the input, surfaces the input's own
        assertAnalyzesTo(analyzer, "２０２３年會議",
                new String[] {"２０２３", "年", "會議"}, new int[] {0, 4, 5}, new int[] {4, 5, 7});
    }

    public void testRandomStrings() throws IOException {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    }

    public void testRandomLongerStrings() throws IOException {
        checkRandomData(random(), analyzer, 20 * RANDOM_MULTIPLIER, 2048);
    }
}
