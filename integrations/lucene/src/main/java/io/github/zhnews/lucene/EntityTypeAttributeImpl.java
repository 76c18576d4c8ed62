package io.github.zhnews.lucene;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** The default implementation of {@link EntityTypeAttribute}. */
public final class EntityTypeAttributeImpl extends AttributeImpl implements EntityTypeAttribute {
    private String type;

    @Override
    public String getEntityType() {
        return type;
    }

    @Override
    public void setEntityType(String type) {
        this.type = type;
    }

    @Override
    public void clear() {
        type = null;
    }

    @Override
    public void copyTo(AttributeImpl target) {
        ((EntityTypeAttribute) target).setEntityType(type);
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {
        reflector.reflect(EntityTypeAttribute.class, "entityType", type);
    }
}
