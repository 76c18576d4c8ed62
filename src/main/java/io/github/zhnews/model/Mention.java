package io.github.zhnews.model;

/**
 * One occurrence of an entity in the input.
 *
 * @param text  the surface form, exactly as in the input
 * @param start offset of the first character
 * @param end   offset just past the last character
 */
public record Mention(String text, int start, int end) {
    /** Checks the span against the text. */
    public Mention {
        Spans.check(text, start, end);
    }
}
