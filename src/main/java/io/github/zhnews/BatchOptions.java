package io.github.zhnews;

import java.time.Duration;
import java.util.Objects;

/**
 * How a batch runs: worker threads, documents in flight, the largest document and the time budget per
 * document. Immutable; each {@code with} method returns new options.
 *
 * <pre>{@code
 * BatchOptions o = BatchOptions.defaults().withThreads(4).withTimeBudget(Duration.ofSeconds(30));
 * }</pre>
 *
 * @param threads     documents analysed at once (default: every available processor)
 * @param inFlight    documents read ahead but not yet returned, at most (default: 4 per thread); with the size
 *                    limit it bounds the memory a batch holds whatever the input size
 * @param maxChars    a longer document is not analysed: it gets a {@link BatchResult.Kind#TOO_LARGE} failure
 *                    (default 1,000,000 characters)
 * @param timeBudget  a document still running after this long is abandoned with a
 *                    {@link BatchResult.Kind#TIME_BUDGET_EXCEEDED} failure; {@link Duration#ZERO}, the default,
 *                    is no budget
 */
public record BatchOptions(int threads, int inFlight, int maxChars, Duration timeBudget) {
    /** The default document size limit, in characters. */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    public BatchOptions {
        if (threads < 1 || threads > 1024) {
            throw new ConfigurationException("threads must be between 1 and 1024, got " + threads);
        }
        if (inFlight < threads) {
            throw new ConfigurationException(
                    "documents in flight ("
                            + inFlight
                            + ") must be at least the number of threads ("
                            + threads
                            + ")");
        }
        if (maxChars < 1) {
            throw new ConfigurationException(
                    "the document size limit must be positive, got " + maxChars);
        }
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (timeBudget.isNegative()) {
            throw new ConfigurationException(
                    "the time budget must not be negative, got " + timeBudget);
        }
    }

    /** Every processor, 4 documents in flight per thread, 1,000,000 characters at most, no time budget. */
    public static BatchOptions defaults() {
        int n = Runtime.getRuntime().availableProcessors();
        return new BatchOptions(n, 4 * n, DEFAULT_MAX_CHARS, Duration.ZERO);
    }

    /** These options with {@code n} threads and 4 documents in flight per thread. */
    public BatchOptions withThreads(int n) {
        if (n < 1 || n > 1024) {
            throw new ConfigurationException("threads must be between 1 and 1024, got " + n);
        }
        return new BatchOptions(n, 4 * n, maxChars, timeBudget);
    }

    public BatchOptions withInFlight(int n) {
        return new BatchOptions(threads, n, maxChars, timeBudget);
    }

    public BatchOptions withMaxChars(int n) {
        return new BatchOptions(threads, inFlight, n, timeBudget);
    }

    public BatchOptions withTimeBudget(Duration budget) {
        return new BatchOptions(threads, inFlight, maxChars, budget);
    }
}
