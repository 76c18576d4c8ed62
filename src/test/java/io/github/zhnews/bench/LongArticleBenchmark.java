package io.github.zhnews.bench;

import io.github.zhnews.Feature;
import io.github.zhnews.NewsAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to summarise, and to analyse whole, one article of 1 MB (UTF-8): the bundled example articles one after
 * another until the text reaches 1,000,000 bytes (about 330,000 characters and 5,000 sentences). The summary
 * job is an analyzer without entities, dates and key phrases, choosing 5 sentences.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
public class LongArticleBenchmark {
    private static final int BYTES = 1_000_000;
    private NewsAnalyzer summarizer;
    private NewsAnalyzer analyzer;
    private String text;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        analyzer =
                NewsAnalyzer.builder()
                        .referenceTime(LocalDateTime.of(2023, 5, 21, 9, 39))
                        .summarySentences(5)
                        .build();
        summarizer = analyzer.without(Feature.ENTITIES, Feature.DATES, Feature.KEY_PHRASES);
        List<String> articles =
                List.of(
                        AnalyzerBenchmark.read("/articles/campaign-xizang.txt"),
                        AnalyzerBenchmark.read("/articles/business-shenzhen.txt"));
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (int i = 0; bytes < BYTES; i++) {
            String a = articles.get(i % articles.size());
            sb.append(a).append('\n');
            bytes += a.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        text = sb.toString();
    }

    @Benchmark
    public int summaryOfOneMegabyte() {
        return summarizer.analyze(text).summary().sentences().size();
    }

    @Benchmark
    public int wholeAnalysisOfOneMegabyte() {
        return analyzer.analyze(text).tokens().size();
    }
}
