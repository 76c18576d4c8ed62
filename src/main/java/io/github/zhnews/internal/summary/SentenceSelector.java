package io.github.zhnews.internal.summary;

import io.github.zhnews.internal.document.Document;
import io.github.zhnews.internal.document.Ranking;
import io.github.zhnews.internal.text.TextSpan;
import io.github.zhnews.model.KeyPhrase;
import io.github.zhnews.model.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the sentences of a news summary.
 *
 * <p>Each sentence scores three things: the weights of the key phrases it contains, its centrality (the summed
 * weights of its words, as given by the caller, e.g. from the key-phrase word graph), both divided by the
 * square root of its length so that long sentences do not win by size alone, and a lead bonus that decays
 * with position, since news puts what matters first. Sentences are then taken best first, skipping any that
 * repeat a chosen one (more than half of its character bigrams already chosen: the redundancy penalty) or that
 * would overrun the length budget, and returned in document order.
 *
 * <p>Cost: one pass to score, one sort, O(s log s) in the number of sentences s, plus the phrase look-ups
 * (linear in the text); the greedy pass looks at a bounded number of distinct candidates (a sentence said
 * again word for word is passed over uncounted: it would fare as before). Immutable and thread-safe.
 */
public final class SentenceSelector implements Summarizer {
    private static final int MIN_CHARS = 8;
    private static final double LEAD_WEIGHT = 0.6;
    private static final double CENTRALITY_WEIGHT = 0.5;
    private static final double REDUNDANT = 0.5;
    private static final int MAX_COMPARED = 64;

    /**
     * The summary sentences of a document: its running sentences (not the title, not a heading), each weighed
     * by the words the key-phrase ranking ranked inside it.
     */
    @Override
    public List<TextSpan> select(Document doc, Ranking ranking, int n, int maxChars) {
        if (n == 0 && maxChars == 0) {
            return List.of();
        }
        List<TextSpan> spans = new ArrayList<>();
        for (TextSpan s : doc.sentences()) {
            if (!doc.isTitleOrHeading(s)) {
                spans.add(s);
            }
        }
        List<String> sentences = new ArrayList<>(spans.size());
        double[] centrality = new double[spans.size()];
        List<Token> words = ranking.words();
        int k = 0;
        for (int i = 0; i < spans.size(); i++) {
            TextSpan span = spans.get(i);
            sentences.add(span.of(doc.text()));
            while (k < words.size() && words.get(k).start() < span.start()) {
                k++;
            }
            for (int j = k; j < words.size() && words.get(j).end() <= span.end(); j++) {
                centrality[i] += ranking.weight(words.get(j).text());
            }
        }
        List<TextSpan> chosen = new ArrayList<>();
        for (int i : select(sentences, centrality, ranking.phrases(), n, maxChars)) {
            chosen.add(spans.get(i));
        }
        return chosen;
    }

    /**
     * @param sentences the candidate sentences in document order
     * @param phrases   the document's key phrases
     * @param n         how many to choose
     * @return indexes into {@code sentences}, ascending
     */
    public List<Integer> select(List<String> sentences, List<KeyPhrase> phrases, int n) {
        return select(sentences, null, phrases, n, 0);
    }

    /**
     * @param sentences  the candidate sentences in document order
     * @param centrality for each sentence, the summed weights of its words (any non-negative scale), or
     *                   {@code null}
     * @param phrases    the document's key phrases
     * @param n          how many sentences at most (0: no limit but {@code maxChars})
     * @param maxChars   how many characters in all at most (0: no limit but {@code n}); a sentence that does
     *                   not fit is skipped in favour of a shorter one
     * @return indexes into {@code sentences}, ascending
     */
    public List<Integer> select(
            List<String> sentences,
            double[] centrality,
            List<KeyPhrase> phrases,
            int n,
            int maxChars) {
        if (n < 0 || maxChars < 0) {
            throw new IllegalArgumentException(
                    "n and maxChars must not be negative: " + n + ", " + maxChars);
        }
        if ((n == 0 && maxChars == 0) || sentences.isEmpty()) {
            return List.of();
        }
        if (centrality != null && centrality.length != sentences.size()) {
            throw new IllegalArgumentException("one centrality per sentence");
        }
        double maxPhrase = phrases.stream().mapToDouble(KeyPhrase::score).max().orElse(1.0);
        if (maxPhrase <= 0) {
            maxPhrase = 1.0;
        }
        double maxCentral = 0;
        if (centrality != null) {
            for (int i = 0; i < centrality.length; i++) {
                maxCentral = Math.max(maxCentral, centrality[i] / norm(sentences.get(i)));
            }
        }
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
            double central = maxCentral > 0 ? centrality[i] / norm(s) / maxCentral : 0;
            double score = content / norm(s) + CENTRALITY_WEIGHT * central + LEAD_WEIGHT / (1 + i);
            scored.add(new double[] {score, i});
        }
        scored.sort(
                Comparator.comparingDouble((double[] a) -> -a[0]).thenComparingDouble(a -> a[1]));
        int wanted = n == 0 ? Integer.MAX_VALUE : n;
        List<Integer> chosen = new ArrayList<>();
        List<int[]> chosenGrams = new ArrayList<>();
        int compared = 0;
        int chars = 0;
        Set<String> judged = new HashSet<>();
        for (double[] c : scored) {
            if (chosen.size() >= wanted) {
                break;
            }
            String s = sentences.get((int) c[1]);
            // a sentence said again word for word fares as it did the first time (chosen,
            // redundant or too long): it is passed over without using up the comparisons, so
            // that a page repeating a few sentences many times still offers its other ones
            if (!judged.add(s)) {
                continue;
            }
            if (compared++ > MAX_COMPARED + Math.min(wanted, 1000)) {
                break;
            }
            if (maxChars > 0 && chars + s.length() > maxChars) {
                continue;
            }
            int[] grams = bigrams(s);
            if (chosenGrams.stream().anyMatch(g -> overlap(grams, g) > REDUNDANT)) {
                continue;
            }
            chosen.add((int) c[1]);
            chosenGrams.add(grams);
            chars += s.length();
        }
        Integer[] out = chosen.toArray(new Integer[0]);
        Arrays.sort(out);
        return List.of(out);
    }

    private static double norm(String s) {
        return Math.sqrt(Math.max(20, s.length()) / 20.0);
    }

    /** The distinct char bigrams of a sentence, each as its two chars in one int, sorted. */
    private static int[] bigrams(String s) {
        int[] out = new int[Math.max(0, s.length() - 1)];
        for (int i = 0; i + 2 <= s.length(); i++) {
            out[i] = s.charAt(i) << 16 | s.charAt(i + 1);
        }
        Arrays.sort(out);
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[n++] = out[i];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The share of the bigrams {@code a} that are among {@code chosen}'s (both from {@link #bigrams}). */
    private static double overlap(int[] a, int[] chosen) {
        if (a.length == 0) {
            return 1.0;
        }
        int shared = 0;
        for (int g : a) {
            if (Arrays.binarySearch(chosen, g) >= 0) {
                shared++;
            }
        }
        return shared / (double) a.length;
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
