package io.github.zhnews.internal.entity.ner;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of the sequence labeller: for each known feature a row of {@link NerTags#COUNT} emission
 * weights, and the tag-to-tag transition weights, all as integers (the trained weights times a scale). For
 * tagging, the window templates' rows are regrouped by n-gram ({@link NgramTable}) and the character-class
 * rows indexed by pattern. Immutable once read; share one instance.
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

    private final NerFeatures features;

    /** The feature keys in order, or null in a model read for tagging only. */
    private final long[] sortedKeys;

    /** {@code sortedKeys.length * T} emission weights, row by row in key order, or null as the keys. */
    private final short[] weights;

    private final int featureCount;

    private final int[] transitions;
    private final NgramTable[] grams;
    private final short[] classes;

    /** The weights of the hint templates, indexed directly by hint and by {@link NerFeatures#hintTrigram}. */
    private final short[] hints;

    private final short[] hintTrigrams;

    /**
     * Where each feature that neither {@link #grams} nor the direct tables hold starts in {@link
     * #otherWeights}, by key; those rows are copied together, so that reading them does not reach into the
     * whole table.
     */
    private final LongIntMap others;

    /**
     * The features of {@link NerFeatures#hintWithChar}, looked up directly: a number for each char they read
     * (0 for none) and, per hint value, the start of each char's row in {@link #otherWeights} (-1 for none).
     */
    private final char[] hintChars = new char[1 << 16];

    private final int[] hintCharRows;

    private final int hintCharWidth;

    private final short[] otherWeights;

    /**
     * @param keys        sorted, distinct, non-zero feature keys
     * @param weights     {@code keys.length * T} emission weights, row by row
     * @param transitions {@code (T + 1) * T} transition weights, the last row from the start
     */
    NerModel(NerFeatures features, long[] keys, short[] weights, int[] transitions) {
        this(new Tables(features, keys, weights, transitions), false);
    }

    /**
     * @param lean whether to keep only the tables the tagger reads: the rows by key (the biggest part, which
     *             the n-gram tables hold again) are left out, and such a model can be neither written nor
     *             folded for a standard
     */
    private NerModel(Tables tables, boolean lean) {
        NerFeatures features = tables.features();
        long[] keys = tables.keys();
        short[] weights = tables.weights();
        int[] transitions = tables.transitions();
        this.features = features;
        if (weights.length != keys.length * T || transitions.length != (T + 1) * T) {
            throw new IllegalArgumentException("weights do not fit the features");
        }
        for (int i = 1; i < keys.length; i++) {
            if (keys[i] <= keys[i - 1]) {
                throw new IllegalArgumentException("feature keys out of order");
            }
        }
        this.sortedKeys = lean ? null : keys;
        this.weights = lean ? null : weights;
        this.featureCount = keys.length;
        this.transitions = transitions;
        this.grams = NgramTable.of(keys, weights);
        this.classes = new short[NerFeatures.CLASS_PATTERNS * T];
        this.hints = new short[NerFeatures.HINT_VALUES * T];
        int h = NerFeatures.HINT_VALUES;
        this.hintTrigrams = new short[h * h * h * T];
        this.others = new LongIntMap(1 << 10);
        short[] other = new short[1 << 10];
        int otherLength = 0;
        int distinctChars = 0;
        for (int i = 0; i < keys.length; i++) {
            long k = keys[i];
            int template = (int) (k >>> 48);
            long payload = k & 0xFFFF_FFFF_FFFFL;
            int direct = -1;
            short[] table = null;
            if (template == NerFeatures.CLASS_TEMPLATE) {
                table = classes;
                direct = (int) payload;
            } else if (template == NerFeatures.HINT_TEMPLATE && payload < h) {
                table = hints;
                direct = (int) payload;
            } else if (template == NerFeatures.HINT_TRIGRAM_TEMPLATE) {
                table = hintTrigrams;
                direct = NerFeatures.hintTrigram(payload);
            }
            if (direct >= 0) {
                System.arraycopy(weights, i * T, table, direct * T, T);
            } else if (template == NerFeatures.HINT_CHAR_TEMPLATE) {
                char c = (char) payload;
                if (hintChars[c] == 0) {
                    hintChars[c] = (char) ++distinctChars;
                }
            }
            if (direct < 0 && NerFeatures.gramLength(template) == 0) {
                if (otherLength + T > other.length) {
                    other = java.util.Arrays.copyOf(other, other.length * 2);
                }
                System.arraycopy(weights, i * T, other, otherLength, T);
                others.put(k, otherLength);
                otherLength += T;
            }
        }
        this.otherWeights = java.util.Arrays.copyOf(other, otherLength);
        this.hintCharWidth = distinctChars + 1;
        this.hintCharRows = new int[NerFeatures.HINT_VALUES * hintCharWidth];
        java.util.Arrays.fill(hintCharRows, -1);
        for (long k : keys) {
            long payload = k & 0xFFFF_FFFF_FFFFL;
            long hint = payload >>> 16;
            if ((k >>> 48) == NerFeatures.HINT_CHAR_TEMPLATE && hint < NerFeatures.HINT_VALUES) {
                hintCharRows[(int) hint * hintCharWidth + hintChars[(char) payload]] =
                        others.get(k);
            }
        }
    }

    /** The weights of the character-class template, indexed directly by its pattern. */
    short[] classes() {
        return classes;
    }

    NgramTable[] grams() {
        return grams;
    }

    /**
     * The index in {@link #table()} of the feature's first weight, or -1 when the model does not know it (a
     * binary search: the tagger looks up the window n-grams and character classes in their own tables).
     */
    int row(long key) {
        int r = java.util.Arrays.binarySearch(full().sortedKeys, key);
        return r < 0 ? -1 : r * T;
    }

    /** The weights of each hint, {@code T} per value ({@link NerFeatures#HINT_TEMPLATE}). */
    short[] hints() {
        return hints;
    }

    /** The weights of each run of three hints, {@code T} per {@link NerFeatures#hintTrigram}. */
    short[] hintTrigrams() {
        return hintTrigrams;
    }

    /**
     * Where the weights of a feature of {@link NerFeatures#extractOther} or {@link NerFeatures#hintWithChar}
     * start in {@link #otherWeights()}, or -1 when the model does not know it (by hash: the tagger asks at
     * every character).
     */
    int otherRow(long key) {
        return others.get(key);
    }

    /**
     * {@link #otherRow} of {@link NerFeatures#hintWithChar}{@code (hint, c)}, from direct tables (the tagger
     * asks at every character).
     */
    int hintCharRow(byte hint, char c) {
        int id = hintChars[c];
        return id == 0 || hint < 0 || hint >= NerFeatures.HINT_VALUES
                ? -1
                : hintCharRows[hint * hintCharWidth + id];
    }

    /** The rows of the features {@link #otherRow} finds. */
    short[] otherWeights() {
        return otherWeights;
    }

    NerFeatures featureSet() {
        return features;
    }

    short[] table() {
        return full().weights;
    }

    /** This model, when it keeps its rows by key. */
    private NerModel full() {
        if (sortedKeys == null) {
            throw new IllegalStateException("this model was read for tagging only");
        }
        return this;
    }

    int[] transitions() {
        return transitions;
    }

    /**
     * This model for text of one annotation standard: a model whose features read the standard ({@link
     * NerFeatures#V4}) becomes a {@link NerFeatures#V3} model, each standard feature's weights added to those
     * of the V3 feature read at the same place (the standard alone to the transitions into each tag), so
     * that it scores as this model does on text of that standard and tags as fast as a V3 model. A model
     * that reads no standard is returned as it is.
     *
     * @param standard {@code 0 <= standard < NerFeatures.STANDARDS}
     */
    public NerModel forStandard(int standard) {
        full();
        return new NerModel(
                fold(new Tables(features, sortedKeys, weights, transitions), standard), false);
    }

    /** A model's arrays, as read or folded, before its tables are built. */
    private record Tables(NerFeatures features, long[] keys, short[] weights, int[] transitions) {}

    private static Tables fold(Tables model, int standard) {
        NerFeatures features = model.features();
        long[] keys = model.keys();
        short[] weights = model.weights();
        if (!features.standards) {
            return model;
        }
        if (standard < 0 || standard >= NerFeatures.STANDARDS) {
            throw new IllegalArgumentException("no standard " + standard);
        }
        // keys sort by template, then payload: the V3 keys come first, then the standard templates'
        // keys
        int general = 0;
        while (general < keys.length && NerFeatures.generalOf(keys[general]) == null) {
            general++;
        }
        // the standard's keys, read in key order, give their plain keys in order for V4: its
        // standard templates follow the order of the plain ones (char, bigram before, after, hint)
        // and each packs the standard above the plain payload; V5's further templates (the
        // characters before and after, the trigram) read plain templates that come earlier, so
        // their keys are merged in by sortByKey
        long[] extra = new long[keys.length - general];
        int[] extraRow = new int[extra.length];
        int extras = 0;
        int[] tr = model.transitions().clone();
        for (int i = general; i < keys.length; i++) {
            long[] g = NerFeatures.generalOf(keys[i]);
            if (g == null || g[1] != standard) {
                continue;
            }
            if (g[0] == 0) { // the standard alone: into each tag from anywhere
                for (int from = 0; from <= T; from++) {
                    for (int t = 0; t < T; t++) {
                        tr[from * T + t] += weights[i * T + t];
                    }
                }
            } else {
                extraRow[extras] = i * T;
                extra[extras++] = g[0];
            }
        }
        sortByKey(extra, extraRow, extras);
        // features both plain and with the standard: one row each in the merged model
        int shared = 0;
        for (int a = 0, b = 0; a < general && b < extras; ) {
            if (keys[a] == extra[b]) {
                shared++;
            }
            if (keys[a] <= extra[b]) {
                a++;
            } else {
                b++;
            }
        }
        long[] out = new long[general + extras - shared];
        short[] w = new short[out.length * T];
        int a = 0;
        int b = 0;
        int r = 0;
        while (a < general || b < extras) {
            long ka = a < general ? keys[a] : Long.MAX_VALUE;
            long kb = b < extras ? extra[b] : Long.MAX_VALUE;
            out[r] = Math.min(ka, kb);
            int rowB = kb <= ka ? extraRow[b] : -1;
            for (int t = 0; t < T; t++) {
                int v = (ka <= kb ? weights[a * T + t] : 0) + (rowB >= 0 ? weights[rowB + t] : 0);
                w[r * T + t] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
            }
            if (ka <= kb) {
                a++;
            }
            if (kb <= ka) {
                b++;
            }
            r++;
        }
        return new Tables(NerFeatures.V3, out, w, tr);
    }

    /**
     * Sorts the first {@code n} keys with their rows; no key twice. They come as a few runs in order (one per
     * standard template that reads a plain template read earlier), merged pairwise.
     */
    private static void sortByKey(long[] keys, int[] rows, int n) {
        List<int[]> runs = new ArrayList<>(); // {from, to}
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && keys[to - 1] < keys[to]) {
                to++;
            }
            runs.add(new int[] {from, to});
            from = to;
        }
        long[] k2 = new long[n];
        int[] r2 = new int[n];
        while (runs.size() > 1) {
            List<int[]> merged = new ArrayList<>();
            for (int i = 0; i < runs.size(); i += 2) {
                if (i + 1 == runs.size()) {
                    int[] last = runs.get(i);
                    System.arraycopy(keys, last[0], k2, last[0], last[1] - last[0]);
                    System.arraycopy(rows, last[0], r2, last[0], last[1] - last[0]);
                    merged.add(last);
                    continue;
                }
                int[] x = runs.get(i);
                int[] y = runs.get(i + 1);
                int a = x[0];
                int b = y[0];
                int o = x[0];
                while (a < x[1] || b < y[1]) {
                    boolean fromA = b >= y[1] || a < x[1] && keys[a] < keys[b];
                    if (a < x[1] && b < y[1] && keys[a] == keys[b]) {
                        throw new IllegalArgumentException(
                                "a plain feature read by two standard templates");
                    }
                    int from = fromA ? a++ : b++;
                    k2[o] = keys[from];
                    r2[o++] = rows[from];
                }
                merged.add(new int[] {x[0], y[1]});
            }
            System.arraycopy(k2, 0, keys, 0, n);
            System.arraycopy(r2, 0, rows, 0, n);
            runs = merged;
        }
    }

    /** Number of features with weights. */
    public int features() {
        return featureCount;
    }

    /** Writes the model (deterministic bytes for equal models). */
    public void write(OutputStream out) throws IOException {
        full();
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        d.writeUTF(MAGIC);
        d.writeUTF(features.version);
        d.writeInt(T);
        d.writeInt(sortedKeys.length);
        long prev = 0;
        for (long k : sortedKeys) {
            writeVarLong(d, k - prev);
            prev = k;
        }
        for (short w : weights) {
            writeVarLong(d, zigzag(w));
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
        return read(in, -1);
    }

    /**
     * Reads a model written by {@link #write} for text of one annotation standard ({@link #forStandard}),
     * without building the tables of the whole model first.
     *
     * @param standard the standard, or -1 for the model as written
     * @throws IOException when the stream is not such a model, is truncated or damaged
     */
    public static NerModel read(InputStream in, int standard) throws IOException {
        return read(in, standard, false);
    }

    /**
     * As {@link #read(InputStream, int)}, keeping only what tagging reads (about a third less heap): the model
     * can then be neither written nor folded for another standard.
     */
    static NerModel readForTagging(InputStream in, int standard) throws IOException {
        return read(in, standard, true);
    }

    private static NerModel read(InputStream in, int standard, boolean lean) throws IOException {
        // the whole file at once: reading it a byte at a time through a (synchronized) buffered
        // stream was most of the time to the first result from a cold JVM; reading to the end also
        // makes gzip check its CRC. Each step's arrays are let go as the next is made, so that
        // reading needs little more heap than the model it gives.
        Tables tables = parse(new GZIPInputStream(in, 1 << 16).readAllBytes());
        try {
            if (standard >= 0) {
                tables = fold(tables, standard);
            }
            return new NerModel(tables, lean);
        } catch (IllegalArgumentException e) {
            throw new IOException("inconsistent model: " + e.getMessage(), e);
        }
    }

    private static Tables parse(byte[] bytes) throws IOException {
        Cursor d = new Cursor(bytes);
        if (!MAGIC.equals(d.readUtf())) {
            throw new IOException("not a zhnews NER model");
        }
        String version = d.readUtf();
        NerFeatures features = NerFeatures.of(version);
        if (features == null) {
            throw new IOException(
                    "model features are '" + version + "', which this zhnews does not compute");
        }
        int tags = d.readInt();
        int n = d.readInt();
        if (tags != T || n < 0 || n > Integer.MAX_VALUE / T) {
            throw new IOException("bad model header: " + tags + " tags, " + n + " features");
        }
        long[] keys = new long[n];
        long prev = 0;
        for (int i = 0; i < n; i++) {
            long delta = d.readVarLong();
            if (delta <= 0) {
                throw new IOException("feature keys out of order at " + i);
            }
            prev += delta;
            keys[i] = prev;
        }
        short[] weights = new short[n * T];
        for (int i = 0; i < weights.length; i++) {
            long v = unzigzag(d.readVarLong());
            if (v < Short.MIN_VALUE || v > Short.MAX_VALUE) {
                throw new IOException("weight out of range at " + i);
            }
            weights[i] = (short) v;
        }
        int[] transitions = new int[(T + 1) * T];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = (int) unzigzag(d.readVarLong());
        }
        if (!TRAILER.equals(d.readUtf())) {
            throw new IOException("model file has no end mark");
        }
        if (!d.atEnd()) {
            throw new IOException("bytes after the end of the model");
        }
        return new Tables(features, keys, weights, transitions);
    }

    /** Reads the model's numbers and strings, as {@link #write} writes them, from the unpacked bytes. */
    private static final class Cursor {
        private final byte[] b;
        private int pos;

        Cursor(byte[] b) {
            this.b = b;
        }

        private int next() throws EOFException {
            if (pos >= b.length) {
                throw new EOFException("model file is truncated");
            }
            return b[pos++] & 0xFF;
        }

        int readInt() throws EOFException {
            return (next() << 24) | (next() << 16) | (next() << 8) | next();
        }

        /** A string as {@code DataOutputStream.writeUTF} writes one of ours (ASCII). */
        String readUtf() throws IOException {
            int len = (next() << 8) | next();
            if (len > b.length - pos) {
                throw new EOFException("model file is truncated");
            }
            String s = new String(b, pos, len, StandardCharsets.UTF_8);
            pos += len;
            return s;
        }

        long readVarLong() throws IOException {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int x = next();
                v |= (long) (x & 0x7F) << shift;
                if ((x & 0x80) == 0) {
                    return v;
                }
            }
            throw new IOException("bad number in model file");
        }

        boolean atEnd() {
            return pos == b.length;
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
}
