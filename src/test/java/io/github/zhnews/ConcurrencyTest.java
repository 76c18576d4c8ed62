package io.github.zhnews;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One analyzer shared by 8 threads gives exactly what it gives on one thread. */
class ConcurrencyTest {
    @Test
    void eightThreadsAgreeWithOne() throws Exception {
        agreeWithOneThread(TestAnalyzers.shared());
    }

    @Test
    void eightThreadsAgreeWithOneWithTheTrainedSegmenter() throws Exception {
        agreeWithOneThread(
                NewsAnalyzer.builder()
                        .segmentation(Segmentation.TRAINED)
                        .referenceTime(TestAnalyzers.REFERENCE)
                        .build());
    }

    private static void agreeWithOneThread(NewsAnalyzer analyzer) throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            texts.add(
                    NewsAnalyzerTest.sample()
                            + "\n第"
                            + i
                            + "次会议于5月"
                            + (i % 28 + 1)
                            + "日召开，星河智联（深圳）科技有限公司等"
                            + i
                            + "家单位参加，《光明日报》作了报道。");
        }
        List<String> expected = new ArrayList<>();
        for (String t : texts) {
            expected.add(analyzer.analyze(t).toJson(true));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<String>> futures = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    String t = texts.get((i * 7 + round) % texts.size());
                    futures.add(pool.submit(() -> analyzer.analyze(t).toJson(true)));
                }
                for (int i = 0; i < texts.size(); i++) {
                    assertEquals(
                            expected.get((i * 7 + round) % texts.size()), futures.get(i).get());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
