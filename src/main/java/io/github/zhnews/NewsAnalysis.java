package io.github.zhnews;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.zhnews.internal.io.AnalysisJson;
import io.github.zhnews.model.AnalysisRecord;
import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.EntityType;
import io.github.zhnews.model.KeyPhrase;
import io.github.zhnews.model.NewsTime;
import io.github.zhnews.model.Summary;
import io.github.zhnews.model.Token;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of analysing one article. Immutable. Every offset is a Java {@code String} index into the
 * text that was analysed, and every surface form is exactly the input's characters at those offsets.
 *
 * <p>Its JSON ({@link #toJson()}) is read back by {@link #fromJson(String)}; {@link #toRecord()} gives the same
 * content as one record for Jackson, and Jackson itself writes and reads a {@code NewsAnalysis} as that JSON.
 * {@link AnalysisWriter} writes many as JSON Lines or CSV.
 */
public final class NewsAnalysis {
    private final String id;
    private final ZoneId zone;
    private final LocalDateTime referenceTime;
    private final List<Token> tokens;
    private final List<KeyPhrase> keyPhrases;
    private final List<Entity> organizations;
    private final List<Entity> people;
    private final List<Entity> places;
    private final List<DateMention> dates;
    private final Summary summary;

    NewsAnalysis(
            String id,
            ZoneId zone,
            LocalDateTime referenceTime,
            List<Token> tokens,
            List<KeyPhrase> keyPhrases,
            List<Entity> organizations,
            List<Entity> people,
            List<Entity> places,
            List<DateMention> dates,
            Summary summary) {
        this.id = id;
        this.zone = zone;
        this.referenceTime = referenceTime;
        this.tokens =
                tokens instanceof CompactTokens ? tokens : List.copyOf(tokens); // already immutable
        this.keyPhrases = List.copyOf(keyPhrases);
        this.organizations = List.copyOf(organizations);
        this.people = List.copyOf(people);
        this.places = List.copyOf(places);
        this.dates = List.copyOf(dates);
        this.summary = summary;
    }

    /** The caller's id for the article, if it had one. */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /**
     * The time relative and partial dates were resolved against: the publication time, or the caller's.
     *
     * @return the wall-clock time in the article's {@link #zone()}; a publication day alone is its start
     */
    public LocalDateTime referenceTime() {
        return referenceTime;
    }

    /** @return the article's time zone: the caller's for the article, else the analyzer's */
    public ZoneId zone() {
        return zone;
    }

    /** Every word of the text, page furniture included, in order. */
    public List<Token> tokens() {
        return tokens;
    }

    /** The key phrases, best first. */
    public List<KeyPhrase> keyPhrases() {
        return keyPhrases;
    }

    /** Organisations in order of first mention, each with its mentions. */
    public List<Entity> organizations() {
        return organizations;
    }

    /** People in order of first mention. */
    public List<Entity> people() {
        return people;
    }

    /** Places in order of first mention. */
    public List<Entity> places() {
        return places;
    }

    /** Time expressions in text order, normalised against {@link #referenceTime()}. */
    public List<DateMention> dates() {
        return dates;
    }

    /** Title, source, publication time, editor and the best sentences. */
    public Summary summary() {
        return summary;
    }

    /**
     * The analysis as one line of JSON, without the tokens (the fields are described in the README and in the
     * schema {@code io/github/zhnews/analysis.schema.json} inside the jar).
     *
     * @return the JSON
     */
    public String toJson() {
        return AnalysisJson.write(toRecord(), false);
    }

    /**
     * The analysis as one line of JSON, with the tokens when asked.
     *
     * @param includeTokens whether to add the {@code tokens} array
     * @return the JSON
     */
    public String toJson(boolean includeTokens) {
        return AnalysisJson.write(toRecord(), includeTokens);
    }

    /**
     * Everything this analysis found as one record in the shape of {@link #toJson(boolean) toJson(true)}.
     *
     * @return the record
     */
    @JsonValue
    public AnalysisRecord toRecord() {
        NewsTime published = summary.publishedAt();
        NewsTime reference =
                published != null
                                && !published.hasTime()
                                && published.toLocalDateTime().equals(referenceTime)
                        ? published // a day alone stays a day
                        : NewsTime.of(referenceTime, zone);
        return new AnalysisRecord(
                id,
                summary.title(),
                summary.source(),
                summary.publishedAt(),
                summary.editor(),
                zone.getId(),
                reference,
                keyPhrases,
                organizations,
                people,
                places,
                dates,
                summary.sentences(),
                summary.lead(),
                summary.headings(),
                tokens);
    }

    /**
     * The analysis a record describes, for example one read back from JSON.
     *
     * @param r the record
     * @return the analysis
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static NewsAnalysis of(AnalysisRecord r) {
        check(r.organizations(), EntityType.ORGANIZATION, "organizations");
        check(r.people(), EntityType.PERSON, "people");
        check(r.places(), EntityType.PLACE, "places");
        return new NewsAnalysis(
                r.id(),
                ZoneId.of(r.zone()),
                r.referenceTime().toLocalDateTime(),
                r.tokens(),
                r.keyPhrases(),
                r.organizations(),
                r.people(),
                r.places(),
                r.dates(),
                new Summary(
                        r.title(),
                        r.source(),
                        r.publishedAt(),
                        r.editor(),
                        r.lead(),
                        r.headings(),
                        r.summary()));
    }

    /**
     * Reads an analysis back from what {@link #toJson(boolean)} wrote (the tokens are empty when the JSON has
     * none).
     *
     * @param json one JSON object
     * @return the analysis
     * @throws InvalidRecordException when the text is not the JSON of an analysis
     */
    public static NewsAnalysis fromJson(String json) {
        try {
            return of(AnalysisJson.read(json));
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException(
                    "not the JSON of an analysis: " + e.getOriginalMessage(), null, e);
        } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
            throw new InvalidRecordException(
                    "not the JSON of an analysis: " + e.getMessage(), null, e);
        }
    }

    private static void check(List<Entity> entities, EntityType type, String field) {
        for (Entity e : entities) {
            if (e.type() != type) {
                throw new IllegalArgumentException(
                        field + " holds a " + e.type().id() + ": " + e.name());
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NewsAnalysis a && toRecord().equals(a.toRecord());
    }

    @Override
    public int hashCode() {
        return toRecord().hashCode();
    }

    /** A short readable overview for notebooks and JShell. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("NewsAnalysis");
        if (id != null) {
            b.append(" [").append(id).append(']');
        }
        b.append('\n');
        line(b, "title", summary.title());
        line(b, "source", summary.source());
        line(b, "published", summary.publishedAt());
        line(b, "editor", summary.editor());
        line(
                b,
                "key phrases",
                keyPhrases.stream().map(KeyPhrase::text).collect(Collectors.joining("、")));
        line(b, "organizations", names(organizations));
        line(b, "people", names(people));
        line(b, "places", names(places));
        line(
                b,
                "dates",
                dates.stream()
                        .map(d -> d.text() + "=" + d.value())
                        .collect(Collectors.joining(", ")));
        line(b, "headings", String.join(" / ", summary.headings()));
        for (String s : summary.sentences()) {
            b.append("  • ").append(s).append('\n');
        }
        return b.toString();
    }

    private static String names(List<Entity> entities) {
        return entities.stream()
                .map(e -> e.name() + (e.mentions().size() > 1 ? "×" + e.mentions().size() : ""))
                .collect(Collectors.joining("、"));
    }

    private static void line(StringBuilder b, String label, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            b.append(String.format("  %-14s%s%n", label + ":", value));
        }
    }
}
