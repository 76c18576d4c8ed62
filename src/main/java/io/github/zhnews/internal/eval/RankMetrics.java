package io.github.zhnews.internal.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranked-list metrics for key phrases, exact string match (after trimming).
 * recall@k = gold items among the first k predictions / gold items; precision@k = gold items among the
 * first k predictions / k (a fixed denominator, so returning fewer phrases is not rewarded). Both empty:
 * recall is 1; empty gold with predictions: recall is 0 (documents without gold are better skipped by the
 * caller, as {@link io.github.zhnews.internal.eval.Evaluation} does).
 */
public final class RankMetrics {
    private RankMetrics() {}

    /** How many of the first k distinct predictions are in the gold set. */
    public static int hits(List<String> gold, List<String> predicted, int k) {
        Set<String> g = new HashSet<>();
        gold.forEach(s -> g.add(s.strip()));
        Set<String> seen = new HashSet<>();
        int hits = 0;
        int taken = 0;
        for (String p : predicted) {
            if (taken == k) {
                break;
            }
            String s = p.strip();
            if (!seen.add(s)) {
                continue;
            }
            taken++;
            if (g.contains(s)) {
                hits++;
            }
        }
        return hits;
    }

    public static double recallAtK(List<String> gold, List<String> predicted, int k) {
        long distinctGold = gold.stream().map(String::strip).distinct().count();
        if (distinctGold == 0) {
            return predicted.isEmpty() ? 1.0 : 0.0;
        }
        return (double) hits(gold, predicted, k) / distinctGold;
    }

    public static double precisionAtK(List<String> gold, List<String> predicted, int k) {
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive: " + k);
        }
        return (double) hits(gold, predicted, k) / k;
    }
}
