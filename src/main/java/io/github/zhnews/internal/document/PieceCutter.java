package io.github.zhnews.internal.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a long text is cut into pieces of at most about {@code size} characters, each analysed on its own so
 * that the memory an analysis holds at once is bounded by the piece, not by the text.
 *
 * <p>Each piece ends in the second half of its window ({@code size / 2} to {@code size} characters after its
 * start), at the last of these found, in this order of preference: a line break (a paragraph end); a Chinese
 * sentence end ({@code 。！？；} and their closing quotes and brackets); a pause ({@code ，、,：} or a space);
 * only in a text with none of them over half a window (a "sentence" of tens of thousands of characters, which
 * no news text has) a plain character boundary, never between the two halves of a surrogate pair. One
 * backward scan per piece: linear in the text. Stateless.
 */
public final class PieceCutter {
    private PieceCutter() {}

    /**
     * The end offsets of the pieces of {@code text}, ascending, the last being {@code text.length()}; a text
     * of at most {@code size} characters is one piece.
     *
     * @throws IllegalArgumentException if {@code size < 2}
     */
    public static List<Integer> ends(CharSequence text, int size) {
        if (size < 2) {
            throw new IllegalArgumentException("piece size must be at least 2, got " + size);
        }
        List<Integer> ends = new ArrayList<>();
        int n = text.length();
        int from = 0;
        while (n - from > size) {
            int limit = from + size;
            int floor = from + size / 2;
            int cut = lastLineBreak(text, floor, limit);
            if (cut < 0) {
                cut = lastSentenceEnd(text, floor, limit);
            }
            if (cut < 0) {
                cut = lastPause(text, floor, limit);
            }
            if (cut < 0) {
                cut = limit;
                if (Character.isHighSurrogate(text.charAt(cut - 1))
                        && Character.isLowSurrogate(text.charAt(cut))) {
                    cut--;
                }
            }
            if (cut >= n) {
                break; // closing marks ran to the end of the text
            }
            ends.add(cut);
            from = cut;
        }
        ends.add(n);
        return ends;
    }

    private static int lastLineBreak(CharSequence text, int floor, int limit) {
        for (int i = limit - 1; i >= floor; i--) {
            char c = text.charAt(i);
            if (c == '\n'
                    || c == '\u2028'
                    || c == '\u2029'
                    || c == '\u0085'
                    || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int lastSentenceEnd(CharSequence text, int floor, int limit) {
        for (int i = limit - 1; i >= floor; i--) {
            if (isEndMark(text.charAt(i))) {
                int j = i + 1;
                while (j < text.length()
                        && (isEndMark(text.charAt(j)) || isCloser(text.charAt(j)))) {
                    j++;
                }
                return j;
            }
        }
        return -1;
    }

    private static int lastPause(CharSequence text, int floor, int limit) {
        for (int i = limit - 1; i >= floor; i--) {
            char c = text.charAt(i);
            if (c == '，'
                    || c == '、'
                    || c == ','
                    || c == '：'
                    || Character.isWhitespace(c)
                    || c == '\u3000') {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean isEndMark(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '｡';
    }

    private static boolean isCloser(char c) {
        return switch (c) {
            case '”', '’', '」', '』', '）', '》', '】', '〉' -> true;
            default -> false;
        };
    }
}
