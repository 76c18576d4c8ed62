package io.github.zhnews.summary;

import io.github.zhnews.model.KeyPhrase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the sentences of a news summary.
 *
 * <p>Each sentence scores the weights of the key phrases it contains, divided by the square root of its
 * length (so long sentences do not win by size alone), plus a lead bonus that decays with position, since
 * news puts what matters first. Sentences are then taken best first, skipping any that repeat a chosen one
 * (more than half of its character bigrams already chosen), and returned in document order.
 * Cost is O(s log s) in the number of sentences s plus the phrase look-ups. Immutable and thread-safe.
 */
public final class SentenceSelector {
    private static final int MIN_CHARS = 8;
    private static final double LEAD_WEIGHT = 0.6;
    private static final double REDUNDANT = 0.5;
    private static final int MAX_COMPARED = 64;

    /**
     * @param sentences the candidate sentences in document order
     * @param phrases   the document's key phrases
     * @param n         how many to choose
     * @return indexes into {@code sentences}, ascending
     */
    public List<Integer> select(List<String> sentences, List<KeyPhrase> phrases, int n) {
        if (n <= 0 || sentences.isEmpty()) {
            return List.of();
        }
        double maxPhrase = phrases.stream().mapToDouble(KeyPhrase::score).max().orElse(1.0);
        List<double[]> scored = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (s.codePointCount(0, s.length()) < MIN_CHARS || !hasHan(s)) {
                continue;
            }
            double content = 0;
            for (KeyPhrase p : phrases) {
                if (s.contains(p.text())) {
                    content += p.score() / maxPhrase;
                }
            }
            double score = content / Math.sqrt(Math.max(20, s.length()) / 20.0) + LEAD_WEIGHT / (1 + i);
            scored.add(new double[] {score, i});
        }
        scored.sort(Comparator.comparingDouble((double[] a) -> -a[0]).thenComparingDouble(a -> a[1]));
        List<Integer> chosen = new ArrayList<>();
        List<Set<String>> chosenGrams = new ArrayList<>();
        int compared = 0;
        for (double[] c : scored) {
            if (chosen.size() >= n || compared++ > MAX_COMPARED + n) {
                break;
            }
            Set<String> grams = bigrams(sentences.get((int) c[1]));
            if (chosenGrams.stream().anyMatch(g -> overlap(grams, g) > REDUNDANT)) {
                continue;
            }
            chosen.add((int) c[1]);
            chosenGrams.add(grams);
        }
        chosen.sort(Integer::compare);
        return List.copyOf(chosen);
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static double overlap(Set<String> a, Set<String> chosen) {
        if (a.isEmpty()) {
            return 1.0;
        }
        int shared = 0;
        for (String g : a) {
            if (chosen.contains(g)) {
                shared++;
            }
        }
        return shared / (double) a.size();
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
