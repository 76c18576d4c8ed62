package io.github.zhnews.lucene;

import org.apache.lucene.util.Attribute;

/**
 * The kind of named entity a token belongs to: {@code organization}, {@code person} or {@code place}
 * (the lower-case ids of {@code io.github.zhnews.model.EntityType}), or {@code null} for a word outside every
 * name.
 */
public interface EntityTypeAttribute extends Attribute {
    /** @return the entity type id, or {@code null} */
    String getEntityType();

    /** @param type the entity type id, or {@code null} */
    void setEntityType(String type);
}
