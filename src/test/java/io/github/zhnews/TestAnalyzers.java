package io.github.zhnews;

import java.time.LocalDateTime;

/** One analyzer built once for all tests that need the full pipeline (building loads the models). */
public final class TestAnalyzers {
    public static final LocalDateTime REFERENCE = LocalDateTime.of(2023, 5, 21, 9, 39);

    private TestAnalyzers() {}

    public static NewsAnalyzer shared() {
        return Holder.ANALYZER;
    }

    private static final class Holder {
        static final NewsAnalyzer ANALYZER =
                NewsAnalyzer.builder().referenceTime(REFERENCE).build();
    }
}
