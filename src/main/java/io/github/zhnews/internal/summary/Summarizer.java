package io.github.zhnews.internal.summary;

import io.github.zhnews.internal.document.Document;
import io.github.zhnews.internal.document.Ranking;
import io.github.zhnews.internal.text.TextSpan;
import java.util.List;

/** The summary stage: chooses the sentences of a document's summary. Immutable and thread-safe. */
@FunctionalInterface
public interface Summarizer {
    /**
     * @param doc      the prepared document
     * @param ranking  the key-phrase stage's phrases and word weights
     * @param n        how many sentences at most (0: no limit but {@code maxChars})
     * @param maxChars how many characters in all at most (0: no limit but {@code n}); both 0: none
     * @return the chosen sentences, in document order
     */
    List<TextSpan> select(Document doc, Ranking ranking, int n, int maxChars);
}
