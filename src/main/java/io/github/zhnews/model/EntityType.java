package io.github.zhnews.model;

/** The kinds of named entity zhnews reports. */
public enum EntityType {
    ORGANIZATION, PERSON, PLACE
}
