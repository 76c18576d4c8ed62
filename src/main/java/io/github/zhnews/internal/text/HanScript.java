package io.github.zhnews.internal.text;

/**
 * Whether characters are Han (Chinese) by their Unicode script, with the common block tested first, as looking
 * up a character's script is slow and these tests run for every word.
 */
public final class HanScript {
    private HanScript() {}

    /**
     * Whether {@code c} is of the Han script. CJK Unified Ideographs U+4E00 to U+9FFC are answered without a
     * look-up; no character below U+2E80 is Han; the rest is looked up, so the answer is always that of
     * {@link Character.UnicodeScript#of(int)}.
     */
    public static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFC'
                || c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Whether every character of {@code s} is Han; true for the empty string. */
    public static boolean onlyHan(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isHan(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
