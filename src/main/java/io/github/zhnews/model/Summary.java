package io.github.zhnews.model;

import java.util.List;

/**
 * The structured summary of one article: what an editor puts on a card.
 *
 * @param title       the headline, or {@code null}
 * @param source      the outlet named in a {@code 来源:} line, or {@code null}
 * @param publishedAt the publication time in the article's zone (a day alone when only the day is known), or
 *                    {@code null} when neither the caller nor the text gives one
 * @param editor      the editor or author named in the text, or {@code null}
 * @param lead        the lead: the first body paragraph (the first sentence when the whole text is one
 *                    paragraph), or {@code null} for an empty text
 * @param headings    the section headings of the article (short stand-alone lines such as
 *                    强化理论学习、注重能力提升), in document order
 * @param sentences   the best sentences, in document order
 */
public record Summary(
        String title,
        String source,
        NewsTime publishedAt,
        String editor,
        String lead,
        List<String> headings,
        List<String> sentences) {
    /** Copies the lists. */
    public Summary {
        headings = List.copyOf(headings);
        sentences = List.copyOf(sentences);
    }

    /** The chosen sentences joined into one paragraph. */
    public String text() {
        return String.join("", sentences);
    }
}
