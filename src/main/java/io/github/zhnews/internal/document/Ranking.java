package io.github.zhnews.internal.document;

import io.github.zhnews.model.KeyPhrase;
import io.github.zhnews.model.Token;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What the key-phrase stage hands the summary: the phrases, best first, and the weight of each word it ranked.
 * Immutable once built (the word list and weights are not copied: the ranker does not change them after).
 */
public final class Ranking {
    private static final Ranking EMPTY =
            new Ranking(List.of(), List.of(), Map.of(), new double[0], 0);
    private final List<KeyPhrase> phrases;
    private final List<Token> words;
    private final Map<String, Integer> ids;
    private final double[] weights;
    private final double best;

    /**
     * @param phrases the key phrases, best first
     * @param words   the words as ranked, in text order
     * @param ids     index into {@code weights} of each ranked word
     * @param weights each word's raw weight
     * @param best    the highest raw weight, which scales every weight to [0, 1]
     */
    public Ranking(
            List<KeyPhrase> phrases,
            List<Token> words,
            Map<String, Integer> ids,
            double[] weights,
            double best) {
        this.phrases = List.copyOf(phrases);
        this.words = Collections.unmodifiableList(words);
        this.ids = Collections.unmodifiableMap(ids);
        this.weights = weights;
        this.best = best;
    }

    /** A ranking of nothing: no phrases, no words. */
    public static Ranking empty() {
        return EMPTY;
    }

    /** The key phrases, best first. */
    public List<KeyPhrase> phrases() {
        return phrases;
    }

    /**
     * The words as ranked, in text order: the document's content words, with pieces of a word the segmenter
     * split joined back (储/层 as 储层). These are the words {@link #weight(String)} knows.
     */
    public List<Token> words() {
        return words;
    }

    /**
     * A word's weight in [0, 1]: its centrality times its IDF, the best word of the text being 1; 0 for a word
     * that is not a content word of the text.
     */
    public double weight(String word) {
        Integer id = ids.get(word);
        return id == null || best == 0 ? 0 : weights[id] / best;
    }
}
