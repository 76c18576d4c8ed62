package io.github.zhnews.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.tests.util.LuceneTestCase;
import org.junit.AfterClass;
import org.junit.BeforeClass;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** An in-memory index of three articles of our own: a search for an organisation finds its article. */
public class IndexSearchTest extends LuceneTestCase {
    private static Analyzer analyzer;

    @BeforeClass
    public static void build() {
        analyzer = new ZhnewsLuceneAnalyzer();
    }

    @AfterClass
    public static void release() {
        analyzer.close();
        analyzer = null;
    }

    private static List<String> search(IndexSearcher searcher, org.apache.lucene.search.Query q) throws IOException {
        List<String> ids = new ArrayList<>();
        for (ScoreDoc d : searcher.search(q, 10).scoreDocs) {
            ids.add(searcher.storedFields().document(d.doc).get("id"));
        }
        return ids;
    }

    public void testASearchForAnOrganisationFindsItsArticle() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                String[][] articles = {
                    {"a1", "自治区商务厅召开座谈会，听取企业意见。西藏自治区商务厅负责人出席。"},
                    {"a2", "拉萨市委召开常委会议，研究部署主题教育工作。"},
                    {"a3", "新华社北京电 国务院召开常务会议，部署稳就业工作，商务部负责人出席。"}};
                for (String[] a : articles) {
                    Document doc = new Document();
                    doc.add(new StringField("id", a[0], Field.Store.YES));
                    doc.add(new TextField("body", a[1], Field.Store.NO));
                    w.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = newSearcher(reader);
                assertEquals(List.of("a1"), search(searcher, new TermQuery(new Term("body", "西藏自治区商务厅"))));
                assertEquals(List.of("a2"), search(searcher, new TermQuery(new Term("body", "拉萨市委"))));
                assertEquals(List.of("a3"), search(searcher, new TermQuery(new Term("body", "国务院"))));
                // the words are indexed too: 主题教育 is one word of the news lexicon; 商务 is a word of 商务厅
                assertEquals(List.of("a2"), search(searcher, new TermQuery(new Term("body", "主题教育"))));
                assertEquals(List.of("a1"), search(searcher, new TermQuery(new Term("body", "商务"))));
                assertEquals(List.of(), search(searcher, new TermQuery(new Term("body", "最高人民法院"))));
            }
        }
    }
}
