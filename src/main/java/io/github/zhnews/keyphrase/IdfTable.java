package io.github.zhnews.keyphrase;

import io.github.zhnews.io.ModelResources;

import java.util.Arrays;
import java.util.List;

/**
 * Inverse document frequencies of Chinese words ({@code models/idf.tsv.gz}, see models/README.md for
 * provenance). Stored as sorted arrays with an open-addressing hash index over them, to keep the heap small
 * and look-ups fast (a key phrase pass looks up every candidate); immutable and shared.
 */
public final class IdfTable {
    private final String[] words;
    private final float[] values;
    private final float unknown;
    /** Slot to index into {@link #words} plus one; 0 is an empty slot. Power-of-two length. */
    private final int[] slots;
    /** The hash of the word in each slot, so that a probe rarely has to look at the word itself. */
    private final int[] hashes;
    private final int shift;
    private final int longest;

    private IdfTable(String[] words, float[] values) {
        this.words = words;
        this.values = values;
        int size = Integer.highestOneBit(Math.max(4, words.length + words.length / 2)) << 1;
        this.slots = new int[size];
        this.hashes = new int[size];
        this.shift = 32 - Integer.numberOfTrailingZeros(size);
        for (int i = 0; i < words.length; i++) {
            int s = slot(words[i].hashCode());
            while (slots[s] != 0) {
                s = (s + 1) & (size - 1);
            }
            slots[s] = i + 1;
            hashes[s] = words[i].hashCode();
        }
        float max = 0;
        for (float v : values) {
            max = Math.max(max, v);
        }
        this.unknown = max;
        int l = 0;
        for (String w : words) {
            l = Math.max(l, w.length());
        }
        this.longest = l;
    }

    /** The table bundled with zhnews, loaded on first use. */
    public static IdfTable bundled() {
        return Holder.BUNDLED;
    }

    /** The IDF of a word; words not in the table are taken as rare and get the table's highest value. */
    public double idf(String word) {
        int i = indexOf(word);
        return i >= 0 ? values[i] : unknown;
    }

    /** The IDF of a word the table knows, or NaN: one look-up for {@link #contains} and {@link #idf} together. */
    public double known(String word) {
        int i = indexOf(word);
        return i >= 0 ? values[i] : Double.NaN;
    }

    /** Whether the word is in the table. */
    public boolean contains(String word) {
        return indexOf(word) >= 0;
    }

    /** The length of the longest word of the table, in chars. */
    public int longest() {
        return longest;
    }

    /** The highest IDF of the table, which unknown words get. */
    public double max() {
        return unknown;
    }

    private int indexOf(String word) {
        int mask = slots.length - 1;
        int h = word.hashCode();
        for (int s = slot(h); slots[s] != 0; s = (s + 1) & mask) {
            if (hashes[s] == h && words[slots[s] - 1].equals(word)) {
                return slots[s] - 1;
            }
        }
        return -1;
    }

    /** Fibonacci hashing: the high bits of the product, which depend on every bit of the hash. */
    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    public int size() {
        return words.length;
    }

    private static final class Holder {
        static final IdfTable BUNDLED = load("idf.tsv.gz");
    }

    static IdfTable load(String model) {
        List<String> lines = ModelResources.lines(model);
        String[][] rows = new String[lines.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = lines.get(i).split("\t");
        }
        Arrays.sort(rows, (a, b) -> a[0].compareTo(b[0]));
        String[] w = new String[rows.length];
        float[] v = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            w[i] = rows[i][0];
            v[i] = Float.parseFloat(rows[i][1]);
        }
        return new IdfTable(w, v);
    }
}
