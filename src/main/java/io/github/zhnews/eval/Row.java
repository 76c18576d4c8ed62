package io.github.zhnews.eval;

/**
 * One figure of an evaluation: a metric on a data set for zhnews, with the baseline's figure when one was run
 * ({@code null} otherwise, or when the baseline has no such figure). {@code n} is the number of items
 * (sentences, cases, documents) it was computed over.
 */
public record Row(String task, String dataset, String metric, Double zhnews, Double hanlp, long n, String note) {
    /** The key that floors refer to: {@code task/dataset/metric}. */
    public String key() {
        return task + "/" + dataset + "/" + metric;
    }
}
