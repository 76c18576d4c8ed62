package io.github.zhnews.model;

import java.util.Objects;

/**
 * One word of the segmented text.
 *
 * @param text  the word as it appears in the input
 * @param pos   its part of speech, in the PKU / People's Daily tag set (n, v, ns, nt, nr, t, m, w, ...)
 * @param start offset of the first character (a Java {@code String} index into the input)
 * @param end   offset just past the last character
 */
public record Token(String text, String pos, int start, int end) {
    /** Checks the span against the text, and that there is a part of speech. */
    public Token {
        Spans.check(text, start, end);
        Objects.requireNonNull(pos, "pos");
    }
}
