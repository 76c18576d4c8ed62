package io.github.zhnews;

import io.github.zhnews.io.AnalysisJson;
import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.KeyPhrase;
import io.github.zhnews.model.Summary;
import io.github.zhnews.model.Token;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of analysing one article. Immutable. Every offset is a Java {@code String} index into the
 * text that was analysed, and every surface form is exactly the input's characters at those offsets.
 */
public final class NewsAnalysis {
    private final String id;
    private final LocalDateTime referenceTime;
    private final List<Token> tokens;
    private final List<KeyPhrase> keyPhrases;
    private final List<Entity> organizations;
    private final List<Entity> people;
    private final List<Entity> places;
    private final List<DateMention> dates;
    private final Summary summary;

    NewsAnalysis(String id, LocalDateTime referenceTime, List<Token> tokens, List<KeyPhrase> keyPhrases,
                 List<Entity> organizations, List<Entity> people, List<Entity> places, List<DateMention> dates,
                 Summary summary) {
        this.id = id;
        this.referenceTime = referenceTime;
        this.tokens = List.copyOf(tokens);
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

    /** The time relative and partial dates were resolved against: the publication time, or the caller's. */
    public LocalDateTime referenceTime() {
        return referenceTime;
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

    /** The analysis as one JSON object, without the tokens. */
    public String toJson() {
        return AnalysisJson.write(this, false);
    }

    /** The analysis as one JSON object, with the tokens when asked. */
    public String toJson(boolean includeTokens) {
        return AnalysisJson.write(this, includeTokens);
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
        line(b, "key phrases", keyPhrases.stream().map(KeyPhrase::text).collect(Collectors.joining("、")));
        line(b, "organizations", names(organizations));
        line(b, "people", names(people));
        line(b, "places", names(places));
        line(b, "dates", dates.stream().map(d -> d.text() + "=" + d.value()).collect(Collectors.joining(", ")));
        line(b, "headings", String.join(" / ", summary.headings()));
        for (String s : summary.sentences()) {
            b.append("  • ").append(s).append('\n');
        }
        return b.toString();
    }

    private static String names(List<Entity> entities) {
        return entities.stream().map(e -> e.name() + (e.mentions().size() > 1 ? "×" + e.mentions().size() : ""))
                .collect(Collectors.joining("、"));
    }

    private static void line(StringBuilder b, String label, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            b.append(String.format("  %-14s%s%n", label + ":", value));
        }
    }
}
