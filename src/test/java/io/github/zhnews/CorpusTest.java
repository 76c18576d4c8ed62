package io.github.zhnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.Corpus.Period;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CorpusTest {
    private static final NewsAnalyzer ANALYZER = NewsAnalyzer.builder().summarySentences(0).build();

    private static Stream<Article> articles() {
        return Stream.of(
                Article.of("全区各级党组织扎实开展主题教育，把调查研究贯穿始终。各单位围绕主题教育深入基层开展调查研究。")
                        .id("a1")
                        .publishedAt(LocalDateTime.of(2023, 4, 12, 0, 0)),
                Article.of("自治区党委召开主题教育推进会，要求以调查研究推动问题整改，问题整改要见实效。")
                        .id("a2")
                        .publishedAt(LocalDateTime.of(2023, 4, 28, 9, 30)),
                Article.of("星河智联科技有限公司与南山理工大学共建智能网联汽车联合实验室，联合实验室聚焦车路协同。")
                        .id("a3")
                        .publishedAt(LocalDateTime.of(2023, 5, 6, 0, 0)),
                Article.of("巡回指导组检查主题教育开展情况，调查研究成果转化为具体举措。"));
    }

    @Test
    void phrasesAndOrganisationsByMonthWithTheirArticles() {
        Corpus c = ANALYZER.corpus(articles(), Period.MONTH);
        assertEquals(4, c.articleCount());
        assertEquals(List.of("2023-04", "2023-05", Period.UNDATED), c.periods());
        assertEquals(2, c.articleCount("2023-04"));
        Corpus.Term top = c.top("2023-04", Corpus.Kind.PHRASE, 1).get(0);
        assertEquals(2, top.articles(), top::toString);
        assertEquals(List.of("a1", "a2"), top.ids());
        assertTrue(List.of("主题教育", "调查研究").contains(top.term()), top::toString);
        assertTrue(
                c.top("2023-05", Corpus.Kind.ORGANIZATION, 5).stream()
                        .anyMatch(t -> t.term().contains("南山理工大学")),
                () -> c.top("2023-05", Corpus.Kind.ORGANIZATION, 5).toString());
        assertTrue(
                c.topPairs("2023-04", 3).stream()
                        .anyMatch(
                                p ->
                                        p.articles() == 2
                                                && List.of(p.a(), p.b())
                                                        .containsAll(List.of("主题教育", "调查研究"))),
                c.topPairs("2023-04", 3)::toString);
        // an article without id is numbered by its position
        assertTrue(c.top(Period.UNDATED, Corpus.Kind.PHRASE, 10).get(0).ids().contains("#4"));
    }

    @Test
    void exportsCsvAndJsonLines() throws IOException {
        Corpus c = ANALYZER.corpus(articles(), Period.YEAR);
        StringWriter csv = new StringWriter();
        c.writeTermsCsv(csv);
        String[] lines = csv.toString().split("\n");
        assertEquals("period,kind,term,articles,mentions,ids", lines[0]);
        assertEquals(c.terms().size() + 1, lines.length);
        assertTrue(lines[1].startsWith("\"2023\",\"phrase\","), lines[1]);
        StringWriter jsonl = new StringWriter();
        c.writePairsJsonl(jsonl);
        String first = jsonl.toString().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith("{\"period\":\"2023\",\"a\":"), first);
        StringWriter pairs = new StringWriter();
        c.writePairsCsv(pairs);
        assertEquals(c.pairs().size() + 1, pairs.toString().lines().count());
        StringWriter terms = new StringWriter();
        c.writeTermsJsonl(terms);
        assertEquals(c.terms().size(), terms.toString().lines().count());
    }

    @Test
    void csvJoinsIdsAndNeutralisesFormulas() throws IOException {
        Corpus c =
                ANALYZER.corpus(
                        Stream.of(
                                Article.of("拉萨市委召开主题教育推进会。拉萨市委要求深入开展主题教育。").id("=cmd|x"),
                                Article.of("拉萨市委部署主题教育工作。主题教育取得实效。").id("my file, v2.txt")),
                        Period.YEAR);
        StringWriter csv = new StringWriter();
        c.writeTermsCsv(csv, true);
        String text = csv.toString();
        assertTrue(text.startsWith("\uFEFFperiod,kind,term,articles,mentions,ids\n"), text);
        assertTrue(text.contains(",\"'=cmd｜x|my file, v2.txt\"\n"), text);
        assertFalse(text.contains(",=cmd") || text.contains("\"=cmd"), text);
    }

    @Test
    void deterministicAndEmpty() {
        List<NewsAnalysis> once = ANALYZER.analyzeAll(articles()).toList();
        Corpus a = Corpus.of(once.stream(), Period.DAY);
        Corpus b = Corpus.of(once.stream(), Period.DAY);
        assertEquals(a.terms(), b.terms());
        assertEquals(a.pairs(), b.pairs());
        Corpus empty = Corpus.of(Stream.empty(), Period.MONTH);
        assertEquals(0, empty.articleCount());
        assertTrue(empty.periods().isEmpty());
        assertTrue(empty.top("2023-04", Corpus.Kind.PHRASE, 5).isEmpty());
    }
}
