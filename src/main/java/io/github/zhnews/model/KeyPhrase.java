package io.github.zhnews.model;

import java.util.Objects;

/**
 * A phrase that occurs verbatim in the text, with its weight.
 *
 * @param text  the phrase
 * @param score its weight; higher is more characteristic of the document
 * @param count how many times it occurs in the analysed text
 */
public record KeyPhrase(String text, double score, int count) {
    /** Checks the text and that the count is positive. */
    public KeyPhrase {
        Objects.requireNonNull(text, "text");
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
    }
}
