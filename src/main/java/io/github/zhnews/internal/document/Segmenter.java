package io.github.zhnews.internal.document;

import io.github.zhnews.internal.text.TextSpan;
import io.github.zhnews.model.Token;
import java.util.List;

/** The words of a text: the first stage, run while the {@link Document} is prepared. Thread-safe. */
@FunctionalInterface
public interface Segmenter {
    /**
     * @param text      the normalised text
     * @param sentences the sentences of every line of it (furniture included), from the one sentence splitter;
     *                  the segmenter reads each of them and nothing between them but whitespace
     * @return the words in text order, offsets into {@code text}, whitespace never a word
     */
    List<Token> segment(String text, List<TextSpan> sentences);
}
