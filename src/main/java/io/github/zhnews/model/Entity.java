package io.github.zhnews.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A named organisation, person or place with every place it is mentioned.
 *
 * @param name     the canonical (fullest) name; short forms are grouped under it
 * @param type     organisation, person or place
 * @param kind     for an organisation, the kind of body it is (never null; {@link Kind#OTHER} when unknown);
 *                 for a person or place, null
 * @param mentions each occurrence in document order, never empty
 */
public record Entity(
        String name,
        EntityType type,
        @JsonInclude(JsonInclude.Include.NON_NULL) Kind kind,
        List<Mention> mentions) {
    /** The kind of body an organisation is. */
    public enum Kind {
        /** Party organs: 党委, 组织部, 纪委, 中共中央. */
        PARTY,
        /** Administrative organs: 人民政府, 商务厅, 国务院, 公安局. */
        GOVERNMENT,
        /** People's congresses and parliaments: 人大常委会, 全国人大, 国会. */
        LEGISLATURE,
        /** Courts and procuratorates: 人民法院, 人民检察院. */
        JUDICIARY,
        /** Armed forces: 中央军委, 军区, 部队, 舰队. */
        MILITARY,
        /** Companies, banks and firms: 有限公司, 集团, 银行, 事务所. */
        COMPANY,
        /** Newspapers, agencies, stations and sites: 新华社, 光明日报, 电视台. */
        MEDIA,
        /** Universities, schools and research institutes: 大学, 中学, 研究院, 科学院. */
        EDUCATION,
        /** Hospitals and health bodies: 人民医院, 卫生院, 疾控中心. */
        HEALTH,
        /** Associations, unions and federations: 协会, 学会, 工会, 妇联. */
        ASSOCIATION,
        /** International bodies and foreign missions: 联合国, 世界卫生组织, 大使馆. */
        INTERNATIONAL,
        /** Anything else, and names whose kind is not known. */
        OTHER;

        /** The lower-case id used in JSON and in the model files ({@code party}, {@code company}...). */
        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind with the given id, or {@link #OTHER} for an unknown or null id. */
        @JsonCreator
        public static Kind ofId(String id) {
            if (id != null) {
                for (Kind k : values()) {
                    if (k.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
                        return k;
                    }
                }
            }
            return OTHER;
        }
    }

    /** Checks the name, the type, the kind (organisations only) and that there is a mention. */
    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (type == EntityType.ORGANIZATION) {
            kind = kind == null ? Kind.OTHER : kind;
        } else if (kind != null) {
            throw new IllegalArgumentException("only an organisation has a kind: " + name);
        }
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an entity needs at least one mention: " + name);
        }
    }

    /** An entity without a stated kind: organisations get {@link Kind#OTHER}, people and places none. */
    public Entity(String name, EntityType type, List<Mention> mentions) {
        this(name, type, null, mentions);
    }

    /** Offset of the first mention. */
    public int firstOffset() {
        return mentions.get(0).start();
    }
}
