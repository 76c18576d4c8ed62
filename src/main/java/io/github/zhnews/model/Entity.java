package io.github.zhnews.model;

import java.util.List;
import java.util.Objects;

/**
 * A named organisation, person or place with every place it is mentioned.
 *
 * @param name     the canonical (fullest) name; short forms are grouped under it
 * @param type     organisation, person or place
 * @param mentions each occurrence in document order, never empty
 */
public record Entity(String name, EntityType type, List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an entity needs at least one mention: " + name);
        }
    }

    /** Offset of the first mention. */
    public int firstOffset() {
        return mentions.get(0).start();
    }
}
