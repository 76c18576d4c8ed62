package io.github.zhnews;

import io.github.zhnews.model.NewsTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Objects;
import java.util.Optional;

/**
 * One document to analyse: its text and what the caller knows about it.
 *
 * <p>Immutable; the {@code with}-style methods return a new article. Only the text is required:
 * title, source and publication time are also read from the text itself when it is a pasted news page,
 * and what the caller gives here wins over what the text says.
 *
 * <p>Time as users have it: the publication time may be a day ({@link LocalDate}), a wall-clock time in the
 * article's zone ({@link LocalDateTime}) or a moment ({@link OffsetDateTime}, {@link ZonedDateTime},
 * {@link Instant}, for example a feed's UTC time). The article's zone is {@link #zone(ZoneId)}, else the
 * analyzer's ({@link NewsAnalyzer.Builder#zone(ZoneId)}, China by default); the output's {@code publishedAt}
 * is the wall-clock time there, and 今天, 昨天 or 5月5日 are resolved against it. A day alone stays a day: it
 * is never turned into a made-up midnight.
 *
 * <pre>{@code
 * Article a = Article.of(text).id("42").publishedAt(LocalDateTime.of(2023, 5, 21, 9, 39));
 * Article b = Article.of(text).publishedAt(OffsetDateTime.parse("2023-05-21T01:39:00Z")); // 09:39 in China
 * }</pre>
 */
public final class Article {
    private final String text;
    private final String id;
    private final String title;
    private final String source;
    private final Temporal publishedAt;
    private final ZoneId zone;

    private Article(
            String text,
            String id,
            String title,
            String source,
            Temporal publishedAt,
            ZoneId zone) {
        this.text = Objects.requireNonNull(text, "text must not be null");
        this.id = id;
        this.title = title;
        this.source = source;
        this.publishedAt = publishedAt;
        this.zone = zone;
    }

    /**
     * An article with this text and nothing else known.
     *
     * @param text the text, a plain article or a news page pasted as text
     * @return the article
     */
    public static Article of(String text) {
        return new Article(text, null, null, null, null, null);
    }

    /**
     * Reads one JSON Lines input record: {@code {"id", "text", "title"?, "source"?, "publishedAt"?, "zone"?}},
     * where {@code publishedAt} is any form {@link NewsTime#parseIso(String)} reads (a date, a local date-time,
     * a date-time with an offset or a zone) and {@code zone} a time zone id such as {@code Asia/Shanghai}.
     *
     * @param record one line of JSON
     * @return the article
     * @throws InvalidRecordException when the line is not such a record; it names the record's id when it can
     */
    public static Article fromJson(String record) {
        return ArticleRecords.parse(Objects.requireNonNull(record, "record"));
    }

    /**
     * This article with the caller's id, which the analysis carries.
     *
     * @param id the id
     * @return a new article
     */
    public Article id(String id) {
        return new Article(text, id, title, source, publishedAt, zone);
    }

    /**
     * This article with its headline, which wins over the title line of the text.
     *
     * @param title the headline
     * @return a new article
     */
    public Article title(String title) {
        return new Article(text, id, title, source, publishedAt, zone);
    }

    /**
     * This article with its source (the outlet), which wins over a {@code 来源:} line of the text.
     *
     * @param source the outlet
     * @return a new article
     */
    public Article source(String source) {
        return new Article(text, id, title, source, publishedAt, zone);
    }

    /**
     * The publication time as a wall-clock time in the article's zone; it is also the reference against
     * which 今年, 昨天 or 5月5日 are resolved.
     *
     * @param publishedAt the time
     * @return a new article
     */
    public Article publishedAt(LocalDateTime publishedAt) {
        return withPublished(publishedAt);
    }

    /**
     * The publication day, when the time of day is not known: the output's {@code publishedAt} is the day
     * alone, and times such as 3小时后 get no value.
     *
     * @param publishedAt the day
     * @return a new article
     */
    public Article publishedAt(LocalDate publishedAt) {
        return withPublished(publishedAt);
    }

    /**
     * The publication moment with its UTC offset; it is shown at the wall-clock time of the article's zone.
     *
     * @param publishedAt the moment
     * @return a new article
     */
    public Article publishedAt(OffsetDateTime publishedAt) {
        return withPublished(publishedAt);
    }

    /**
     * The publication moment in some zone; it is shown at the wall-clock time of the article's zone (set
     * {@link #zone(ZoneId)} to this zone to keep its wall-clock time).
     *
     * @param publishedAt the moment
     * @return a new article
     */
    public Article publishedAt(ZonedDateTime publishedAt) {
        return withPublished(publishedAt);
    }

    /**
     * The publication time as any of the kinds the other {@code publishedAt} methods take, or an
     * {@link Instant}; for example the value of {@link NewsTime#parseIso(String)}.
     *
     * @param publishedAt a {@link LocalDate}, {@link LocalDateTime}, {@link OffsetDateTime},
     *                    {@link ZonedDateTime} or {@link Instant}
     * @return a new article
     * @throws IllegalArgumentException for any other kind of temporal
     */
    public Article publishedAt(Temporal publishedAt) {
        return withPublished(publishedAt);
    }

    private Article withPublished(Temporal t) {
        Objects.requireNonNull(t, "publishedAt");
        NewsTime.of(
                t, zone == null ? ZoneId.of("UTC") : zone); // rejects other kinds of temporal now
        return new Article(text, id, title, source, t, zone);
    }

    /**
     * The article's time zone: its publication time is shown, and its relative dates resolved, at the
     * wall-clock time of this zone.
     *
     * @param zone the zone, for example {@code ZoneId.of("Asia/Shanghai")}
     * @return a new article
     */
    public Article zone(ZoneId zone) {
        return new Article(
                text, id, title, source, publishedAt, Objects.requireNonNull(zone, "zone"));
    }

    /** @return the text */
    public String text() {
        return text;
    }

    /** @return the caller's id, if given */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** @return the caller's headline, if given */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** @return the caller's source, if given */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /**
     * @return the publication time as the caller gave it: a {@link LocalDate}, {@link LocalDateTime},
     *         {@link OffsetDateTime}, {@link ZonedDateTime} or {@link Instant}
     */
    public Optional<Temporal> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    /** @return the caller's zone for this article, if given (else the analyzer's applies) */
    public Optional<ZoneId> zone() {
        return Optional.ofNullable(zone);
    }

    /**
     * The publication time in the article's zone, or in {@code defaultZone} when the article has none.
     *
     * @param defaultZone the analyzer's zone
     * @return the publication time, if given
     * @throws DateTimeException never for a value this class accepted
     */
    Optional<NewsTime> publishedIn(ZoneId defaultZone) {
        return publishedAt().map(t -> NewsTime.of(t, zone == null ? defaultZone : zone));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Article a
                && text.equals(a.text)
                && Objects.equals(id, a.id)
                && Objects.equals(title, a.title)
                && Objects.equals(source, a.source)
                && Objects.equals(publishedAt, a.publishedAt)
                && Objects.equals(zone, a.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, id, title, source, publishedAt, zone);
    }

    @Override
    public String toString() {
        String head = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return "Article["
                + (id == null ? "" : "id=" + id + ", ")
                + "text="
                + head.replace('\n', ' ')
                + "]";
    }
}
