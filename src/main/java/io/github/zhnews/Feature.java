package io.github.zhnews;

/**
 * The parts of an analysis that can be turned off, to save time where a job needs only some of them
 * ({@link NewsAnalyzer.Builder#without(Feature, Feature...)}, {@link NewsAnalyzer#without(Feature, Feature...)}).
 * Words, the article's metadata (title, source, publication time, editor, lead, headings) are always there; a
 * feature that is off leaves its part of the result empty, never null.
 */
public enum Feature {
    /** Organisations, people and places. Without it, a name may also come out as a key phrase. */
    ENTITIES,
    /** Dates and times. */
    DATES,
    /** Key phrases (as {@code keyPhrases(0)}). */
    KEY_PHRASES,
    /** The summary's chosen sentences (as {@code summarySentences(0)}); its metadata stays. */
    SUMMARY_SENTENCES
}
