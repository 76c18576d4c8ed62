package io.github.zhnews.internal.entity.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains the labeller: an averaged structured perceptron (Collins 2002) over the features of
 * {@link NerFeatures}, BIOES tags, Viterbi decoding restricted to well-formed sequences. Features seen fewer
 * than {@link Options#minCount()} times in the training data are dropped; the averaged weights are scaled
 * to 16-bit integers and features whose weights all round to zero are dropped too.
 *
 * <p>Single-threaded and deterministic: the same sentences, options and seed give the same model, byte for
 * byte ({@link NerModel#write}).
 */
public final class NerTrainer {
    private static final int T = NerTags.COUNT;

    /**
     * @param epochs   passes over the data
     * @param seed     seed of the sentence order in each pass
     * @param minCount fewest occurrences of a feature that keep it
     */
    public record Options(int epochs, long seed, int minCount, String features) {
        public Options {
            if (epochs < 1 || minCount < 1) {
                throw new IllegalArgumentException("epochs and minCount must be at least 1");
            }
            if (NerFeatures.of(features) == null) {
                throw new IllegalArgumentException(
                        "unknown feature templates '"
                                + features
                                + "' (known: "
                                + NerFeatures.V1.version
                                + ", "
                                + NerFeatures.V2.version
                                + ", "
                                + NerFeatures.V3.version
                                + ", "
                                + NerFeatures.V4.version
                                + ", "
                                + NerFeatures.V5.version
                                + ")");
            }
        }

        /** With the current feature templates. */
        public Options(int epochs, long seed, int minCount) {
            this(epochs, seed, minCount, NerFeatures.DEFAULT.version);
        }
    }

    /**
     * One labelled sentence: its text, the BIOES tag of each char and, for templates that read them
     * ({@link NerFeatures#V3}), the rules' hints ({@link NerTagger#hints}; null for none), and the annotation
     * standard of its corpus ({@link NerStandard}, read by {@link NerFeatures#V4}).
     */
    public record Sentence(String text, byte[] tags, byte[] hints, int standard) {
        public Sentence {
            Objects.requireNonNull(text, "text");
            if (standard < 0 || standard >= NerFeatures.STANDARDS) {
                throw new IllegalArgumentException("no standard " + standard);
            }
            if (tags.length != text.length() || (hints != null && hints.length != tags.length)) {
                throw new IllegalArgumentException("one tag per char");
            }
        }

        /** A sentence without hints. */
        public Sentence(String text, byte[] tags) {
            this(text, tags, null, NerStandard.MSRA);
        }

        /** A sentence of the first standard, {@link NerStandard#MSRA}. */
        public Sentence(String text, byte[] tags, byte[] hints) {
            this(text, tags, hints, NerStandard.MSRA);
        }

        /** The same sentence under another annotation standard. */
        public Sentence withStandard(int standard) {
            return new Sentence(text, tags, hints, standard);
        }

        /** The same sentence with the rules' hints. */
        public Sentence withHints(byte[] hints) {
            return new Sentence(text, tags, hints, standard);
        }

        /**
         * A sentence with its names.
         *
         * @param spans {@code {start, end}} pairs, parallel to {@code types}
         * @param types PER, LOC or ORG
         * @throws IllegalArgumentException for an unknown type or overlapping spans
         */
        public static Sentence of(String text, List<int[]> spans, List<String> types) {
            int[][] s = new int[spans.size()][];
            int lastEnd = 0;
            for (int i = 0; i < s.length; i++) {
                int type = NerTags.typeOf(types.get(i));
                int[] se = spans.get(i);
                if (type < 0) {
                    throw new IllegalArgumentException("unknown type " + types.get(i));
                }
                if (se[0] < lastEnd || se[1] <= se[0] || se[1] > text.length()) {
                    throw new IllegalArgumentException("spans must be in order and not overlap");
                }
                lastEnd = se[1];
                s[i] = new int[] {se[0], se[1], type};
            }
            return new Sentence(text, NerTags.encode(text.length(), s));
        }
    }

    /** The feature templates that read the rules' hints. */
    public static final String HINTED_FEATURES = NerFeatures.V3.version;

    /** Whether the templates of that name read the rules' hints (every sentence then needs them). */
    public static boolean readsHints(String features) {
        NerFeatures f = NerFeatures.of(features);
        return f != null && f.hinted;
    }

    private NerTrainer() {}

    /**
     * Trains a model.
     *
     * @param afterEpoch called with each epoch's averaged model (for dev figures), may be null
     * @param log        progress lines, may be null
     */
    public static NerModel train(
            List<Sentence> data,
            Options options,
            java.util.function.ObjIntConsumer<NerModel> afterEpoch,
            Consumer<String> log) {
        Consumer<String> say = log == null ? s -> {} : log;
        NerFeatures features = NerFeatures.of(options.features());
        final int F = features.count;
        long[] f = new long[F];
        LongIntMap counts = new LongIntMap(1 << 20);
        for (Sentence s : data) {
            NerFeatures.Padded p = NerFeatures.pad(s.text(), s.hints(), s.standard());
            for (int i = 0; i < s.text().length(); i++) {
                features.extract(p, i, f);
                for (long k : f) {
                    counts.add(k, 1);
                }
            }
        }
        long[] keys = counts.keysAtLeast(options.minCount());
        say.accept(
                String.format(
                        java.util.Locale.ROOT,
                        "%d distinct features, %d seen at least %d times",
                        counts.size(),
                        keys.length,
                        options.minCount()));
        counts = null;
        LongIntMap index = new LongIntMap(keys.length);
        for (int r = 0; r < keys.length; r++) {
            index.put(keys[r], r);
        }
        List<int[]> rows = new ArrayList<>(data.size());
        for (Sentence s : data) {
            NerFeatures.Padded p = NerFeatures.pad(s.text(), s.hints(), s.standard());
            int n = s.text().length();
            int[] r = new int[n * F];
            for (int i = 0; i < n; i++) {
                features.extract(p, i, f);
                for (int k = 0; k < F; k++) {
                    int row = index.get(f[k]);
                    r[i * F + k] = row < 0 ? -1 : row * T;
                }
            }
            rows.add(r);
        }
        index = null;
        float[] w = new float[keys.length * T];
        double[] u = new double[w.length];
        float[] tr = new float[(T + 1) * T];
        double[] tu = new double[tr.length];
        long c = 1;
        Random random = new Random(options.seed());
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int x = order[i];
                order[i] = order[j];
                order[j] = x;
            }
            long wrong = 0;
            long chars = 0;
            for (int idx : order) {
                byte[] gold = data.get(idx).tags();
                int n = gold.length;
                if (n == 0) {
                    continue;
                }
                int[] r = rows.get(idx);
                int[] pred = decode(r, n, F, w, tr);
                chars += n;
                boolean same = true;
                for (int i = 0; i < n; i++) {
                    int g = gold[i];
                    int q = pred[i];
                    if (g != q) {
                        same = false;
                        wrong++;
                        for (int k = 0; k < F; k++) {
                            int row = r[i * F + k];
                            if (row >= 0) {
                                w[row + g] += 1;
                                u[row + g] += c;
                                w[row + q] -= 1;
                                u[row + q] -= c;
                            }
                        }
                    }
                }
                if (!same) {
                    for (int i = 0; i < n; i++) {
                        int gp = i == 0 ? T : gold[i - 1];
                        int qp = i == 0 ? T : pred[i - 1];
                        if (gp != qp || gold[i] != pred[i]) {
                            tr[gp * T + gold[i]] += 1;
                            tu[gp * T + gold[i]] += c;
                            tr[qp * T + pred[i]] -= 1;
                            tu[qp * T + pred[i]] -= c;
                        }
                    }
                }
                c++;
            }
            say.accept(
                    String.format(
                            java.util.Locale.ROOT,
                            "epoch %d: %.4f of %d chars mistagged",
                            epoch,
                            (double) wrong / Math.max(1, chars),
                            chars));
            if (afterEpoch != null && epoch < options.epochs()) {
                afterEpoch.accept(quantise(features, keys, w, u, tr, tu, c), epoch);
            }
        }
        NerModel model = quantise(features, keys, w, u, tr, tu, c);
        if (afterEpoch != null) {
            afterEpoch.accept(model, options.epochs());
        }
        say.accept(model.features() + " features with weights");
        return model;
    }

    /** The averaged weights {@code w - u / c}, scaled to 16 bits; all-zero rows dropped. */
    private static NerModel quantise(
            NerFeatures features,
            long[] keys,
            float[] w,
            double[] u,
            float[] tr,
            double[] tu,
            long c) {
        double max = 0;
        for (int i = 0; i < w.length; i++) {
            max = Math.max(max, Math.abs(w[i] - u[i] / c));
        }
        for (int i = 0; i < tr.length; i++) {
            max = Math.max(max, Math.abs(tr[i] - tu[i] / c));
        }
        double scale = max == 0 ? 1 : 32000 / max;
        short[] q = new short[w.length];
        boolean[] keep = new boolean[keys.length];
        int kept = 0;
        for (int r = 0; r < keys.length; r++) {
            for (int t = 0; t < T; t++) {
                int i = r * T + t;
                q[i] = (short) Math.round((w[i] - u[i] / c) * scale);
                keep[r] |= q[i] != 0;
            }
            if (keep[r]) {
                kept++;
            }
        }
        long[] k2 = new long[kept];
        short[] w2 = new short[kept * T];
        int n = 0;
        for (int r = 0; r < keys.length; r++) {
            if (keep[r]) {
                k2[n] = keys[r];
                System.arraycopy(q, r * T, w2, n * T, T);
                n++;
            }
        }
        int[] t2 = new int[tr.length];
        for (int i = 0; i < tr.length; i++) {
            t2[i] = (int) Math.round((tr[i] - tu[i] / c) * scale);
        }
        return new NerModel(features, k2, w2, t2);
    }

    /** Viterbi over the current (not averaged) weights. */
    private static int[] decode(int[] rows, int n, int F, float[] w, float[] tr) {
        float[] score = new float[T];
        float[] next = new float[T];
        float[] em = new float[T];
        byte[] back = new byte[n * T];
        float neg = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(em, 0f);
            for (int k = 0; k < F; k++) {
                int row = rows[i * F + k];
                if (row >= 0) {
                    for (int t = 0; t < T; t++) {
                        em[t] += w[row + t];
                    }
                }
            }
            if (i == 0) {
                for (int t = 0; t < T; t++) {
                    score[t] = NerTags.FIRST[t] ? em[t] + tr[T * T + t] : neg;
                }
                continue;
            }
            for (int cur = 0; cur < T; cur++) {
                float best = neg;
                int arg = NerTags.PREVIOUS[cur][0];
                for (int p : NerTags.PREVIOUS[cur]) {
                    float s = score[p] + tr[p * T + cur];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                next[cur] = best + em[cur];
                back[i * T + cur] = (byte) arg;
            }
            float[] x = score;
            score = next;
            next = x;
        }
        float best = neg;
        int arg = 0;
        for (int t = 0; t < T; t++) {
            if (NerTags.LAST[t] && score[t] > best) {
                best = score[t];
                arg = t;
            }
        }
        int[] tags = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            tags[i] = arg;
            arg = back[i * T + arg];
        }
        return tags;
    }
}
