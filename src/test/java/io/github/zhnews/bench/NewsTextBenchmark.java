package io.github.zhnews.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import io.github.zhnews.Article;
import io.github.zhnews.Feature;
import io.github.zhnews.NewsAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Characters per second on news text: the sentences of ../shared/evaldata/cluener2020/test.jsonl when it is
 * there (the bundled example articles otherwise), 200 of them per operation, for the whole analysis, for each
 * stage set ({@code stages}: a stage's cost is "whole" minus "without" it), and for bare HanLP with its person,
 * place and organisation recognisers (NER-mode) in the same run; on one thread and on two. Characters per
 * second = ops/s x {@link #chars} (printed at setup).
 * {@code mvn -B -q -Pbench test-compile exec:exec -Dexec.args=NewsTextBenchmark} (see the README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
public class NewsTextBenchmark {
    @Param({"whole"})
    public String stages;

    private NewsAnalyzer analyzer;
    private Segment hanlp;
    private List<String> texts;
    public int chars;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        NewsAnalyzer all =
                NewsAnalyzer.builder().referenceTime(LocalDateTime.of(2023, 5, 21, 9, 39)).build();
        analyzer =
                switch (stages) {
                    case "whole" -> all;
                    case "segment-only" ->
                            all.without(
                                    Feature.ENTITIES,
                                    Feature.DATES,
                                    Feature.KEY_PHRASES,
                                    Feature.SUMMARY_SENTENCES);
                    case "without-entities" -> all.without(Feature.ENTITIES);
                    case "without-dates" -> all.without(Feature.DATES);
                    case "without-key-phrases" -> all.without(Feature.KEY_PHRASES);
                    case "without-phrases-and-summary" ->
                            all.without(Feature.KEY_PHRASES, Feature.SUMMARY_SENTENCES);
                    default -> throw new IllegalArgumentException(stages);
                };
        hanlp =
                HanLP.newSegment()
                        .enableNameRecognize(true)
                        .enablePlaceRecognize(true)
                        .enableOrganizationRecognize(true);
        texts = new ArrayList<>();
        Path news = Path.of("../shared/evaldata/cluener2020/test.jsonl");
        if (Files.exists(news)) {
            for (String line : Files.readAllLines(news)) {
                int i = line.indexOf("\"text\": \"");
                int k = i < 0 ? -1 : line.indexOf('"', i + 9);
                if (k > 0 && texts.size() < 200) {
                    texts.add(line.substring(i + 9, k));
                }
            }
        } else {
            texts.add(AnalyzerBenchmark.read("/articles/campaign-xizang.txt"));
            texts.add(AnalyzerBenchmark.read("/articles/business-shenzhen.txt"));
        }
        chars = texts.stream().mapToInt(String::length).sum();
        System.out.println(
                "\n# " + texts.size() + " texts, " + chars + " chars per operation (" + news + ")");
    }

    @Benchmark
    public int zhnews() {
        int n = 0;
        for (String t : texts) {
            n += analyzer.analyze(Article.of(t)).tokens().size();
        }
        return n;
    }

    @Benchmark
    @Threads(2)
    public int zhnewsTwoThreads() {
        return zhnews();
    }

    @Benchmark
    public int hanlpNerMode() {
        int n = 0;
        for (String t : texts) {
            n += hanlp.seg(t).size();
        }
        return n;
    }

    @Benchmark
    @Threads(2)
    public int hanlpNerModeTwoThreads() {
        return hanlpNerMode();
    }
}
