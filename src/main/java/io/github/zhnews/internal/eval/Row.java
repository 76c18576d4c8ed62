package io.github.zhnews.internal.eval;

/**
 * One figure of an evaluation: a metric on a data set for zhnews, with the baseline's figure when one was run
 * ({@code null} otherwise, or when the baseline has no such figure). {@code n} is the number of items
 * (sentences, cases, documents) it was computed over. {@code rules} is zhnews with rules only
 * ({@code EntityRecognition.RULES_ONLY}) where the task reports it, else {@code null}.
 */
public record Row(
        String task,
        String dataset,
        String metric,
        Double zhnews,
        Double hanlp,
        long n,
        String note,
        Double rules) {
    public Row(
            String task,
            String dataset,
            String metric,
            Double zhnews,
            Double hanlp,
            long n,
            String note) {
        this(task, dataset, metric, zhnews, hanlp, n, note, null);
    }

    /** The key that floors refer to: {@code task/dataset/metric}. */
    public String key() {
        return task + "/" + dataset + "/" + metric;
    }
}
