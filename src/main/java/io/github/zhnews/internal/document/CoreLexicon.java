package io.github.zhnews.internal.document;

/**
 * Read-only questions about the segmenter's core dictionary, for the stages that need to tell a name from an
 * ordinary word. Implemented by the segment package (the only one that knows the dictionary); immutable and
 * thread-safe.
 */
public interface CoreLexicon {
    /** Whether {@code word} is in the core dictionary. */
    boolean contains(String word);

    /**
     * Whether {@code word} is an ordinary word of the core dictionary: it is listed, and its most frequent part
     * of speech is not a person's name (高峰, 宋朝 are words; 李鹏 is not listed).
     */
    boolean isCommonWord(String word);

    /** Whether the dictionary's most frequent part of speech for {@code word} is a person's name. */
    boolean isNameFirst(String word);

    /** The dictionary's most frequent part of speech for {@code word} (a PKU-style tag such as "v"), or null. */
    String mainTag(String word);

    /** How often {@code word} occurs in the dictionary's corpus (0 when it is not listed). */
    int frequency(String word);

    /**
     * Of the dictionary's verb readings of {@code word}, the share used as a noun ({@code vn} against {@code v}:
     * 供水 0.41, 召开 0.04), or NaN when it has none.
     */
    double nominalShare(String word);
}
