package io.github.zhnews.internal.time;

import io.github.zhnews.model.DateMention;
import java.time.LocalDateTime;
import java.util.List;

/** Finds time expressions in text and normalises them against a reference time. */
@FunctionalInterface
public interface DateFinder {
    /**
     * @param text      the (normalised) text; offsets of the result index into it
     * @param reference the publication time of the article, against which relative and partial dates resolve
     * @return the expressions found, in text order, never overlapping
     */
    List<DateMention> find(String text, LocalDateTime reference);
}
