package io.github.zhnews.bench;

import io.github.zhnews.internal.entity.ner.NerTagger;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the trained entity labeller alone (features, scores, Viterbi; no segmentation, no rules) on
 * one thread, over the bundled example articles. Run with
 * {@code mvn -B -q -Pbench test-compile exec:exec -Dexec.args=NerTaggerBenchmark} or through the profile's
 * default arguments; characters per second = ops/s x {@link #chars}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
public class NerTaggerBenchmark {
    private NerTagger tagger;
    private List<String> articles;

    /** Characters tagged per operation (both example articles). */
    public int chars;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        tagger = NerTagger.bundled();
        articles =
                List.of(
                        AnalyzerBenchmark.read("/articles/campaign-xizang.txt"),
                        AnalyzerBenchmark.read("/articles/business-shenzhen.txt"));
        chars = articles.stream().mapToInt(String::length).sum();
    }

    @Benchmark
    public int tag() {
        int n = 0;
        for (String a : articles) {
            n += tagger.tag(a).size();
        }
        return n;
    }
}
