package io.github.zhnews.internal.eval;

import java.util.Objects;

/**
 * A labelled stretch of text: {@code [start, end)} in Java {@code String} indices, with a type such as
 * {@code ORG}, {@code PER}, {@code LOC}, {@code TIME} or {@code WORD}.
 */
public record Span(int start, int end, String type) {
    public Span {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
