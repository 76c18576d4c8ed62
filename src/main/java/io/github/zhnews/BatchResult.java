package io.github.zhnews;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one document of a batch: its analysis, or why there is none. There is exactly one result per
 * input article, in input order. Immutable.
 */
public final class BatchResult {
    /** Why a document has no analysis. */
    public enum Kind {
        /** Longer than {@link BatchOptions#maxChars()}; it was not analysed. */
        TOO_LARGE,
        /** Still running after {@link BatchOptions#timeBudget()}; it was abandoned. */
        TIME_BUDGET_EXCEEDED,
        /** The analysis ran out of memory; the batch went on. */
        OUT_OF_MEMORY,
        /** The analysis threw an exception (a bug: please report it with the text). */
        ANALYSIS_FAILED
    }

    private final long index;
    private final Article article;
    private final NewsAnalysis analysis;
    private final Kind failure;
    private final String message;

    private BatchResult(
            long index, Article article, NewsAnalysis analysis, Kind failure, String message) {
        this.index = index;
        this.article = Objects.requireNonNull(article, "article");
        this.analysis = analysis;
        this.failure = failure;
        this.message = message;
    }

    static BatchResult success(long index, Article article, NewsAnalysis analysis) {
        return new BatchResult(
                index, article, Objects.requireNonNull(analysis, "analysis"), null, null);
    }

    static BatchResult failure(long index, Article article, Kind kind, String message) {
        return new BatchResult(
                index,
                article,
                null,
                Objects.requireNonNull(kind, "kind"),
                Objects.requireNonNull(message, "message"));
    }

    /** The position of the article in the input, from 0. */
    public long index() {
        return index;
    }

    public Article article() {
        return article;
    }

    public boolean isSuccess() {
        return analysis != null;
    }

    /** The analysis, or empty when the document failed. */
    public Optional<NewsAnalysis> analysis() {
        return Optional.ofNullable(analysis);
    }

    /** Why the document failed, or empty on success. */
    public Optional<Kind> failure() {
        return Optional.ofNullable(failure);
    }

    /** What went wrong, in words, or empty on success. */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    @Override
    public String toString() {
        return "BatchResult["
                + index
                + (isSuccess() ? ", ok" : ", " + failure + ": " + message)
                + "]";
    }
}
