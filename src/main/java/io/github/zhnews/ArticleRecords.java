package io.github.zhnews;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.zhnews.model.NewsTime;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Reads the JSON Lines input records of batch jobs: {@code {"id", "text", "title"?, "source"?,
 * "publishedAt"?, "zone"?}}; see {@link Article#fromJson(String)}.
 *
 * <p>Reading is strict: a line must hold exactly one JSON object (two records glued on one line are an error,
 * not one record), with a string {@code text}. Size limits are the caller's (the JSON Lines reader and the
 * batch options), so Jackson's own string-length limit is lifted here.
 */
final class ArticleRecords {
    /** One JSON value per line, and nothing after it; no string-length limit of Jackson's own. */
    private static final ObjectReader READER =
            JsonMapper.builder(
                            JsonFactory.builder()
                                    .streamReadConstraints(
                                            StreamReadConstraints.builder()
                                                    .maxStringLength(Integer.MAX_VALUE)
                                                    .build())
                                    .build())
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build()
                    .reader();

    private ArticleRecords() {}

    static Article parse(String line) {
        JsonNode node;
        try {
            node = READER.readTree(line);
        } catch (MismatchedInputException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Trailing token")) {
                throw new InvalidRecordException(
                        "more than one JSON value on one line (two records glued "
                                + "together?); each record must be on a line of its own",
                        null,
                        e);
            }
            throw new InvalidRecordException("not valid JSON: " + e.getOriginalMessage(), null, e);
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException("not valid JSON: " + e.getOriginalMessage(), null, e);
        }
        if (node == null || node.isMissingNode() || !node.isObject()) {
            throw new InvalidRecordException("a record must be a JSON object", null);
        }
        String id = optionalString(node, "id", null);
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            throw new InvalidRecordException("the record has no string field 'text'", id);
        }
        if (!text.isTextual()) {
            throw new InvalidRecordException(
                    "field 'text' must be a string, not " + kind(text), id);
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
                throw new InvalidRecordException(
                        "zone is not a time zone id: '" + zone + "'", id, e);
            }
        }
        String published = optionalString(node, "publishedAt", id);
        if (published != null) {
            try {
                a = a.publishedAt(NewsTime.parseIso(published));
            } catch (DateTimeException e) {
                throw new InvalidRecordException(
                        "publishedAt is not an ISO-8601 date or time: '" + published + "'", id, e);
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
            throw new InvalidRecordException(
                    "field '" + field + "' must be a string, not " + kind(v), id);
        }
        return v.asText();
    }

    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            default -> v.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
