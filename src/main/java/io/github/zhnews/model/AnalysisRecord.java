package io.github.zhnews.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything one analysis found, as one immutable value in the shape of its JSON: the fields, their names and
 * their order are those of {@code NewsAnalysis.toJson(true)}, so that Jackson writes and reads this record as
 * that JSON with no configuration. The writers of every output format (JSON, JSON Lines, CSV) work on it.
 *
 * @param id            the caller's id for the article, or {@code null}
 * @param title         the headline, or {@code null}
 * @param source        the outlet named by the caller or in a {@code 来源:} line, or {@code null}
 * @param publishedAt   the publication time in the article's zone, or {@code null}
 * @param editor        the editor or author named in the text, or {@code null}
 * @param zone          the article's time zone id ({@code Asia/Shanghai} unless the caller gave another)
 * @param referenceTime the time that relative and partial dates were resolved against, in the article's zone
 * @param keyPhrases    the key phrases, best first
 * @param organizations organisations in order of first mention
 * @param people        people in order of first mention
 * @param places        places in order of first mention
 * @param dates         time expressions in text order
 * @param summary       the best sentences, in document order
 * @param lead          the lead paragraph, or {@code null}
 * @param headings      the section headings, in document order
 * @param tokens        every word of the text, in order (empty when the JSON it was read from had none)
 */
@JsonPropertyOrder({
    "id",
    "title",
    "source",
    "publishedAt",
    "editor",
    "zone",
    "referenceTime",
    "keyPhrases",
    "organizations",
    "people",
    "places",
    "dates",
    "summary",
    "lead",
    "headings",
    "tokens"
})
public record AnalysisRecord(
        String id,
        String title,
        String source,
        NewsTime publishedAt,
        String editor,
        String zone,
        NewsTime referenceTime,
        List<KeyPhrase> keyPhrases,
        List<Entity> organizations,
        List<Entity> people,
        List<Entity> places,
        List<DateMention> dates,
        List<String> summary,
        String lead,
        List<String> headings,
        List<Token> tokens) {
    /** Checks the zone and the reference time, and copies the lists (a missing list is an empty one). */
    public AnalysisRecord {
        ZoneId.of(Objects.requireNonNull(zone, "zone"));
        Objects.requireNonNull(referenceTime, "referenceTime");
        keyPhrases = copy(keyPhrases);
        organizations = copy(organizations);
        people = copy(people);
        places = copy(places);
        dates = copy(dates);
        summary = copy(summary);
        headings = copy(headings);
        tokens = copy(tokens);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
