package io.github.zhnews.internal.time;

import io.github.zhnews.internal.document.Document;
import io.github.zhnews.model.DateMention;
import java.time.LocalDateTime;
import java.util.List;

/** The date stage: time expressions of a document, normalised against a reference time. Thread-safe. */
@FunctionalInterface
public interface DateRecognizer {
    /**
     * @param doc       the prepared document
     * @param reference the time relative and partial dates resolve against (the publication time)
     * @return the expressions found, in text order, never overlapping, none in page furniture; offsets index
     *         into the document, surfaces are its normalised text
     */
    List<DateMention> find(Document doc, LocalDateTime reference);
}
