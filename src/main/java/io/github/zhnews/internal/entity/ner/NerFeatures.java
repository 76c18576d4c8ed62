package io.github.zhnews.internal.entity.ner;

import io.github.zhnews.internal.text.HanScript;
import java.util.Arrays;

/**
 * The features of one character position. {@link #V1}: character unigrams in a window of two either side,
 * the four bigrams and three trigrams around it, the character classes (digit, Latin, Han, punctuation,
 * space) of it and its neighbours. {@link #V2} adds the characters three away, the bigram that skips the
 * character, and the two 4-grams that hold it and both neighbours. {@link #V3} is V1 and the rules' reading
 * of the text: the BIOES tag of the names the rules alone find at the character, at it and both neighbours,
 * and with the character. {@link #V4} is V3 and the annotation standard of the sentence ({@link
 * NerStandard}); {@link #V5} (the default) reads the standard at more places. Characters are compared after
 * folding full-width ASCII to half-width and every digit to {@code 0}, so that １９９８年 and 1998年 share
 * features.
 * Each feature is a non-zero {@code long}: the template number in the top 16 bits, up to three 16-bit
 * characters (or a 48-bit hash of four) below. Immutable.
 */
final class NerFeatures {
    static final NerFeatures V1 = new NerFeatures("char-window-2/v1", 13, false, false);
    static final NerFeatures V2 = new NerFeatures("char-window-3/v2", 18, true, false);

    /**
     * V1 and the rules' reading of the text ({@link Padded#hints()}: the BIOES tag of the names the rules
     * alone find): the hint at the character, the hints of it and both neighbours, and the hint with the
     * character.
     */
    static final NerFeatures V3 = new NerFeatures("char-window-2+rules/v3", 16, false, true);

    /**
     * V3 and the annotation standard of the sentence ({@link Padded#standard()}, one of {@link #STANDARDS}):
     * the standard with the character, with each bigram that holds it and the next or previous character,
     * with the hint at the character, and alone. Each maps onto a V3 template read at the same place (or, for
     * the standard alone, onto the transitions into a tag), so that {@link NerModel#forStandard} folds a V4
     * model into a V3 model of one standard, which tags with no more lookups than V3.
     */
    static final NerFeatures V4 =
            new NerFeatures("char-window-2+rules+standard/v4", 21, false, true, true);

    /**
     * V4 and the standard with the character before, with the character after and with the trigram around
     * the character, each again mapping onto the V3 template read at the same place ({@link #generalOf}).
     * Against V4 (models/README.md): organisation F1 on MSRA val 0.872 -> 0.885, People's Daily NER dev
     * 0.875 -> 0.880, PFR 1998 dev 0.882 -> 0.881.
     */
    static final NerFeatures V5 =
            new NerFeatures("char-window-2+rules+standard/v5", 24, false, true, true);

    /** How many annotation standards a V4 model may hold (the numbers of {@code NerStandard}). */
    static final int STANDARDS = 4;

    /** The templates of V4 that read the standard, in {@link #standardKeys} order. */
    static final int STANDARD_CHAR = 22;

    static final int STANDARD_BIGRAM_BEFORE = 23;
    static final int STANDARD_BIGRAM_AFTER = 24;
    static final int STANDARD_HINT = 25;
    static final int STANDARD_ALONE = 26;

    /** The V5 templates of the standard with the character before and after the position. */
    static final int STANDARD_BEFORE = 27;

    static final int STANDARD_AFTER = 28;

    /** The first of the four templates of the standard with the trigram, one per standard. */
    static final int STANDARD_TRIGRAM = 29;

    /**
     * The V3 key a V4 standard feature adds to, and the standard it belongs to, as {@code {key, standard}};
     * {@code {0, standard}} for {@link #STANDARD_ALONE} (it adds to the transitions into each tag); null for
     * a feature that reads no standard.
     */
    static long[] generalOf(long key) {
        int template = (int) (key >>> 48);
        long payload = key & 0xFFFF_FFFF_FFFFL;
        return switch (template) {
            case STANDARD_CHAR -> new long[] {key(3, payload & 0xFFFF), payload >>> 16};
            case STANDARD_BIGRAM_BEFORE ->
                    new long[] {key(7, payload & 0xFFFF_FFFFL), payload >>> 32};
            case STANDARD_BIGRAM_AFTER ->
                    new long[] {key(8, payload & 0xFFFF_FFFFL), payload >>> 32};
            case STANDARD_HINT -> new long[] {key(HINT_TEMPLATE, payload & 0xFFFF), payload >>> 16};
            case STANDARD_ALONE -> new long[] {0, payload - 1};
            case STANDARD_BEFORE -> new long[] {key(2, payload & 0xFFFF), payload >>> 16};
            case STANDARD_AFTER -> new long[] {key(4, payload & 0xFFFF), payload >>> 16};
            case STANDARD_TRIGRAM,
                    STANDARD_TRIGRAM + 1,
                    STANDARD_TRIGRAM + 2,
                    STANDARD_TRIGRAM + 3 ->
                    new long[] {key(10, payload), template - STANDARD_TRIGRAM};
            default -> null;
        };
    }

    /** The templates new models are trained with. */
    static final NerFeatures DEFAULT = V5;

    private static final char BOS = '\u0002';
    private static final char EOS = '\u0003';
    private static final int PAD = 3;

    /** Name of the templates; a model records it. */
    final String version;

    /** Features per position. */
    final int count;

    /** Whether the V2 templates (wider window, skip bigram, 4-grams) are on. */
    final boolean wide;

    /** Whether the features read the rules' hints, which {@link #pad(CharSequence, byte[])} must be given. */
    final boolean hinted;

    /** Whether the features read the annotation standard. */
    final boolean standards;

    private NerFeatures(String version, int count, boolean wide, boolean hinted) {
        this(version, count, wide, hinted, false);
    }

    private NerFeatures(
            String version, int count, boolean wide, boolean hinted, boolean standards) {
        this.version = version;
        this.count = count;
        this.wide = wide;
        this.hinted = hinted;
        this.standards = standards;
    }

    /** The templates of that name, or null. */
    static NerFeatures of(String version) {
        for (NerFeatures f : new NerFeatures[] {V1, V2, V3, V4, V5}) {
            if (f.version.equals(version)) {
                return f;
            }
        }
        return null;
    }

    /** The character as features see it. */
    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            c = (char) (c - 0xFEE0);
        } else if (c == '\u3000') {
            c = ' ';
        }
        if (c >= '0' && c <= '9') {
            return '0';
        }
        return c;
    }

    private static int kind(char c) {
        if (c == '0') {
            return 1;
        }
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            return 2;
        }
        if (HanScript.isHan(c)) {
            return 3;
        }
        if (c == BOS || c == EOS) {
            return 4;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return 5;
        }
        if (Character.isLetterOrDigit(c)) {
            return 6;
        }
        return 7;
    }

    static final int PAD_SIZE = PAD;

    /** The template of the character classes of the five window characters, and how many patterns it has. */
    static final int CLASS_TEMPLATE = 13;

    static final int CLASS_PATTERNS = 8 * 4096;

    /** The pattern of the character classes around padded index {@code j}. */
    static int classPattern(byte[] k, int j) {
        return k[j - 2] * 512 + k[j - 1] * 64 + k[j] * 8 + k[j + 1] + k[j + 2] * 4096;
    }

    /**
     * How many window characters a template reads as one n-gram (1, 2 or 3), or 0 for templates that are not
     * an n-gram of the window (character classes, the skip bigram, hashed 4-grams).
     */
    static int gramLength(int template) {
        return template <= 5 || template == 14 || template == 15
                ? 1
                : template <= 9 ? 2 : template <= 12 ? 3 : 0;
    }

    /** The offset of the first character a window template reads, relative to the tagged position. */
    static int firstOffset(int template) {
        return switch (template) {
            case 1, 6, 11 -> -2;
            case 2, 7, 10 -> -1;
            case 3, 8, 12 -> 0;
            case 4, 9 -> 1;
            case 5 -> 2;
            case 14 -> -3;
            case 15 -> 3;
            default ->
                    throw new IllegalArgumentException("template " + template + " reads no n-gram");
        };
    }

    /** The payload of the n-gram of {@code length} characters at padded index {@code j}. */
    static long gram(char[] p, int j, int length) {
        return length == 1
                ? p[j]
                : length == 2 ? two(p[j], p[j + 1]) : three(p[j], p[j + 1], p[j + 2]);
    }

    /**
     * Writes the features of position {@code i} that are neither a window n-gram nor the character classes
     * nor the hints (looked up directly: {@link #classPattern}, {@link #hintTrigram}); returns how many.
     */
    int extractOther(Padded padded, int i, long[] out) {
        char[] p = padded.chars();
        int j = i + PAD;
        if (wide) {
            out[0] = key(16, two(p[j - 1], p[j + 1]));
            out[1] = key(17, four(p[j - 1], p[j], p[j + 1], p[j + 2]));
            out[2] = key(18, four(p[j - 2], p[j - 1], p[j], p[j + 1]));
            return 3;
        }
        if (standards) {
            standardKeys(padded, j, out, 0);
            if (count > V4.count) {
                moreStandardKeys(padded, j, out, 5);
                return 8;
            }
            return 5;
        }
        return 0;
    }

    private static void standardKeys(Padded padded, int j, long[] out, int at) {
        char[] p = padded.chars();
        long s = padded.standard();
        out[at] = key(STANDARD_CHAR, s << 16 | p[j]);
        out[at + 1] = key(STANDARD_BIGRAM_BEFORE, s << 32 | two(p[j - 1], p[j]));
        out[at + 2] = key(STANDARD_BIGRAM_AFTER, s << 32 | two(p[j], p[j + 1]));
        out[at + 3] = key(STANDARD_HINT, s << 16 | padded.hints()[j]);
        out[at + 4] = key(STANDARD_ALONE, s + 1);
    }

    /** The V5 features of the standard: with the character before, after, and the trigram around it. */
    private static void moreStandardKeys(Padded padded, int j, long[] out, int at) {
        char[] p = padded.chars();
        long s = padded.standard();
        out[at] = key(STANDARD_BEFORE, s << 16 | p[j - 1]);
        out[at + 1] = key(STANDARD_AFTER, s << 16 | p[j + 1]);
        out[at + 2] = key(STANDARD_TRIGRAM + (int) s, three(p[j - 1], p[j], p[j + 1]));
    }

    /** The template of the hint at the position alone; its payload is the hint. */
    static final int HINT_TEMPLATE = 19;

    /** The template of the hints before, at and after the position ({@link #hintTrigram}). */
    static final int HINT_TRIGRAM_TEMPLATE = 20;

    /** Values a hint takes: a {@link NerTags} tag or {@link #NO_HINT}. */
    static final int HINT_VALUES = NerTags.COUNT + 1;

    /** The index of the payload of a {@link #HINT_TRIGRAM_TEMPLATE} feature, or -1 if it is none. */
    static int hintTrigram(long payload) {
        long a = payload >>> 32;
        long b = (payload >>> 16) & 0xFFFF;
        long c = payload & 0xFFFF;
        return a < HINT_VALUES && b < HINT_VALUES && c < HINT_VALUES
                ? hintTrigram((int) a, (int) b, (int) c)
                : -1;
    }

    static int hintTrigram(int before, int at, int after) {
        return (before * HINT_VALUES + at) * HINT_VALUES + after;
    }

    /** The template of the hint at a position with its char ({@link #hintWithChar}). */
    static final int HINT_CHAR_TEMPLATE = 21;

    /** The key of the feature that reads the hint at a position with its char. */
    static long hintWithChar(byte hint, char c) {
        return key(HINT_CHAR_TEMPLATE, two((char) hint, c));
    }

    /** The hint of a char of a text given without hints (the rules did not read it), not {@code O}. */
    static final byte NO_HINT = (byte) NerTags.COUNT;

    private static void hints(Padded padded, int j, long[] out, int at) {
        byte[] h = padded.hints();
        out[at] = key(HINT_TEMPLATE, h[j]);
        out[at + 1] =
                key(HINT_TRIGRAM_TEMPLATE, three((char) h[j - 1], (char) h[j], (char) h[j + 1]));
        out[at + 2] = hintWithChar(h[j], padded.chars()[j]);
    }

    /**
     * The folded text with sentinels either side, the class of each of its chars and the rules' hint at
     * each ({@link NerTags} tag of the rules' names, {@code O} where they found none and on the sentinels).
     */
    record Padded(char[] chars, byte[] kinds, byte[] hints, int standard) {}

    /** The folded text with sentinels either side, no hints. */
    static Padded pad(CharSequence text) {
        return pad(text, null);
    }

    /**
     * The folded text with sentinels either side.
     *
     * @param hints the rules' tag of each char, or null when the rules did not read the text ({@link
     *              #NO_HINT})
     */
    static Padded pad(CharSequence text, byte[] hints) {
        return pad(text, hints, 0);
    }

    /**
     * The folded text with sentinels either side, for templates that read the annotation standard.
     *
     * @param standard the standard of the text, {@code 0 <= standard < }{@link #STANDARDS}
     */
    static Padded pad(CharSequence text, byte[] hints, int standard) {
        int n = text.length();
        char[] p = new char[n + 2 * PAD];
        Arrays.fill(p, 0, PAD, BOS);
        Arrays.fill(p, n + PAD, n + 2 * PAD, EOS);
        for (int i = 0; i < n; i++) {
            p[i + PAD] = fold(text.charAt(i));
        }
        byte[] k = new byte[p.length];
        for (int i = 0; i < p.length; i++) {
            k[i] = (byte) kind(p[i]);
        }
        byte[] h = new byte[p.length];
        if (hints != null) {
            System.arraycopy(hints, 0, h, PAD, n);
        } else {
            Arrays.fill(h, PAD, n + PAD, NO_HINT);
        }
        return new Padded(p, k, h, standard);
    }

    static long key(int template, long payload) {
        return ((long) template << 48) | payload;
    }

    private static long two(char a, char b) {
        return ((long) a << 16) | b;
    }

    private static long three(char a, char b, char c) {
        return ((long) a << 32) | ((long) b << 16) | c;
    }

    private static long four(char a, char b, char c, char d) {
        long h = ((long) a << 48) | ((long) b << 32) | ((long) c << 16) | d;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h & 0xFFFF_FFFF_FFFFL;
    }

    /** Writes the {@link #count} features of text position {@code i} into {@code out}. */
    void extract(Padded padded, int i, long[] out) {
        char[] p = padded.chars();
        byte[] k = padded.kinds();
        int j = i + PAD;
        char m2 = p[j - 2];
        char m1 = p[j - 1];
        char c0 = p[j];
        char p1 = p[j + 1];
        char p2 = p[j + 2];
        out[0] = key(1, m2);
        out[1] = key(2, m1);
        out[2] = key(3, c0);
        out[3] = key(4, p1);
        out[4] = key(5, p2);
        out[5] = key(6, two(m2, m1));
        out[6] = key(7, two(m1, c0));
        out[7] = key(8, two(c0, p1));
        out[8] = key(9, two(p1, p2));
        out[9] = key(10, three(m1, c0, p1));
        out[10] = key(11, three(m2, m1, c0));
        out[11] = key(12, three(c0, p1, p2));
        out[12] = key(CLASS_TEMPLATE, classPattern(k, j));
        if (hinted) {
            hints(padded, j, out, 13);
        }
        if (standards) {
            standardKeys(padded, j, out, 16);
            if (count > V4.count) {
                moreStandardKeys(padded, j, out, 21);
            }
        }
        if (wide) {
            out[13] = key(14, p[j - 3]);
            out[14] = key(15, p[j + 3]);
            out[15] = key(16, two(m1, p1));
            out[16] = key(17, four(m1, c0, p1, p2));
            out[17] = key(18, four(m2, m1, c0, p1));
        }
    }
}
