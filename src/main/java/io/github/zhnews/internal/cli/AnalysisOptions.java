package io.github.zhnews.internal.cli;

import io.github.zhnews.Feature;
import io.github.zhnews.NewsAnalyzer;
import io.github.zhnews.model.NewsTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What is analysed and written for each document, shared by {@code analyze} and {@code batch}. */
final class AnalysisOptions {
    @Mixin AnalyzerOptions analyzer = new AnalyzerOptions();

    @Option(
            names = "--published",
            paramLabel = "TIME",
            description =
                    "publication / reference time for documents without publishedAt, ISO-8601: 2023-05-21, "
                            + "2023-05-21T09:39 (in the zone), 2023-05-21T01:39:00Z or 2023-05-21T09:39+08:00")
    String published;

    @Option(names = "--tokens", description = "include the tokens in JSON output")
    boolean tokens;

    @Option(
            names = "--key-phrases",
            paramLabel = "N",
            description = "how many key phrases (default 10)")
    Integer keyPhrases;

    @Option(
            names = "--summary",
            paramLabel = "N",
            description = "how many summary sentences (default 3)")
    Integer summary;

    @Option(
            names = "--without",
            paramLabel = "FEATURE",
            split = ",",
            description = "features to skip, comma-separated: ${COMPLETION-CANDIDATES}")
    List<Feature> without = new ArrayList<>();

    /** The reference time of --published, or null; a {@link java.time.DateTimeException} when it is not ISO. */
    Temporal reference() {
        return published == null ? null : NewsTime.parseIso(published);
    }

    /** The analyzer these options describe; a {@link io.github.zhnews.ConfigurationException} when they are wrong. */
    NewsAnalyzer build() {
        NewsAnalyzer.Builder b = analyzer.builder();
        if (keyPhrases != null) {
            b.keyPhrases(keyPhrases);
        }
        if (summary != null) {
            b.summarySentences(summary);
        }
        if (!without.isEmpty()) {
            b.without(without.get(0), without.subList(1, without.size()).toArray(Feature[]::new));
        }
        return b.build();
    }
}
