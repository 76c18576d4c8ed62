package io.github.zhnews.internal.text;

/**
 * A half-open range {@code [start, end)} of char offsets into a text.
 *
 * @param start first char of the span, {@code >= 0}
 * @param end   one past the last char, {@code >= start}
 */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    /** The characters this span covers in {@code text}; throws if the span does not fit the text. */
    public String of(String text) {
        if (end > text.length()) {
            throw new IndexOutOfBoundsException(
                    "span [" + start + ", " + end + ") outside text of length " + text.length());
        }
        return text.substring(start, end);
    }

    public int length() {
        return end - start;
    }

    /** True if {@code start <= offset < end}. */
    public boolean contains(int offset) {
        return offset >= this.start && offset < this.end;
    }

    /**
     * True if this span and {@code [start, end)} share at least one character; an empty range overlaps nothing.
     *
     * @throws IllegalArgumentException if {@code end < start}
     */
    public boolean overlaps(int start, int end) {
        if (end < start) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
        return Math.max(this.start, start) < Math.min(this.end, end);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
