package io.github.zhnews.internal.io;

/**
 * Makes JSON text well-formed UTF-8 whatever the input held: a lone surrogate (half of a UTF-16 pair, which no
 * UTF-8 encoder can write) is replaced by its escape {@code \}{@code uD800}, which every JSON parser reads back
 * as the same char, so offsets into the text stay true. Pairs are left alone.
 */
public final class WellFormedJson {
    private WellFormedJson() {}

    /**
     * The JSON text with every lone surrogate escaped. Only strings can hold one (the rest of JSON is ASCII), and
     * in a string the escape means the same char; text without surrogates is returned as it is.
     */
    public static String escapeLoneSurrogates(String json) {
        int n = json.length();
        StringBuilder b = null;
        for (int i = 0; i < n; i++) {
            char c = json.charAt(i);
            if (!Character.isSurrogate(c)) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < n
                    && Character.isLowSurrogate(json.charAt(i + 1))) {
                if (b != null) {
                    b.append(c).append(json.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (b == null) {
                b = new StringBuilder(n + 16).append(json, 0, i);
            }
            b.append(String.format("\\u%04x", (int) c));
        }
        return b == null ? json : b.toString();
    }
}
