package io.github.zhnews;

import io.github.zhnews.internal.batch.OrderedBatch;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The engine behind {@link io.github.zhnews.NewsAnalyzer#analyzeAll(Stream, BatchOptions)}: articles through an
 * {@link OrderedBatch}, each checked against the size limit before it is analysed.
 */
final class Batches {
    private Batches() {}

    /**
     * A lazy, ordered stream of one result per article; close it (try-with-resources) to stop the workers
     * early. The articles are pulled from {@code articles} only as the results are consumed.
     */
    static Stream<BatchResult> analyzeAll(
            Function<Article, NewsAnalysis> analyze,
            Stream<Article> articles,
            BatchOptions options) {
        Objects.requireNonNull(analyze, "analyze");
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(options, "options");
        Iterator<Article> source = articles.iterator();
        Iterator<Indexed> indexed =
                new Iterator<>() {
                    long next;

                    @Override
                    public boolean hasNext() {
                        return source.hasNext();
                    }

                    @Override
                    public Indexed next() {
                        return new Indexed(
                                next++,
                                Objects.requireNonNull(source.next(), "articles must not be null"));
                    }
                };
        int max = options.maxChars();
        OrderedBatch<Indexed, BatchResult> batch =
                new OrderedBatch<>(
                        indexed,
                        options.threads(),
                        options.inFlight(),
                        options.timeBudget(),
                        x ->
                                x.article.text().length() > max
                                        ? BatchResult.failure(
                                                x.index,
                                                x.article,
                                                BatchResult.Kind.TOO_LARGE,
                                                tooLarge(x.article.text().length(), max))
                                        : BatchResult.success(
                                                x.index, x.article, analyze.apply(x.article)),
                        (x, e) -> BatchResult.failure(x.index, x.article, kindOf(e), describe(e)),
                        x ->
                                BatchResult.failure(
                                        x.index,
                                        x.article,
                                        BatchResult.Kind.TIME_BUDGET_EXCEEDED,
                                        "the analysis took longer than the time budget of "
                                                + options.timeBudget().toMillis()
                                                + " ms and was abandoned"));
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(
                                batch, Spliterator.ORDERED | Spliterator.NONNULL),
                        false)
                .onClose(batch::close)
                .onClose(articles::close);
    }

    /** The message of a document over the size limit. */
    static String tooLarge(long chars, long max) {
        return "the document has "
                + chars
                + " characters, over the limit of "
                + max
                + " (raise it with BatchOptions.withMaxChars or --max-chars)";
    }

    /** The failure kind of a throwable from the analysis. */
    static BatchResult.Kind kindOf(Throwable e) {
        return e instanceof OutOfMemoryError
                ? BatchResult.Kind.OUT_OF_MEMORY
                : BatchResult.Kind.ANALYSIS_FAILED;
    }

    /** A throwable as one line: its simple class name and message. */
    static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private record Indexed(long index, Article article) {}
}
