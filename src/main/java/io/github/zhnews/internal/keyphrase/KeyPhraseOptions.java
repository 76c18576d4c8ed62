package io.github.zhnews.internal.keyphrase;

import java.util.Objects;
import java.util.Set;

/**
 * How key phrases are chosen. Immutable.
 *
 * @param count          how many phrases to return
 * @param minLength      shortest phrase, in characters (at least 2)
 * @param maxLength      longest phrase, in characters
 * @param extraStopWords words that are never a phrase nor its first or last word
 * @param lexicon        domain terms: each is a candidate whenever it occurs as a word sequence (even once, and
 *                       whatever its length or part of speech) and weighs more than other phrases; give them
 *                       to the segmenter as user words too so that they are kept whole
 *                       ({@code NewsAnalyzer.Builder#domainLexicon} does both)
 */
public record KeyPhraseOptions(
        int count, int minLength, int maxLength, Set<String> extraStopWords, Set<String> lexicon) {
    public static final KeyPhraseOptions DEFAULT =
            new KeyPhraseOptions(10, 2, 16, Set.of(), Set.of());

    public KeyPhraseOptions {
        extraStopWords = Set.copyOf(Objects.requireNonNull(extraStopWords, "extraStopWords"));
        lexicon = Set.copyOf(Objects.requireNonNull(lexicon, "lexicon"));
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        if (minLength < 2 || maxLength < minLength) {
            throw new IllegalArgumentException(
                    "phrase length bounds must satisfy 2 <= min <= max, got "
                            + minLength
                            + ".."
                            + maxLength);
        }
    }

    /** Options without a domain lexicon. */
    public KeyPhraseOptions(int count, int minLength, int maxLength, Set<String> extraStopWords) {
        this(count, minLength, maxLength, extraStopWords, Set.of());
    }

    /** These options with the given domain lexicon. */
    public KeyPhraseOptions withLexicon(Set<String> terms) {
        return new KeyPhraseOptions(count, minLength, maxLength, extraStopWords, terms);
    }
}
