package io.github.zhnews.internal.segment;

import com.hankcs.hanlp.model.perceptron.CWSTrainer;
import com.hankcs.hanlp.model.perceptron.POSTrainer;
import com.hankcs.hanlp.model.perceptron.feature.ImmutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.feature.MutableFeatureMap;
import com.hankcs.hanlp.model.perceptron.instance.Instance;
import com.hankcs.hanlp.model.perceptron.model.AveragedPerceptron;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.tagset.TagSet;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Trains the averaged-perceptron word segmenter and part-of-speech tagger on a file of PFR-format paragraphs
 * ({@code word/tag} tokens separated by whitespace, {@code [..]/nt} compounds read as their inner words), with
 * HanLP's feature templates and decoder.
 *
 * <p>The loop is HanLP's single-thread averaged-perceptron loop ({@code PerceptronTrainer.train} with one
 * thread), written out here for one reason: HanLP shuffles the sentences with an unseeded {@code Random}
 * before each pass, so two runs on the same data give different weights. Here the shuffle takes a fixed seed,
 * and the same data give the same model file byte for byte.
 */
public final class PerceptronTraining {
    /** What is trained. */
    public enum Task {
        SEGMENT,
        TAG
    }

    /** What one training run did: its model file and the time it took. */
    public record Result(Path model, int sentences, int features, double seconds) {}

    private PerceptronTraining() {}

    /**
     * Trains one model and saves it.
     *
     * @param task       word segmentation or tagging
     * @param train      the training paragraphs, one per line
     * @param model      where the model is written (HanLP's binary linear-model format, gzipped when the name
     *                   ends with {@code .gz})
     * @param iterations passes over the data
     * @param compress   the share of the lowest-weighted features dropped when saving (0 keeps all)
     * @param seed       the seed of the shuffle before each pass
     * @param log        progress lines (may be null)
     */
    public static Result train(
            Task task,
            Path train,
            Path model,
            int iterations,
            double compress,
            long seed,
            PrintStream log) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, got " + iterations);
        }
        if (compress < 0 || compress >= 1) {
            throw new IllegalArgumentException("compress must be in [0, 1), got " + compress);
        }
        long t0 = System.nanoTime();
        if (task == Task.TAG) {
            Path normalised = normaliseWords(train);
            try {
                return train(task, normalised, model, iterations, compress, seed, log, t0);
            } finally {
                try {
                    java.nio.file.Files.deleteIfExists(normalised);
                } catch (IOException e) {
                    // a temporary file left behind is no failure of the training
                }
            }
        }
        return train(task, train, model, iterations, compress, seed, log, t0);
    }

    private static Result train(
            Task task,
            Path train,
            Path model,
            int iterations,
            double compress,
            long seed,
            PrintStream log,
            long t0) {
        Loader loader = task == Task.SEGMENT ? new SegmentLoader() : new TagLoader();
        try {
            TagSet tagSet = loader.tagSet();
            MutableFeatureMap mutable = new MutableFeatureMap(tagSet);
            Instance[] instances = loader.load(train.toString(), mutable);
            tagSet.lock();
            ImmutableFeatureMap features = new ImmutableFeatureMap(mutable.featureIdMap, tagSet);
            AveragedPerceptron perceptron = new AveragedPerceptron(features);
            double[] total = new double[perceptron.parameter.length];
            int[] timestamp = new int[perceptron.parameter.length];
            int current = 0;
            Random random = new Random(seed);
            int tags = tagSet.size();
            for (int iter = 1; iter <= iterations; iter++) {
                shuffle(instances, random);
                for (Instance instance : instances) {
                    ++current;
                    int[] guess = new int[instance.length()];
                    perceptron.viterbiDecode(instance, guess);
                    for (int i = 0; i < instance.length(); i++) {
                        int[] vector = instance.getFeatureAt(i);
                        int[] gold = new int[vector.length];
                        int[] predicted = new int[vector.length];
                        for (int j = 0; j < vector.length - 1; j++) {
                            gold[j] = vector[j] * tags + instance.tagArray[i];
                            predicted[j] = vector[j] * tags + guess[i];
                        }
                        gold[vector.length - 1] =
                                (i == 0 ? tagSet.bosId() : instance.tagArray[i - 1]) * tags
                                        + instance.tagArray[i];
                        predicted[vector.length - 1] =
                                (i == 0 ? tagSet.bosId() : guess[i - 1]) * tags + guess[i];
                        perceptron.update(gold, predicted, total, timestamp, current);
                    }
                }
                if (log != null) {
                    log.printf(
                            Locale.ROOT,
                            "[train] %s pass %d of %d done (%.0f s)%n",
                            task,
                            iter,
                            iterations,
                            (System.nanoTime() - t0) / 1e9);
                }
            }
            perceptron.average(total, timestamp, current);
            if (model.toString().endsWith(".gz")) {
                Path raw = java.nio.file.Files.createTempFile("zhnews-model-", ".bin");
                try {
                    perceptron.save(raw.toString(), features.featureIdMap.entrySet(), compress);
                    // GZIPOutputStream writes no time stamp, so the same model gives the same bytes
                    try (java.io.OutputStream out =
                            new java.util.zip.GZIPOutputStream(
                                    java.nio.file.Files.newOutputStream(model), 1 << 16)) {
                        java.nio.file.Files.copy(raw, out);
                    }
                } finally {
                    java.nio.file.Files.deleteIfExists(raw);
                }
            } else {
                perceptron.save(model.toString(), features.featureIdMap.entrySet(), compress);
            }
            return new Result(
                    model, instances.length, features.size(), (System.nanoTime() - t0) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot train on " + train + " or write " + model, e);
        }
    }

    /**
     * The training file with every word in HanLP's normal form ({@link LexicalModel#normalise}: half-width,
     * simplified), as the tagger sees words at run time. The segmenter normalises its characters itself.
     */
    private static Path normaliseWords(Path train) {
        try {
            Path out = java.nio.file.Files.createTempFile("zhnews-tag-", ".txt");
            try (java.io.BufferedReader r =
                            java.nio.file.Files.newBufferedReader(
                                    train, java.nio.charset.StandardCharsets.UTF_8);
                    java.io.Writer w =
                            java.nio.file.Files.newBufferedWriter(
                                    out, java.nio.charset.StandardCharsets.UTF_8)) {
                for (String line; (line = r.readLine()) != null; ) {
                    StringBuilder b = new StringBuilder();
                    for (String token : line.strip().split(" ")) {
                        int slash = token.lastIndexOf('/');
                        if (slash <= 0) {
                            continue;
                        }
                        b.append(b.length() == 0 ? "" : " ")
                                .append(LexicalModel.normalise(token.substring(0, slash)))
                                .append(token, slash, token.length());
                    }
                    w.write(b.append('\n').toString());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot prepare the tagger's training file from " + train, e);
        }
    }

    /** Fisher-Yates with the given generator (HanLP's own shuffle makes a new unseeded one each time). */
    private static void shuffle(Instance[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Instance t = a[j];
            a[j] = a[i];
            a[i] = t;
        }
    }

    /** Reads a model file written by {@link #train}; used by the held-out evaluation of a fresh model. */
    static LinearModel read(Path model) {
        try {
            return new LinearModel(model.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + model, e);
        }
    }

    private interface Loader {
        TagSet tagSet();

        Instance[] load(String file, MutableFeatureMap features) throws IOException;
    }

    /** HanLP's segmenter features and tags (B, M, E, S), reached through its trainer's protected methods. */
    private static final class SegmentLoader extends CWSTrainer implements Loader {
        @Override
        public TagSet tagSet() {
            return createTagSet();
        }

        @Override
        public Instance[] load(String file, MutableFeatureMap features) throws IOException {
            return loadTrainInstances(file, features);
        }
    }

    /** HanLP's part-of-speech features; the tags are those of the training data. */
    private static final class TagLoader extends POSTrainer implements Loader {
        @Override
        public TagSet tagSet() {
            return createTagSet();
        }

        @Override
        public Instance[] load(String file, MutableFeatureMap features) throws IOException {
            return loadTrainInstances(file, features);
        }
    }
}
