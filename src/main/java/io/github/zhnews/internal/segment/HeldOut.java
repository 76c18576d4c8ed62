package io.github.zhnews.internal.segment;

import java.nio.file.Path;
import java.util.List;

/**
 * A freshly trained segmenter and tagger, for the training command's held-out figures: the bare models, without
 * the news lexicon or a user dictionary, on whitespace-free text.
 */
public final class HeldOut {
    private final LexicalModel model;

    private HeldOut(LexicalModel model) {
        this.model = model;
    }

    /** Reads the two model files written by {@link PerceptronTraining#train}. */
    public static HeldOut of(Path segmenterModel, Path taggerModel) {
        return new HeldOut(LexicalModel.of(segmenterModel, taggerModel));
    }

    /** The words of {@code text} (whitespace is dropped first). */
    public List<String> words(String text) {
        return model.words(text.replaceAll("\\s+", ""));
    }

    /** A tag for each of the given (gold) words. */
    public List<String> tags(List<String> words) {
        return List.of(model.tags(words));
    }
}
