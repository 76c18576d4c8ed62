package io.github.zhnews.keyphrase;

import java.util.Set;

/**
 * How key phrases are chosen.
 *
 * @param count           how many phrases to return
 * @param minLength       shortest phrase, in characters (at least 2)
 * @param maxLength       longest phrase, in characters
 * @param extraStopWords  words that are never a phrase nor its first or last word
 */
public record KeyPhraseOptions(int count, int minLength, int maxLength, Set<String> extraStopWords) {
    public static final KeyPhraseOptions DEFAULT = new KeyPhraseOptions(10, 2, 16, Set.of());

    public KeyPhraseOptions {
        extraStopWords = Set.copyOf(extraStopWords);
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        if (minLength < 2 || maxLength < minLength) {
            throw new IllegalArgumentException(
                    "phrase length bounds must satisfy 2 <= min <= max, got " + minLength + ".." + maxLength);
        }
    }

    public KeyPhraseOptions withCount(int n) {
        return new KeyPhraseOptions(n, minLength, maxLength, extraStopWords);
    }
}
