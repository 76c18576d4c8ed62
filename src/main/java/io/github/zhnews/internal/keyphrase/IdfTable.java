package io.github.zhnews.internal.keyphrase;

import io.github.zhnews.internal.resources.ModelResources;
import io.github.zhnews.internal.resources.ResourceException;
import io.github.zhnews.internal.resources.WordLists;
import java.util.Arrays;

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

    /**
     * @param text   the characters the words are taken from
     * @param starts where each of the {@code n} words starts in {@code text}
     * @param ends   where each ends
     * @param values the IDF of each
     */
    private IdfTable(char[] text, int[] starts, int[] ends, float[] values, int n) {
        int slots = Integer.highestOneBit(Math.max(4, n + n / 2)) << 1;
        this.mask = slots - 1;
        this.shift = 32 - Integer.numberOfTrailingZeros(slots);
        this.table = new int[slots * SLOT];
        int chars = 0;
        for (int i = 0; i < n; i++) {
            chars += ends[i] - starts[i];
        }
        this.pool = new char[chars];
        int at = 0;
        float max = 0;
        int l = 0;
        for (int i = 0; i < n; i++) {
            int len = ends[i] - starts[i];
            int h = 0;
            for (int k = starts[i]; k < ends[i]; k++) {
                h = 31 * h + text[k]; // String.hashCode
            }
            int s = slot(h);
            while (table[s * SLOT + 2] != 0) {
                s = (s + 1) & mask;
            }
            System.arraycopy(text, starts[i], pool, at, len);
            table[s * SLOT] = h;
            table[s * SLOT + 1] = at;
            table[s * SLOT + 2] = len;
            table[s * SLOT + 3] = Float.floatToIntBits(values[i]);
            at += len;
            max = Math.max(max, values[i]);
            l = Math.max(l, len);
        }
        this.unknown = max;
        this.longest = l;
        this.size = n;
    }

    /** The table bundled with zhnews, loaded on first use. */
    public static IdfTable bundled() {
        return BUNDLED.get();
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

    private static final WordLists.Lazy<IdfTable> BUNDLED =
            new WordLists.Lazy<>(() -> load("idf.tsv.gz"));

    /**
     * Reads a {@code word<TAB>idf} file (blank and {@code #} lines skipped, as {@link ModelResources#lines}
     * reads them) straight from its text: the file's lines are not kept (270,000 of them held about 17 MB), and
     * the few hundred distinct values (two decimals) are each parsed once.
     */
    static IdfTable load(String model) {
        // scanned as an array: String.charAt checks its index each time, and in a cold JVM this
        // was most of the time to read the table
        char[] text = ModelResources.text(model).toCharArray();
        int[] starts = new int[1 << 16];
        int[] ends = new int[1 << 16];
        float[] values = new float[1 << 16];
        float[] byCents =
                new float[100_000]; // 0 = not parsed yet; a value 0.00 is parsed each time
        int n = 0;
        int at = 0;
        while (at < text.length) {
            int end = at;
            while (end < text.length && text[end] != '\n') {
                end++;
            }
            int a = at;
            int b = end;
            at = end + 1;
            while (a < b && Character.isWhitespace(text[a])) {
                a++;
            }
            while (b > a && Character.isWhitespace(text[b - 1])) {
                b--;
            }
            if (a == b || text[a] == '#') {
                continue;
            }
            int tab = a;
            while (tab < b && text[tab] != '\t') {
                tab++;
            }
            if (tab == b) {
                throw new ResourceException(
                        "zhnews model file 'models/"
                                + model
                                + "': no tab in line '"
                                + new String(text, a, b - a)
                                + "'");
            }
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
            }
            starts[n] = a;
            ends[n] = tab;
            try {
                values[n++] = value(text, tab + 1, b, byCents);
            } catch (NumberFormatException e) {
                throw new ResourceException(
                        "zhnews model file 'models/"
                                + model
                                + "': no number after the tab in line '"
                                + new String(text, a, b - a)
                                + "'");
            }
            if (!Float.isFinite(values[n - 1]) || values[n - 1] < 0) {
                throw new ResourceException(
                        "zhnews model file 'models/"
                                + model
                                + "': the IDF in line '"
                                + new String(text, a, b - a)
                                + "' is not a number of zero or more");
            }
        }
        return new IdfTable(text, starts, ends, values, n);
    }

    /** The number written in {@code text[from, to)}; plain decimals of up to two places are parsed once each. */
    private static float value(char[] text, int from, int to, float[] byCents) {
        int cents = 0;
        int places = -1;
        int k = from;
        for (; k < to && cents < byCents.length; k++) {
            char c = text[k];
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
            return Float.parseFloat(new String(text, from, to - from));
        }
        if (byCents[cents] == 0) {
            byCents[cents] = Float.parseFloat(new String(text, from, to - from));
        }
        return byCents[cents];
    }
}
