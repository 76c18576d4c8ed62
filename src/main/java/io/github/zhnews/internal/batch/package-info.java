/**
 * The batch engine: a function applied to the items of an iterator on several threads, results handed back in
 * input order, with a bounded number of items in flight and a time budget per item
 * ({@link io.github.zhnews.internal.batch.OrderedBatch}). It knows nothing of news analysis: the public entry point is
 * {@link io.github.zhnews.NewsAnalyzer#analyzeAll(java.util.stream.Stream, io.github.zhnews.BatchOptions)}, and
 * the command line's {@code batch} command runs its read-analyse-write-JSON step through it.
 */
package io.github.zhnews.internal.batch;
