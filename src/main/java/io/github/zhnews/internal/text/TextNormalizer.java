package io.github.zhnews.internal.text;

import io.github.zhnews.internal.resources.ModelResources;
import io.github.zhnews.internal.resources.ResourceException;
import java.util.List;

/**
 * Length-preserving normalisation of Chinese news text.
 *
 * <p>{@link #normalize(String)} replaces characters one for one, so every offset into the result is also a
 * valid offset into the input and points at the corresponding character. It does:
 * <ul>
 *   <li>full-width ASCII letters, digits and symbols (U+FF01..U+FF5E) to their ASCII forms, <em>except</em> the
 *       punctuation that belongs to ordinary Chinese typography and is kept as it is:
 *       {@code ！ （ ） ， ： ； ？}. So {@code Ａ１２％} becomes {@code A12%}, {@code ３．５} becomes
 *       {@code 3.5}, {@code ＞} becomes {@code >}, while {@code 星河（深圳）} and {@code 你好，世界！} are unchanged;</li>
 *   <li>the ideographic space U+3000, the no-break space U+00A0 and the other fixed-width spaces
 *       (U+2000..U+200A, U+202F, U+205F) to an ASCII space;</li>
 *   <li>half-width CJK punctuation {@code ｡ ｢ ｣ ､} (U+FF61..U+FF64) to {@code 。 「 」 、};</li>
 *   <li>traditional to simplified Chinese where the conversion is one character to one character
 *       (the table {@code models/traditional-simplified.tsv}); ambiguous characters such as 乾 are left alone and no phrase
 *       level conversion is attempted.</li>
 * </ul>
 * Letters keep their case; Chinese punctuation such as {@code 。、《》“”‘’「」} is never touched; surrogate pairs
 * (emoji, CJK extension B and beyond) are copied unchanged.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextNormalizer {
    private static final int TABLE_SIZE = 0x10000;
    private static final String TRADITIONAL = "traditional-simplified.tsv";

    /** Index = input char, value = output char; built per instance so no shared mutable array exists. */
    private final char[] table;

    public TextNormalizer() {
        char[] t = new char[TABLE_SIZE];
        for (int c = 0; c < TABLE_SIZE; c++) {
            t[c] = (char) c;
        }
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            t[c] = (char) (c - 0xFEE0);
        }
        for (char keep : "！（），：；？".toCharArray()) {
            t[keep] = keep;
        }
        t['\u3000'] = ' ';
        t['\u00A0'] = ' ';
        for (int c = 0x2000; c <= 0x200A; c++) {
            t[c] = ' ';
        }
        t['\u202F'] = ' ';
        t['\u205F'] = ' ';
        t['\uFF61'] = '。';
        t['\uFF62'] = '「';
        t['\uFF63'] = '」';
        t['\uFF64'] = '、';
        for (List<String> row : ModelResources.rows(TRADITIONAL, 2)) {
            if (row.size() != 2 || row.get(0).length() != 1 || row.get(1).length() != 1) {
                throw new ResourceException(
                        "zhnews model file 'models/"
                                + TRADITIONAL
                                + "': expected one character, a tab and one character, found '"
                                + String.join("\t", row)
                                + "'");
            }
            t[row.get(0).charAt(0)] = row.get(1).charAt(0);
        }
        this.table = t;
    }

    /**
     * Normalises {@code text}; the result has exactly the same length.
     *
     * @throws NullPointerException if text is null
     */
    public String normalize(String text) {
        int n = text.length();
        char[] out = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char m = table[c];
            if (m != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = m;
            }
        }
        return out == null ? text : new String(out);
    }

    /** The normalised form of one char (a lone surrogate is returned unchanged). */
    public char normalize(char c) {
        return table[c];
    }
}
