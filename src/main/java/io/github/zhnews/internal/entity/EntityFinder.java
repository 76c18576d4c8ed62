package io.github.zhnews.internal.entity;

import io.github.zhnews.internal.document.Document;
import io.github.zhnews.model.Entity;
import java.util.List;

/**
 * The entity stage: organisations, people and places of a document, each with its mentions. Offsets index into
 * the document's text; surfaces are those of its normalised text. Implementations are immutable and
 * thread-safe.
 */
@FunctionalInterface
public interface EntityFinder {
    /** @return the entities, ordered by first mention */
    List<Entity> find(Document doc);
}
