package io.github.zhnews.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A time expression found in the text.
 *
 * @param text  the surface form, exactly as in the input
 * @param start offset of the first character
 * @param end   offset just past the last character
 * @param value the normalised ISO-8601 / TIMEX3 value, or {@code null} when the text is too vague to
 *              support one (for example 近日)
 * @param type  the kind of expression
 */
public record DateMention(String text, int start, int end, String value, DateType type) {
    /** Checks the span against the text, and that there is a type. */
    public DateMention {
        Spans.check(text, start, end);
        Objects.requireNonNull(type, "type");
    }

    /** The normalised value, when the text supports one. */
    public Optional<String> normalized() {
        return Optional.ofNullable(value);
    }
}
