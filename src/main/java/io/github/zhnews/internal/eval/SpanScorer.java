package io.github.zhnews.internal.eval;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Exact-match span scoring: a prediction is correct when a gold span has the same start, end and type.
 * Spans are compared as multisets (a duplicated prediction counts once as correct and once as wrong).
 * Accumulates over many documents; per-type and overall (micro) counts.
 */
public final class SpanScorer {
    private final Map<String, Prf> byType = new TreeMap<>();

    /** Counts for one document. */
    public static Prf score(Collection<Span> gold, Collection<Span> predicted) {
        Map<Span, Integer> left = new HashMap<>();
        for (Span g : gold) {
            left.merge(g, 1, Integer::sum);
        }
        long correct = 0;
        for (Span p : predicted) {
            Integer n = left.get(p);
            if (n != null && n > 0) {
                correct++;
                left.put(p, n - 1);
            }
        }
        return new Prf(correct, predicted.size(), gold.size());
    }

    /** Adds one document, scoring each type present on either side separately. */
    public void add(Collection<Span> gold, Collection<Span> predicted) {
        Set<String> types = new TreeSet<>();
        gold.forEach(s -> types.add(s.type()));
        predicted.forEach(s -> types.add(s.type()));
        for (String t : types) {
            Prf p =
                    score(
                            gold.stream().filter(s -> s.type().equals(t)).toList(),
                            predicted.stream().filter(s -> s.type().equals(t)).toList());
            byType.merge(t, p, Prf::plus);
        }
    }

    /** Counts for one type ({@link Prf#EMPTY} when it never occurred). */
    public Prf type(String type) {
        return byType.getOrDefault(type, Prf.EMPTY);
    }

    /** Micro-averaged counts over the given types. */
    public Prf micro(Collection<String> types) {
        Prf sum = Prf.EMPTY;
        for (String t : types) {
            sum = sum.plus(type(t));
        }
        return sum;
    }
}
