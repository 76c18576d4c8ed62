package io.github.zhnews.internal.document;

import io.github.zhnews.internal.text.ArticleLayout;
import io.github.zhnews.internal.text.TextSpan;
import io.github.zhnews.model.Token;
import java.util.List;
import java.util.Objects;

/**
 * One article, prepared once per analysis and read by every stage: no stage normalises, splits sentences,
 * segments or looks for the title and lead again.
 *
 * <p>Normalisation is one character for one character ({@link io.github.zhnews.internal.text.TextNormalizer}), so the
 * offset map from {@link #text()} back to {@link #input()} is the identity: an offset into the one is the same
 * offset into the other, and {@link #surface(int, int)} gives the input's own characters for any span the
 * stages found on the normalised text.
 *
 * @param input     the text as the caller gave it
 * @param text      its normalised form, the same length; every stage matches on this
 * @param layout    the page layout: title, source, editor, publication line, body lines, furniture, headings
 * @param sentences the sentences of the content (title and headings included, each a sentence of its own;
 *                  page furniture left out), in text order, from the one sentence splitter
 * @param tokens    every word of the text, furniture included, in text order (surfaces of {@code text})
 * @param content   the words outside the page furniture: the words a stage reads
 * @param title     the title line, or null
 * @param headings  the section heading lines inside the body
 * @param lead      the lead: the first body paragraph after the title and headings, or its first sentence
 *                  when the body is one paragraph; null when there is no body
 */
public record Document(
        String input,
        String text,
        ArticleLayout layout,
        List<TextSpan> sentences,
        List<Token> tokens,
        List<Token> content,
        TextSpan title,
        List<TextSpan> headings,
        TextSpan lead) {

    public Document {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(layout, "layout");
        if (input.length() != text.length()) {
            throw new IllegalArgumentException("normalised text differs in length from the input");
        }
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        content = List.copyOf(content);
        headings = List.copyOf(headings);
    }

    /** The input's own characters at {@code [start, end)}, an offset range found on {@link #text()}. */
    public String surface(int start, int end) {
        return input.substring(start, end);
    }

    /** Whether normalisation changed nothing, so that the surfaces found on {@link #text()} are the input's. */
    public boolean unchanged() {
        return input.equals(text);
    }

    /** Whether {@code [start, end)} touches page furniture. */
    public boolean isBoilerplate(int start, int end) {
        return layout.isBoilerplate(start, end);
    }

    /** Whether the sentence is the title or a heading rather than running text. */
    public boolean isTitleOrHeading(TextSpan sentence) {
        for (TextSpan h : headings) {
            if (h.start() <= sentence.start() && sentence.end() <= h.end()) {
                return true;
            }
        }
        return title != null && title.start() <= sentence.start() && sentence.end() <= title.end();
    }
}
