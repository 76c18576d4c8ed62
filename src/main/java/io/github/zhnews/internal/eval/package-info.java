/**
 * Accuracy and speed evaluation of zhnews against public Chinese data sets, with a bare-HanLP baseline in
 * the same run. Entry point: {@link io.github.zhnews.internal.eval.Evaluation}; command line: {@code zhnews eval}.
 * The metric code ({@link io.github.zhnews.internal.eval.Prf}, {@link io.github.zhnews.internal.eval.SpanScorer},
 * {@link io.github.zhnews.internal.eval.SegmentationScorer}, {@link io.github.zhnews.internal.eval.RankMetrics},
 * {@link io.github.zhnews.internal.eval.TimeSpans}) has no dependency on the data.
 */
package io.github.zhnews.internal.eval;
