package io.github.zhnews.internal.entity.ner;

import java.util.Arrays;

/**
 * The weights of the window templates regrouped by character n-gram, for speed: one row per distinct
 * unigram, bigram or trigram holds the weights of every template that reads it, at every offset (the bigram
 * 北京 as 北京 before, at and after the character). Tagging then looks up each n-gram of the text once, about
 * three lookups a character instead of twelve; the sums are the same integers, so the tags are the same.
 * An open-addressing index of {@code long}s (a 32-bit fingerprint of the n-gram beside its row number) finds
 * a row; the rows lie packed in one {@code short[]}. A text's n-grams are all looked up first and their rows
 * added after ({@link #find}, {@link #add}), so that the processor overlaps the cache misses of independent
 * lookups instead of waiting for each. Immutable.
 */
final class NgramTable {
    private static final int T = NerTags.COUNT;

    /** Offsets covered per n-gram length (index = length - 1): the first character relative to the position. */
    static final int[] LOWEST = {-3, -2, -2};

    static final int[] MEMBERS = {7, 4, 3};

    final int length;
    private final int members;
    private final int width;
    private final int cap;

    /** Per slot: fingerprint in the high 32 bits, row start in {@link #data} in the low; 0 = empty. */
    private final long[] index;

    private final short[] data;

    /**
     * @param payloads the distinct n-grams, row by row
     * @param data     {@code payloads.length} rows of {@code MEMBERS[length - 1] * T} weights
     */
    private NgramTable(int length, long[] payloads, short[] data) {
        this.length = length;
        this.members = MEMBERS[length - 1];
        this.width = members * T;
        int n = payloads.length;
        // half full: looking up an n-gram the model lacks, the commonest case, ends after about
        // 2.5 slots (8.5 when three quarters full)
        this.cap = Math.max(16, 2 * n);
        this.index = new long[cap];
        this.data = data;
        for (int r = 0; r < n; r++) {
            long h = mix(payloads[r]);
            int slot = slot(h);
            long fp = fingerprint(h);
            while (index[slot] != 0) {
                if (index[slot] >>> 32 == fp) {
                    throw new IllegalArgumentException("two n-grams share a fingerprint");
                }
                slot = slot + 1 == cap ? 0 : slot + 1;
            }
            index[slot] = fp << 32 | (long) r * width;
        }
    }

    /**
     * The n-gram tables of a model: entry {@code k} for n-grams of length {@code k + 1}; the templates that
     * read no n-gram of the window (character classes, the wider ones) are left to the model's other tables
     * ({@link NerModel#otherRow}).
     *
     * @param weights {@code sortedKeys.length * T} weights, row by row in key order
     */
    static NgramTable[] of(long[] sortedKeys, short[] weights) {
        // the keys sort by template, then payload: each template's keys are one sorted run, and
        // merging the runs of the templates of one length gives its distinct n-grams in order, row
        // by row, with no lookups (a hash map of them was most of the time to read the model)
        int[] rows = new int[sortedKeys.length]; // each key's row
        long[][] payloads = new long[3][];
        int[] counts = new int[3];
        int[][] runs = new int[3][2 * 8]; // per length: [start, end) of each template's run
        int[] runCount = new int[3];
        for (int i = 0; i < sortedKeys.length; ) {
            int template = (int) (sortedKeys[i] >>> 48);
            int j = i + 1;
            while (j < sortedKeys.length && (int) (sortedKeys[j] >>> 48) == template) {
                j++;
            }
            int len = NerFeatures.gramLength(template);
            if (len > 0) {
                int g = len - 1;
                runs[g][2 * runCount[g]] = i;
                runs[g][2 * runCount[g] + 1] = j;
                runCount[g]++;
            }
            i = j;
        }
        for (int g = 0; g < 3; g++) {
            int k = runCount[g];
            int[] at = new int[k];
            int total = 0;
            for (int q = 0; q < k; q++) {
                at[q] = runs[g][2 * q];
                total += runs[g][2 * q + 1] - at[q];
            }
            long[] distinct = new long[total];
            int r = 0;
            while (true) {
                long least = Long.MAX_VALUE;
                for (int q = 0; q < k; q++) {
                    if (at[q] < runs[g][2 * q + 1]) {
                        least = Math.min(least, sortedKeys[at[q]] & 0xFFFF_FFFF_FFFFL);
                    }
                }
                if (least == Long.MAX_VALUE) {
                    break;
                }
                for (int q = 0; q < k; q++) {
                    if (at[q] < runs[g][2 * q + 1]
                            && (sortedKeys[at[q]] & 0xFFFF_FFFF_FFFFL) == least) {
                        rows[at[q]++] = r;
                    }
                }
                distinct[r++] = least;
            }
            payloads[g] = distinct;
            counts[g] = r;
        }
        short[][] data = new short[3][];
        for (int g = 0; g < 3; g++) {
            data[g] = new short[counts[g] * MEMBERS[g] * T];
        }
        for (int i = 0; i < sortedKeys.length; i++) {
            long key = sortedKeys[i];
            int template = (int) (key >>> 48);
            int len = NerFeatures.gramLength(template);
            if (len == 0) {
                continue;
            }
            int g = len - 1;
            int member = NerFeatures.firstOffset(template) - LOWEST[g];
            System.arraycopy(weights, i * T, data[g], (rows[i] * MEMBERS[g] + member) * T, T);
        }
        NgramTable[] out = new NgramTable[3];
        for (int g = 0; g < 3; g++) {
            out[g] = new NgramTable(g + 1, Arrays.copyOf(payloads[g], counts[g]), data[g]);
        }
        return out;
    }

    private static long mix(long key) {
        key ^= key >>> 31;
        key *= 0x9E3779B97F4A7C15L;
        key ^= key >>> 29;
        key *= 0xBF58476D1CE4E5B9L;
        key ^= key >>> 32;
        return key;
    }

    private int slot(long h) {
        return (int) (((h >>> 32) * cap) >>> 32);
    }

    private static long fingerprint(long h) {
        long fp = h & 0xFFFF_FFFFL;
        return fp == 0 ? 1 : fp;
    }

    /**
     * Where the weights of an n-gram start in the rows, or -1 when the model has none.
     *
     * @param payload the n-gram's characters as {@link NerFeatures} packs them
     */
    int find(long payload) {
        long h = mix(payload);
        int slot = slot(h);
        long fp = fingerprint(h);
        while (true) {
            long e = index[slot];
            if (e >>> 32 == fp) {
                return (int) e;
            }
            if (e == 0) {
                return -1;
            }
            slot = slot + 1 == cap ? 0 : slot + 1;
        }
    }

    /**
     * Reads the first and last weight of a row ({@link #find}) and returns them mixed: the tagger calls it as it
     * finds the rows, so that their cache lines are on their way before {@link #add} needs them.
     */
    int touch(int row) {
        return data[row] ^ data[row + width - 1];
    }

    /**
     * Adds the weights of one n-gram ({@link #find}) to the positions it is read at.
     *
     * @param row   the n-gram's row, from {@link #find}
     * @param first text position whose window starts its {@link #LOWEST} offset at the n-gram
     */
    void add(int row, int first, int[] em, int n) {
        // member m: the template whose first character sits at offset LOWEST + m from its position
        int from = Math.max(0, first - n + 1);
        int to = Math.min(members - 1, first);
        for (int m = from; m <= to; m++) {
            int e = (first - m) * T;
            int src = row + m * T;
            for (int t = 0; t < T; t++) {
                em[e + t] += data[src + t];
            }
        }
    }
}
