package io.github.zhnews.model;

/** Bounds checks shared by the value types that carry character offsets. */
final class Spans {
    private Spans() {}

    static void check(String text, int start, int end) {
        if (text == null) {
            throw new NullPointerException("text");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
        if (end - start != text.length()) {
            throw new IllegalArgumentException(
                    "span ["
                            + start
                            + ", "
                            + end
                            + ") does not match the length of '"
                            + text
                            + "'");
        }
    }
}
