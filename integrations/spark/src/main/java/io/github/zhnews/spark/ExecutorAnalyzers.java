package io.github.zhnews.spark;

import io.github.zhnews.NewsAnalyzer;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One analyzer per executor JVM and configuration, built lazily by the first task that needs it and shared by
 * every later task (and every task thread) of that executor.
 *
 * <p>This is the integration's one piece of static state, and deliberately so: Spark deserialises a fresh copy
 * of each function for every task, and building an analyzer (a few seconds, about 160 MB) per task or per
 * partition would dominate the job. What it holds is immutable and thread-safe ({@link NewsAnalyzer}), keyed
 * by the configuration that built it, so two jobs with different configurations in one JVM never share one.
 */
public final class ExecutorAnalyzers {
    private static final Map<AnalyzerConfig, NewsAnalyzer> ANALYZERS = new ConcurrentHashMap<>();

    private ExecutorAnalyzers() {
    }

    /**
     * The analyzer of this JVM for a configuration, built on the first call (concurrent first calls with an
     * equal configuration wait for one build).
     *
     * @param config the configuration
     * @return the shared analyzer
     */
    public static NewsAnalyzer get(AnalyzerConfig config) {
        Objects.requireNonNull(config, "config");
        return ANALYZERS.computeIfAbsent(config, AnalyzerConfig::build);
    }

    /** @return how many analyzers this JVM holds (one per configuration used) */
    public static int size() {
        return ANALYZERS.size();
    }
}
