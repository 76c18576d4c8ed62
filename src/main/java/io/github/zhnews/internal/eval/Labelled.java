package io.github.zhnews.internal.eval;

import java.util.List;

/**
 * One gold sentence or paragraph: its text, gold spans into it, and (where the source has them) its gold
 * words.
 */
public record Labelled(String text, List<Span> spans, List<String> words) {
    public Labelled {
        spans = List.copyOf(spans);
        words = words == null ? List.of() : List.copyOf(words);
        for (Span s : spans) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException(
                        "span " + s + " beyond text of length " + text.length());
            }
        }
    }

    /** The gold spans of one type. */
    public List<Span> spans(String type) {
        return spans.stream().filter(s -> s.type().equals(type)).toList();
    }
}
