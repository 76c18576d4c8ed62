package io.github.zhnews;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One document to analyse: its text and what the caller knows about it.
 *
 * <p>Immutable; the {@code with}-style methods return a new article. Only the text is required:
 * title, source and publication time are also read from the text itself when it is a pasted news page,
 * and what the caller gives here wins over what the text says.
 *
 * <pre>{@code
 * Article a = Article.of(text).id("42").publishedAt(LocalDateTime.of(2023, 5, 21, 9, 39));
 * }</pre>
 */
public final class Article {
    private final String text;
    private final String id;
    private final String title;
    private final String source;
    private final LocalDateTime publishedAt;

    private Article(String text, String id, String title, String source, LocalDateTime publishedAt) {
        this.text = Objects.requireNonNull(text, "text must not be null");
        this.id = id;
        this.title = title;
        this.source = source;
        this.publishedAt = publishedAt;
    }

    /** An article with this text and nothing else known. */
    public static Article of(String text) {
        return new Article(text, null, null, null, null);
    }

    public Article id(String id) {
        return new Article(text, id, title, source, publishedAt);
    }

    public Article title(String title) {
        return new Article(text, id, title, source, publishedAt);
    }

    public Article source(String source) {
        return new Article(text, id, title, source, publishedAt);
    }

    /** The publication time; it is also the reference against which 今年, 昨天 or 5月5日 are resolved. */
    public Article publishedAt(LocalDateTime publishedAt) {
        return new Article(text, id, title, source, publishedAt);
    }

    public String text() {
        return text;
    }

    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    public Optional<LocalDateTime> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Article a && text.equals(a.text) && Objects.equals(id, a.id)
                && Objects.equals(title, a.title) && Objects.equals(source, a.source)
                && Objects.equals(publishedAt, a.publishedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, id, title, source, publishedAt);
    }

    @Override
    public String toString() {
        String head = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return "Article[" + (id == null ? "" : "id=" + id + ", ") + "text=" + head.replace('\n', ' ') + "]";
    }
}
