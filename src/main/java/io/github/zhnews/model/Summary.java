package io.github.zhnews.model;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The structured summary of one article.
 *
 * @param title       the headline, or {@code null}
 * @param source      the outlet named in a {@code 来源:} line, or {@code null}
 * @param publishedAt the publication time, or {@code null} when neither the caller nor the text gives one
 * @param editor      the editor or author named in the text, or {@code null}
 * @param sentences   the best sentences, in document order
 */
public record Summary(String title, String source, LocalDateTime publishedAt, String editor,
                      List<String> sentences) {
    public Summary {
        sentences = List.copyOf(sentences);
    }
}
