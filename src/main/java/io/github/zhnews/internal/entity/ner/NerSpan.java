package io.github.zhnews.internal.entity.ner;

import io.github.zhnews.model.EntityType;
import java.util.Objects;

/**
 * A name the labeller found: characters {@code [start, end)} of the tagged text.
 *
 * @param start offset of the first character
 * @param end   offset past the last character
 * @param type  person, place or organisation
 */
public record NerSpan(int start, int end, EntityType type) {
    public NerSpan {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
