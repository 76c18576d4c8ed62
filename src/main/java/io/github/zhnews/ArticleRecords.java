package io.github.zhnews;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.zhnews.io.AnalysisJson;
import io.github.zhnews.model.NewsTime;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * Reads the JSON Lines input records of batch jobs: {@code {"id", "text", "title"?, "source"?,
 * "publishedAt"?, "zone"?}}; see {@link Article#fromJson(String)}.
 */
final class ArticleRecords {
    private ArticleRecords() {
    }

    static Article parse(String line) {
        JsonNode node;
        try {
            node = AnalysisJson.reader().readTree(line);
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException("not valid JSON: " + e.getOriginalMessage(), null, e);
        }
        if (node == null || !node.isObject()) {
            throw new InvalidRecordException("a record must be a JSON object", null);
        }
        String id = optionalString(node, "id", null);
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new InvalidRecordException("the record has no string field 'text'", id);
        }
        Article a = Article.of(text.asText());
        if (id != null) {
            a = a.id(id);
        }
        String title = optionalString(node, "title", id);
        if (title != null) {
            a = a.title(title);
        }
        String source = optionalString(node, "source", id);
        if (source != null) {
            a = a.source(source);
        }
        String zone = optionalString(node, "zone", id);
        if (zone != null) {
            try {
                a = a.zone(ZoneId.of(zone));
            } catch (DateTimeException e) {
                throw new InvalidRecordException("zone is not a time zone id: '" + zone + "'", id, e);
            }
        }
        String published = optionalString(node, "publishedAt", id);
        if (published != null) {
            try {
                a = a.publishedAt(NewsTime.parseIso(published));
            } catch (DateTimeException e) {
                throw new InvalidRecordException("publishedAt is not an ISO-8601 date or time: '" + published + "'",
                        id, e);
            }
        }
        return a;
    }

    private static String optionalString(JsonNode node, String field, String id) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() && !v.isNumber()) {
            throw new InvalidRecordException("field '" + field + "' must be a string", id);
        }
        return v.asText();
    }
}
