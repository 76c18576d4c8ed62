package io.github.zhnews.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.github.zhnews.Article;
import io.github.zhnews.NewsAnalysis;
import io.github.zhnews.NewsAnalyzer;
import java.io.IOException;
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
 * Throughput of the whole analysis of the bundled example articles, next to bare HanLP segmentation with
 * its person, place and organisation recognisers on the same text. Run with
 * {@code mvn -B -q -Pbench test-compile exec:exec}; characters per second = ops/s x {@link #chars}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
public class AnalyzerBenchmark {
    private NewsAnalyzer analyzer;
    private Segment hanlp;
    private List<String> articles;

    /** Characters analysed per operation (both example articles). */
    public int chars;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        analyzer =
                NewsAnalyzer.builder().referenceTime(LocalDateTime.of(2023, 5, 21, 9, 39)).build();
        hanlp =
                HanLP.newSegment()
                        .enableNameRecognize(true)
                        .enablePlaceRecognize(true)
                        .enableOrganizationRecognize(true);
        articles =
                List.of(
                        read("/articles/campaign-xizang.txt"),
                        read("/articles/business-shenzhen.txt"));
        chars = articles.stream().mapToInt(String::length).sum();
    }

    /** A bundled test resource as UTF-8 text. */
    static String read(String resource) {
        return io.github.zhnews.TestResources.text(resource);
    }

    @Benchmark
    public int zhnewsAnalyze() {
        int n = 0;
        for (String a : articles) {
            NewsAnalysis r = analyzer.analyze(Article.of(a));
            n += r.tokens().size();
        }
        return n;
    }

    @Benchmark
    public int hanlpSegment() {
        int n = 0;
        for (String a : articles) {
            n += hanlp.seg(a).size();
        }
        return n;
    }

    @Benchmark
    public NewsAnalyzer buildAnalyzer() {
        return NewsAnalyzer.builder().build();
    }
}
