package io.github.zhnews.internal.segment;

import com.hankcs.hanlp.corpus.io.ByteArray;
import com.hankcs.hanlp.dictionary.other.CharTable;
import com.hankcs.hanlp.model.perceptron.PerceptronPOSTagger;
import com.hankcs.hanlp.model.perceptron.PerceptronSegmenter;
import com.hankcs.hanlp.model.perceptron.common.TaskType;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import io.github.zhnews.internal.resources.ModelResources;
import io.github.zhnews.internal.resources.ResourceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The trained word segmenter and part-of-speech tagger (averaged perceptrons in HanLP's linear-model format,
 * trained by {@code zhnews train segment}). The default pair is read from {@code models/} once per JVM and
 * shared; both models are read-only after loading, so every method is thread-safe.
 */
final class LexicalModel {
    static final String SEGMENTER_FILE = "cws.bin.gz";
    static final String TAGGER_FILE = "pos.bin.gz";

    private final PerceptronSegmenter segmenter;
    private final PerceptronPOSTagger tagger;

    private LexicalModel(LinearModel cws, LinearModel pos) {
        this.segmenter = new PerceptronSegmenter(cws);
        this.tagger = new PerceptronPOSTagger(pos);
    }

    /** The models shipped in {@code models/}, loaded on first use; a broken file is a {@link ResourceException}. */
    static LexicalModel shipped() {
        return Shipped.INSTANCE.get();
    }

    /** Models from two files (for a freshly trained pair). */
    static LexicalModel of(Path cws, Path pos) {
        return new LexicalModel(
                parse(read(cws), cws.toString(), TaskType.CWS),
                parse(read(pos), pos.toString(), TaskType.POS));
    }

    /** Words of a stretch of text with no whitespace in it, in order; their concatenation is the text. */
    List<String> words(String text) {
        List<String> out = new ArrayList<>();
        segmenter.segment(text, out);
        return out;
    }

    /** A part-of-speech tag for each word (the words are read in their {@linkplain #normalise normal form}). */
    String[] tags(List<String> words) {
        List<String> normal = new ArrayList<>(words.size());
        for (String w : words) {
            normal.add(normalise(w));
        }
        return tagger.tag(normal);
    }

    /**
     * A word as the tagger is trained to read it: HanLP's character normalisation (full-width to half-width,
     * traditional to simplified), which the segmenter applies to its characters itself. A slash, which the
     * training file format cannot hold inside a word, becomes a full-width one.
     */
    static String normalise(String word) {
        return CharTable.convert(word).replace('/', '／');
    }

    private static byte[] read(Path file) {
        try {
            if (file.toString().endsWith(".gz")) {
                try (java.io.InputStream in =
                        new java.util.zip.GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
                    return in.readAllBytes();
                }
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + file, e);
        }
    }

    /** Parses a model, checking that it is whole and of the expected kind. */
    static LinearModel parse(byte[] bytes, String name, TaskType expected) {
        LinearModel model = new LinearModel(null, null);
        boolean ok;
        try {
            ok = model.load(new ByteArray(bytes));
        } catch (
                RuntimeException
                        e) { // HanLP reports a truncated or garbled file with whatever breaks first
            throw new ResourceException("zhnews model file '" + name + "' is corrupt: " + e, e);
        }
        if (!ok
                || model.featureMap == null
                || model.parameter == null
                || model.featureMap.tagSet == null) {
            throw new ResourceException(
                    "zhnews model file '" + name + "' is corrupt: it could not be read");
        }
        if (model.taskType() != expected) {
            throw new ResourceException(
                    "zhnews model file '"
                            + name
                            + "' is a "
                            + model.taskType()
                            + " model, expected "
                            + expected);
        }
        long expectedLength = (long) model.featureMap.size() * model.featureMap.tagSet.size();
        if (model.parameter.length != expectedLength) {
            throw new ResourceException(
                    "zhnews model file '"
                            + name
                            + "' is corrupt: "
                            + model.parameter.length
                            + " weights for "
                            + expectedLength
                            + " feature-tag pairs");
        }
        return model;
    }

    /** Loads the shipped pair once; a failure is kept and rethrown, so every build() reports it. */
    private enum Shipped {
        INSTANCE;

        private volatile LexicalModel model;
        private volatile ResourceException failure;

        LexicalModel get() {
            LexicalModel m = model;
            if (m != null) {
                return m;
            }
            synchronized (this) {
                if (model == null && failure == null) {
                    try {
                        model =
                                new LexicalModel(
                                        parse(
                                                ModelResources.bytes(SEGMENTER_FILE),
                                                "models/" + SEGMENTER_FILE,
                                                TaskType.CWS),
                                        parse(
                                                ModelResources.bytes(TAGGER_FILE),
                                                "models/" + TAGGER_FILE,
                                                TaskType.POS));
                    } catch (ResourceException e) {
                        failure = e;
                    }
                }
                if (failure != null) {
                    throw new ResourceException(failure.getMessage(), failure);
                }
                return model;
            }
        }
    }
}
