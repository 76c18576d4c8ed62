package io.github.zhnews.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of named entity zhnews reports. */
public enum EntityType {
    /** An organisation: a party organ, government body, company, newspaper, school... */
    ORGANIZATION,
    /** A person. */
    PERSON,
    /** A place: a country, province, city, district, site... */
    PLACE;

    /** The lower-case id used in JSON and CSV: {@code organization}, {@code person}, {@code place}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type with the given id (any case).
     *
     * @throws IllegalArgumentException for an unknown id
     */
    @JsonCreator
    public static EntityType ofId(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
