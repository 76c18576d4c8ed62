package io.github.zhnews.internal.eval;

import java.util.List;

/** A system under evaluation: zhnews itself or a baseline, seen through what the metrics need. */
public interface Annotator {
    /** A short name for tables and reports. */
    String name();

    /** The words of {@code text}, in order, whitespace left out. */
    List<String> words(String text);

    /** Organisation ({@code ORG}), person ({@code PER}) and place ({@code LOC}) spans in {@code text}. */
    List<Span> entities(String text);

    /** Time-expression spans ({@code TIME}) in {@code text}. */
    List<Span> times(String text);

    /** Up to {@code k} key phrases, best first, each occurring verbatim in {@code text}. */
    List<String> keyPhrases(String text, int k);

    /** Runs the system's whole analysis of {@code text} (for timing) and returns something derived from it. */
    int analyzeForTiming(String text);
}
