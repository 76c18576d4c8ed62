package io.github.zhnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** NewsAnalyzer.analyzeAll with options: parallel, in order, one result per article, bounded. */
class BatchAnalysisTest {
    private static final NewsAnalyzer ANALYZER = TestAnalyzers.shared();
    static final List<String> SENTENCES =
            List.of(
                    "拉萨市委昨天召开全委会议，研究部署下半年工作。",
                    "深圳市星河智联科技有限公司今年5月发布了新一代芯片。",
                    "市教育局副局长王强在会上说，明年将新建三所学校。",
                    "据新华社报道，国务院常务会议8日在北京召开。");

    static Article article(int i) {
        return Article.of(SENTENCES.get(i % SENTENCES.size()) + "第" + i + "号文件。").id("a" + i);
    }

    @Test
    void parallelResultsAreTheSequentialOnesInInputOrder() {
        List<Article> articles =
                IntStream.range(0, 60).mapToObj(BatchAnalysisTest::article).toList();
        List<String> sequential = articles.stream().map(a -> ANALYZER.analyze(a).toJson()).toList();
        List<BatchResult> results;
        try (Stream<BatchResult> s =
                ANALYZER.analyzeAll(articles.stream(), BatchOptions.defaults().withThreads(4))) {
            results = s.toList();
        }
        assertEquals(60, results.size());
        for (int i = 0; i < 60; i++) {
            BatchResult r = results.get(i);
            assertEquals(i, r.index());
            assertTrue(r.isSuccess(), r.toString());
            assertEquals(sequential.get(i), r.analysis().orElseThrow().toJson());
        }
    }

    @Test
    void aDocumentOverTheSizeLimitIsAFailureAndTheRestGoOn() {
        Stream<Article> in =
                Stream.of(article(0), Article.of("会".repeat(5000)).id("big"), article(2));
        List<BatchResult> results =
                ANALYZER.analyzeAll(in, BatchOptions.defaults().withMaxChars(1000)).toList();
        assertEquals(3, results.size());
        assertTrue(results.get(0).isSuccess());
        assertEquals(BatchResult.Kind.TOO_LARGE, results.get(1).failure().orElseThrow());
        assertTrue(results.get(1).message().orElseThrow().contains("5000"));
        assertFalse(results.get(1).analysis().isPresent());
        assertTrue(results.get(2).isSuccess());
    }

    @Test
    void articlesArePulledOnlyAsResultsAreTaken() {
        int[] pulled = {0};
        Stream<Article> endless =
                Stream.iterate(0, i -> i + 1)
                        .peek(i -> pulled[0]++)
                        .map(BatchAnalysisTest::article);
        try (Stream<BatchResult> s =
                ANALYZER.analyzeAll(endless, BatchOptions.defaults().withThreads(2))) {
            assertEquals(5, s.limit(5).count());
        }
        assertTrue(pulled[0] <= 5 + 8 + 1, "pulled " + pulled[0]);
    }

    @Test
    void aDocumentOverTheTimeBudgetGetsAnErrorRecordAndItsAnalysisStops()
            throws InterruptedException {
        String big = PiecewiseAnalysisTest.page(3_000_000); // tens of seconds to analyse whole
        BatchOptions options =
                BatchOptions.defaults()
                        .withThreads(1)
                        .withMaxChars(5_000_000)
                        .withTimeBudget(Duration.ofMillis(300));
        try (Stream<BatchResult> s =
                ANALYZER.analyzeAll(Stream.of(Article.of(big).id("big"), article(1)), options)) {
            Iterator<BatchResult> results = s.iterator();
            BatchResult first = results.next();
            assertEquals(
                    BatchResult.Kind.TIME_BUDGET_EXCEEDED,
                    first.failure().orElseThrow(),
                    first.toString());
            assertTrue(results.next().isSuccess());
            // the abandoned analysis stops at its next check (between two pieces), the batch still
            // open
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (analysing() && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertFalse(analysing(), "the abandoned analysis is still running");
            assertFalse(results.hasNext());
        }
    }

    /** Whether a batch worker is inside an analysis. */
    private static boolean analysing() {
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            if (e.getKey().getName().startsWith("zhnews-batch-")) {
                for (StackTraceElement f : e.getValue()) {
                    if (f.getClassName().equals(Pipeline.class.getName())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
