package io.github.zhnews.internal.entity.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The trained sequence labeller: tags each character of a text with a BIOES tag for PER, LOC or ORG
 * (a character-level averaged structured perceptron, {@link NerTrainer}) and returns the names as spans.
 * Viterbi decoding admits only well-formed tag sequences, so every span is whole.
 *
 * <p>Immutable and thread-safe; {@link #bundled(int)} is loaded once per JVM and annotation standard and shared.
 */
public final class NerTagger {
    /** The model shipped in {@code models/}, packaged under {@code io/github/zhnews/models/}. */
    public static final String BUNDLED = "ner.bin.gz";

    private static final String ROOT = "/io/github/zhnews/models/";
    private static final int T = NerTags.COUNT;
    private static final int NEG = Integer.MIN_VALUE / 4;
    private static final NerTagger[] BUNDLED_BY_STANDARD = new NerTagger[NerFeatures.STANDARDS];

    private final NerModel model;

    public NerTagger(NerModel model) {
        this.model = java.util.Objects.requireNonNull(model, "model");
    }

    /** The bundled model for news as MSRA NER marks its names ({@link NerStandard#MSRA}). */
    public static NerTagger bundled() {
        return bundled(NerStandard.MSRA);
    }

    /**
     * The bundled model for text of one annotation standard ({@link NerModel#forStandard}), read on first use
     * and shared by every caller in the JVM.
     *
     * @param standard a {@link NerStandard} number
     * @throws UncheckedIOException naming the file when it is missing or damaged (not cached: a later call
     *                              tries again)
     */
    public static NerTagger bundled(int standard) {
        synchronized (BUNDLED_BY_STANDARD) {
            NerTagger t = BUNDLED_BY_STANDARD[standard];
            if (t == null) {
                t = new NerTagger(load(ROOT + BUNDLED, standard));
                BUNDLED_BY_STANDARD[standard] = t;
            }
            return t;
        }
    }

    /** Whether {@link #bundled(int)} has the model of this standard loaded already. */
    public static boolean isBundledLoaded(int standard) {
        synchronized (BUNDLED_BY_STANDARD) {
            return BUNDLED_BY_STANDARD[standard] != null;
        }
    }

    static NerModel load(String resource, int standard) {
        try (InputStream in = NerTagger.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(
                        new IOException(
                                "zhnews NER model '"
                                        + resource
                                        + "' is missing from the classpath"));
            }
            return NerModel.readForTagging(in, standard);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "zhnews NER model '" + resource + "' cannot be read: " + e.getMessage(), e);
        }
    }

    /** A model file written by {@code zhnews train ner}, for text as MSRA NER marks its names. */
    public static NerTagger read(Path file) {
        return read(file, NerStandard.MSRA);
    }

    /** A model file written by {@code zhnews train ner}, for text of one {@link NerStandard}. */
    public static NerTagger read(Path file, int standard) {
        try (InputStream in = Files.newInputStream(file)) {
            return new NerTagger(NerModel.readForTagging(in, standard));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "NER model " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    public NerModel model() {
        return model;
    }

    /** Whether the model reads the rules' names ({@link #tag(CharSequence, byte[])}). */
    public boolean usesHints() {
        return model.featureSet().hinted;
    }

    /**
     * The rules' names as hints for {@link #tag(CharSequence, byte[])}: the BIOES tag of each char; a span
     * that overlaps an earlier one is left out.
     */
    public static byte[] hints(int length, List<NerSpan> spans) {
        List<int[]> kept = new ArrayList<>();
        int end = 0;
        List<NerSpan> sorted = new ArrayList<>(spans);
        sorted.sort(java.util.Comparator.comparingInt(NerSpan::start));
        for (NerSpan s : sorted) {
            if (s.start() >= end && s.end() <= length && s.end() > s.start()) {
                int type =
                        s.type() == io.github.zhnews.model.EntityType.PERSON
                                ? 0
                                : s.type() == io.github.zhnews.model.EntityType.PLACE ? 1 : 2;
                kept.add(new int[] {s.start(), s.end(), type});
                end = s.end();
            }
        }
        return NerTags.encode(length, kept.toArray(new int[0][]));
    }

    /**
     * The names in the text, in text order, never overlapping, without hints: for a model that {@link
     * #usesHints()} the figures hold only with the hints it was trained with ({@link #tag(CharSequence,
     * byte[])}).
     */
    public List<NerSpan> tag(CharSequence text) {
        return tag(text, null);
    }

    /**
     * The names in the text, in text order, never overlapping.
     *
     * @param hints for a model that {@link #usesHints()}, the rules' names ({@link #hints}); null reads as
     *              no names
     */
    public List<NerSpan> tag(CharSequence text, byte[] hints) {
        int n = text.length();
        if (n == 0) {
            return List.of();
        }
        int[] tags = decode(emissions(text, hints), n, model.transitions());
        List<NerSpan> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < n; i++) {
            int tag = tags[i];
            int pos = NerTags.position(tag);
            if (pos == NerTags.B || pos == NerTags.S) {
                start = i;
            }
            if ((pos == NerTags.E || pos == NerTags.S) && start >= 0) {
                out.add(new NerSpan(start, i + 1, NerTags.entityType(NerTags.type(tag))));
                start = -1;
            }
        }
        return out;
    }

    /** The emission score of each tag at each character: {@code n * T}. */
    int[] emissions(CharSequence text) {
        return emissions(text, null);
    }

    int[] emissions(CharSequence text, byte[] hints) {
        int n = text.length();
        NerFeatures.Padded p = NerFeatures.pad(text, hints);
        char[] c = p.chars();
        int[] em = new int[n * T];
        NgramTable[] grams = model.grams();
        int pad = NerFeatures.PAD_SIZE;
        int[] rows = new int[c.length];
        int touched = 0;
        for (NgramTable g : grams) {
            int len = g.length;
            int lowest = NgramTable.LOWEST[len - 1];
            int count = c.length - len + 1;
            for (int j = 0; j < count; j++) { // all lookups first: their cache misses overlap
                int r = g.find(NerFeatures.gram(c, j, len));
                rows[j] = r;
                if (r >= 0) {
                    touched ^= g.touch(r);
                }
            }
            for (int j = 0; j < count; j++) {
                if (rows[j] >= 0) {
                    // position i reads the n-gram at j at offset j - pad - i; member 0: LOWEST
                    g.add(rows[j], j - pad - lowest, em, n);
                }
            }
        }
        NerFeatures features = model.featureSet();
        long[] f = new long[features.count];
        short[] w = model.otherWeights();
        short[] classes = model.classes();
        byte[] kinds = p.kinds();
        byte[] h = p.hints();
        short[] hintWeights = model.hints();
        short[] hintTrigrams = model.hintTrigrams();
        if (features.hinted) { // all lookups first, as above
            for (int i = 0; i < n; i++) {
                int r = model.hintCharRow(h[i + pad], c[i + pad]);
                rows[i] = r;
                if (r >= 0) {
                    touched ^= w[r];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            int base = i * T;
            int j = i + pad;
            int cls = NerFeatures.classPattern(kinds, j) * T;
            for (int t = 0; t < T; t++) {
                em[base + t] += classes[cls + t];
            }
            if (features.hinted) {
                int one = h[j] * T;
                int three = NerFeatures.hintTrigram(h[j - 1], h[j], h[j + 1]) * T;
                int r = rows[i];
                for (int t = 0; t < T; t++) {
                    em[base + t] += hintWeights[one + t] + hintTrigrams[three + t];
                }
                if (r >= 0) {
                    for (int t = 0; t < T; t++) {
                        em[base + t] += w[r + t];
                    }
                }
            }
            int k = features.extractOther(p, i, f);
            for (int q = 0; q < k; q++) {
                int r = model.otherRow(f[q]);
                if (r >= 0) {
                    for (int t = 0; t < T; t++) {
                        em[base + t] += w[r + t];
                    }
                }
            }
        }
        sink = touched;
        return em;
    }

    /** Where {@link #emissions} leaves the weights it touched early, so that the reads are not left out. */
    @SuppressWarnings("unused")
    private static int sink;

    /** The same scores as {@link #emissions}, one template lookup at a time (for tests). */
    int[] emissionsByTemplate(CharSequence text) {
        return emissionsByTemplate(text, null);
    }

    int[] emissionsByTemplate(CharSequence text, byte[] hints) {
        int n = text.length();
        NerFeatures.Padded p = NerFeatures.pad(text, hints);
        NerFeatures features = model.featureSet();
        long[] f = new long[features.count];
        int[] em = new int[n * T];
        short[] w = model.table();
        for (int i = 0; i < n; i++) {
            features.extract(p, i, f);
            int base = i * T;
            for (long key : f) {
                int r = model.row(key);
                if (r >= 0) {
                    for (int t = 0; t < T; t++) {
                        em[base + t] += w[r + t];
                    }
                }
            }
        }
        return em;
    }

    /** The best well-formed tag sequence (Viterbi); scores are shifted at each step so they never overflow. */
    static int[] decode(int[] em, int n, int[] tr) {
        int[] score = new int[T];
        int[] next = new int[T];
        byte[] back = new byte[n * T];
        for (int t = 0; t < T; t++) {
            score[t] = NerTags.FIRST[t] ? em[t] + tr[T * T + t] : NEG;
        }
        for (int i = 1; i < n; i++) {
            int top = NEG;
            int base = i * T;
            for (int cur = 0; cur < T; cur++) {
                int best = NEG;
                int arg = 0;
                for (int p : NerTags.PREVIOUS[cur]) {
                    int s = score[p] + tr[p * T + cur];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                int v = best <= NEG ? NEG : best + em[base + cur];
                next[cur] = v;
                back[base + cur] = (byte) arg;
                top = Math.max(top, v);
            }
            for (int t = 0; t < T; t++) {
                score[t] = next[t] <= NEG ? NEG : next[t] - top;
            }
        }
        int best = NEG;
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
