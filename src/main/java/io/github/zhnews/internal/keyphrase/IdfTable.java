package io.github.zhnews.internal.keyphrase;

import io.github.zhnews.internal.resources.ModelResources;
import io.github.zhnews.internal.resources.ResourceException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Inverse document frequencies of Chinese words ({@code models/idf.tsv.gz}, see models/README.md for
 * provenance). An open-addressing hash table in flat arrays: each slot holds the word's hash, where its
 * characters start in one shared character pool, its length and its IDF, side by side, so that a look-up
 * touches one slot and the few characters it compares (a key phrase pass looks up every candidate, and
 * chasing a {@code String} per probe cost more than the rest of the pass). Immutable and shared.
 */
public final class IdfTable {
    /** Ints per slot: hash, start in {@link #pool}, length (0 = empty slot), IDF as float bits. */
    private static final int SLOT = 4;

    private final char[] pool;

    /** {@link #SLOT} ints per slot; a power-of-two number of slots. */
    private final int[] table;

    private final int mask;
    private final int shift;
    private final float unknown;
    private final int longest;
    private final int size;

    /** @param values at least {@code words.length} IDFs, one for each word */
    private IdfTable(String[] words, float[] values) {
        int slots = Integer.highestOneBit(Math.max(4, words.length + words.length / 2)) << 1;
        this.mask = slots - 1;
        this.shift = 32 - Integer.numberOfTrailingZeros(slots);
        this.table = new int[slots * SLOT];
        int chars = 0;
        for (String w : words) {
            chars += w.length();
        }
        this.pool = new char[chars];
        int at = 0;
        float max = 0;
        int l = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            int h = w.hashCode();
            int s = slot(h);
            while (table[s * SLOT + 2] != 0) {
                s = (s + 1) & mask;
            }
            w.getChars(0, w.length(), pool, at);
            table[s * SLOT] = h;
            table[s * SLOT + 1] = at;
            table[s * SLOT + 2] = w.length();
            table[s * SLOT + 3] = Float.floatToIntBits(values[i]);
            at += w.length();
            max = Math.max(max, values[i]);
            l = Math.max(l, w.length());
        }
        this.unknown = max;
        this.longest = l;
        this.size = words.length;
    }

    /** The table bundled with zhnews, loaded on first use. */
    public static IdfTable bundled() {
        return Holder.BUNDLED;
    }

    /** The IDF of a word; words not in the table are taken as rare and get the table's highest value. */
    public double idf(String word) {
        int p = find(word);
        return p >= 0 ? Float.intBitsToFloat(table[p + 3]) : unknown;
    }

    /**
     * {@link #idf(String)} of each word. The words' slots and characters are first read all together, so that
     * the processor overlaps their cache misses, and then looked up.
     */
    public double[] idf(String[] words) {
        int touched = 0;
        for (String w : words) {
            int p = slot(w.hashCode()) * SLOT;
            if (table[p + 2] == w.length() && w.length() > 0) {
                touched ^= pool[table[p + 1]];
            }
        }
        double[] out = new double[words.length];
        for (int k = 0; k < words.length; k++) {
            out[k] = idf(words[k]);
        }
        sink = touched;
        return out;
    }

    /** Where {@link #idf(String[])} leaves what it read ahead, so that the reads are not left out. */
    @SuppressWarnings("unused")
    private static int sink;

    /** The IDF of a word the table knows, or NaN: one look-up for {@link #contains} and {@link #idf} together. */
    public double known(String word) {
        int p = find(word);
        return p >= 0 ? Float.intBitsToFloat(table[p + 3]) : Double.NaN;
    }

    /**
     * The IDF of the word {@code text[from, to)} if the table knows it, or NaN; the same as
     * {@code known(text.subSequence(from, to).toString())} without making the string.
     */
    public double known(CharSequence text, int from, int to) {
        int n = to - from;
        if (n <= 0 || n > longest) {
            return Double.NaN;
        }
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i); // String.hashCode
        }
        for (int s = slot(h); ; s = (s + 1) & mask) {
            int p = s * SLOT;
            int len = table[p + 2];
            if (len == 0) {
                return Double.NaN;
            }
            if (table[p] == h && len == n && sameChars(text, from, table[p + 1], n)) {
                return Float.intBitsToFloat(table[p + 3]);
            }
        }
    }

    /** Whether the word is in the table. */
    public boolean contains(String word) {
        return find(word) >= 0;
    }

    /** The length of the longest word of the table, in chars. */
    public int longest() {
        return longest;
    }

    /** The highest IDF of the table, which unknown words get. */
    public double max() {
        return unknown;
    }

    /** The index in {@link #table} of the word's slot, or -1. */
    private int find(String word) {
        int n = word.length();
        if (n == 0 || n > longest) {
            return -1;
        }
        int h = word.hashCode();
        for (int s = slot(h); ; s = (s + 1) & mask) {
            int p = s * SLOT;
            int len = table[p + 2];
            if (len == 0) {
                return -1;
            }
            if (table[p] == h && len == n && sameChars(word, table[p + 1])) {
                return p;
            }
        }
    }

    private boolean sameChars(CharSequence text, int from, int start, int n) {
        for (int i = 0; i < n; i++) {
            if (pool[start + i] != text.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameChars(String word, int start) {
        for (int i = 0; i < word.length(); i++) {
            if (pool[start + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Fibonacci hashing: the high bits of the product, which depend on every bit of the hash. */
    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    public int size() {
        return size;
    }

    private static final class Holder {
        static final IdfTable BUNDLED = load("idf.tsv.gz");
    }

    /**
     * Reads a {@code word<TAB>idf} file (blank and {@code #} lines skipped, as {@link ModelResources#lines}
     * reads them) straight from its text: the file's lines are not kept (270,000 of them held about 17 MB), and
     * the few hundred distinct values (two decimals) are each parsed once.
     */
    static IdfTable load(String model) {
        String text = ModelResources.text(model);
        List<String> words = new ArrayList<>();
        float[] values = new float[1 << 16];
        float[] byCents =
                new float[100_000]; // 0 = not parsed yet; a value 0.00 is parsed each time
        int n = 0;
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            if (end < 0) {
                end = text.length();
            }
            int a = at;
            int b = end;
            at = end + 1;
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (a == b || text.charAt(a) == '#') {
                continue;
            }
            int tab = text.indexOf('\t', a);
            if (tab < 0 || tab >= b) {
                throw new ResourceException(
                        "zhnews model file 'models/"
                                + model
                                + "': no tab in line '"
                                + text.substring(a, b)
                                + "'");
            }
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            words.add(text.substring(a, tab));
            values[n++] = value(text, tab + 1, b, byCents);
        }
        return new IdfTable(words.toArray(new String[0]), values);
    }

    /** The number written in {@code text[from, to)}; plain decimals of up to two places are parsed once each. */
    private static float value(String text, int from, int to, float[] byCents) {
        int cents = 0;
        int places = -1;
        int k = from;
        for (; k < to && cents < byCents.length; k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9' && places < 2) {
                cents = cents * 10 + (c - '0');
                places += places >= 0 ? 1 : 0;
            } else if (c == '.' && places < 0 && k > from) {
                places = 0;
            } else {
                break;
            }
        }
        cents *= places <= 0 ? 100 : places == 1 ? 10 : 1;
        if (k < to || places == 0 || cents >= byCents.length) {
            return Float.parseFloat(text.substring(from, to));
        }
        if (byCents[cents] == 0) {
            byCents[cents] = Float.parseFloat(text.substring(from, to));
        }
        return byCents[cents];
    }
}
