package io.github.zhnews.entity.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of the sequence labeller: for each known feature a row of {@link NerTags#COUNT} emission
 * weights, and the tag-to-tag transition weights, all as integers (the trained weights times a scale).
 * Immutable once read; share one instance.
 *
 * <p>File format (gzip): the UTF strings {@code zhnews-ner} and the feature version, the tag count, the
 * feature count, the sorted feature keys as delta varints, each row's weights as zig-zag varints, the
 * {@code (tags + 1) x tags} transition weights (the last row: from the start), and the UTF string {@code end}.
 * gzip's own checksum catches a damaged file.
 */
public final class NerModel {
    private static final String MAGIC = "zhnews-ner";
    private static final String TRAILER = "end";
    static final int T = NerTags.COUNT;

    /** Shorts per slot of {@link #table}: two for the fingerprint, {@link #T} weights, one unused. */
    private static final int STRIDE = 16;

    private final NerFeatures features;
    private final int size;
    private final int mask;
    /**
     * The open-addressing feature table, {@link #STRIDE} shorts a slot: the key's 32-bit fingerprint (never 0;
     * 0 marks an empty slot) in the first two, then its row of weights. The weights sit beside the
     * fingerprint, so that a lookup costs one cache miss, not two.
     */
    private final short[] table;
    private final long[] sortedKeys;
    private final int[] transitions;

    /**
     * @param keys        sorted, distinct, non-zero feature keys
     * @param weights     {@code keys.length * T} emission weights, row by row
     * @param transitions {@code (T + 1) * T} transition weights, the last row from the start
     */
    NerModel(NerFeatures features, long[] keys, short[] weights, int[] transitions) {
        this.features = features;
        if (weights.length != keys.length * T || transitions.length != (T + 1) * T) {
            throw new IllegalArgumentException("weights do not fit the features");
        }
        this.size = keys.length;
        int cap = Integer.highestOneBit(Math.max(16, size + size / 3)) << 1;
        this.mask = cap - 1;
        this.table = new short[cap * STRIDE];
        this.sortedKeys = keys;
        this.transitions = transitions;
        for (int r = 0; r < keys.length; r++) {
            long h = mix(keys[r]);
            int slot = (int) h & mask;
            int fp = fingerprint(h);
            while (fingerprintAt(slot) != 0) {
                if (fingerprintAt(slot) == fp) {
                    throw new IllegalArgumentException("two features share a fingerprint");
                }
                slot = (slot + 1) & mask;
            }
            int base = slot * STRIDE;
            table[base] = (short) (fp >>> 16);
            table[base + 1] = (short) fp;
            System.arraycopy(weights, r * T, table, base + 2, T);
        }
    }

    private int fingerprintAt(int slot) {
        int base = slot * STRIDE;
        return (table[base] << 16) | (table[base + 1] & 0xFFFF);
    }

    private static long mix(long key) {
        key ^= key >>> 33;
        key *= 0xff51afd7ed558ccdL;
        key ^= key >>> 33;
        key *= 0xc4ceb9fe1a85ec53L;
        key ^= key >>> 33;
        return key;
    }

    private static int fingerprint(long h) {
        int fp = (int) (h >>> 32);
        return fp == 0 ? 1 : fp;
    }

    /** The index in {@link #table()} of the feature's first weight, or -1 when the model does not know it. */
    int row(long key) {
        long h = mix(key);
        int slot = (int) h & mask;
        int fp = fingerprint(h);
        short hi = (short) (fp >>> 16);
        short lo = (short) fp;
        while (true) {
            int base = slot * STRIDE;
            short a = table[base];
            short b = table[base + 1];
            if (a == hi && b == lo) {
                return base + 2;
            }
            if (a == 0 && b == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    NerFeatures featureSet() {
        return features;
    }

    short[] table() {
        return table;
    }

    int[] transitions() {
        return transitions;
    }

    /** Number of features with weights. */
    public int features() {
        return size;
    }

    /** Writes the model (deterministic bytes for equal models). */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        d.writeUTF(MAGIC);
        d.writeUTF(features.version);
        d.writeInt(T);
        d.writeInt(size);
        long prev = 0;
        for (long k : sortedKeys) {
            writeVarLong(d, k - prev);
            prev = k;
        }
        for (long k : sortedKeys) {
            int at = row(k);
            for (int t = 0; t < T; t++) {
                writeVarLong(d, zigzag(table[at + t]));
            }
        }
        for (int t : transitions) {
            writeVarLong(d, zigzag(t));
        }
        d.writeUTF(TRAILER);
        d.flush();
        gz.finish();
        out.flush();
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws IOException when the stream is not such a model, is truncated or damaged
     */
    public static NerModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (!MAGIC.equals(d.readUTF())) {
            throw new IOException("not a zhnews NER model");
        }
        String version = d.readUTF();
        NerFeatures features = NerFeatures.of(version);
        if (features == null) {
            throw new IOException("model features are '" + version + "', which this zhnews does not compute");
        }
        int tags = d.readInt();
        int n = d.readInt();
        if (tags != T || n < 0 || n > Integer.MAX_VALUE / T) {
            throw new IOException("bad model header: " + tags + " tags, " + n + " features");
        }
        long[] keys = new long[n];
        long prev = 0;
        for (int i = 0; i < n; i++) {
            long delta = readVarLong(d);
            if (delta <= 0) {
                throw new IOException("feature keys out of order at " + i);
            }
            prev += delta;
            keys[i] = prev;
        }
        short[] weights = new short[n * T];
        for (int i = 0; i < weights.length; i++) {
            long v = unzigzag(readVarLong(d));
            if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
                throw new IOException("weight out of range at " + i);
            }
            weights[i] = (short) v;
        }
        int[] transitions = new int[(T + 1) * T];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = (int) unzigzag(readVarLong(d));
        }
        if (!TRAILER.equals(d.readUTF())) {
            throw new IOException("model file has no end mark");
        }
        if (d.read() != -1) { // also makes gzip check its CRC
            throw new IOException("bytes after the end of the model");
        }
        try {
            return new NerModel(features, keys, weights, transitions);
        } catch (IllegalArgumentException e) {
            throw new IOException("inconsistent model: " + e.getMessage(), e);
        }
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static void writeVarLong(DataOutputStream d, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            d.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        d.write((int) v);
    }

    private static long readVarLong(DataInputStream d) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = d.read();
            if (b < 0) {
                throw new EOFException("model file is truncated");
            }
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("bad number in model file");
    }
}
