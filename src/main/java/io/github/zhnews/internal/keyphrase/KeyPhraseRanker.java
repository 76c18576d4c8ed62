package io.github.zhnews.internal.keyphrase;

import io.github.zhnews.internal.document.Document;
import io.github.zhnews.internal.document.Ranking;
import io.github.zhnews.model.Entity;
import java.util.List;

/** The key-phrase stage. Implementations are immutable and thread-safe. */
@FunctionalInterface
public interface KeyPhraseRanker {
    /**
     * @param doc   the prepared document
     * @param names the names found in it, whose characters no phrase reaches into
     * @param limit how many phrases at most
     * @return the phrases, best first, and the weight of every word ranked
     */
    Ranking rank(Document doc, List<Entity> names, int limit);
}
