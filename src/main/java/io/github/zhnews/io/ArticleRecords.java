package io.github.zhnews.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhnews.Article;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads and writes the JSON Lines records of batch jobs.
 *
 * <p>Input: {@code {"id": "...", "text": "...", "title": "..."?, "source": "..."?, "publishedAt": "..."?}};
 * {@code publishedAt} is an ISO-8601 date, local date-time or offset date-time. Output: the analysis object,
 * or {@code {"id": ..., "line": n, "error": {"type": ..., "message": ...}}} for a record that failed.
 *
 * <p>Reading is strict: a line must hold exactly one JSON object (two records glued on one line are an error,
 * not one record), with a string {@code text}. Size limits are the caller's ({@link JsonLinesReader} and the
 * batch options), so Jackson's own string-length limit is lifted here.
 */
public final class ArticleRecords {
    /** One JSON value per line, and nothing after it; no string-length limit of Jackson's own. */
    private static final ObjectReader READER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
            .build()).reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ArticleRecords() {
    }

    /** Parses one input line. */
    public static Article parse(String line) {
        JsonNode node;
        try {
            node = READER.readTree(line);
        } catch (MismatchedInputException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Trailing token")) {
                throw new InvalidRecordException("more than one JSON value on one line (two records glued "
                        + "together?); each record must be on a line of its own");
            }
            throw new InvalidRecordException("not valid JSON: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new InvalidRecordException("not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode() || !node.isObject()) {
            throw new InvalidRecordException("a record must be a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            throw new InvalidRecordException("the record has no string field 'text'");
        }
        if (!text.isTextual()) {
            throw new InvalidRecordException("field 'text' must be a string, not " + kind(text));
        }
        Article a = Article.of(text.asText());
        String id = optionalString(node, "id");
        if (id != null) {
            a = a.id(id);
        }
        String title = optionalString(node, "title");
        if (title != null) {
            a = a.title(title);
        }
        String source = optionalString(node, "source");
        if (source != null) {
            a = a.source(source);
        }
        String published = optionalString(node, "publishedAt");
        if (published != null) {
            a = a.publishedAt(parseTime(published));
        }
        return a;
    }

    /** The id of a record if it can be read, so that an error line still names its record. */
    public static String idOf(String line) {
        try {
            JsonNode node = READER.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(line);
            JsonNode id = node == null ? null : node.get("id");
            return id == null || id.isNull() || !id.isValueNode() ? null : id.asText();
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    /** Parses an ISO-8601 date, local date-time or offset date-time (the offset is dropped). */
    public static LocalDateTime parseTime(String s) {
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay();
            }
            if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(s).toLocalDateTime();
            }
            return LocalDateTime.parse(s.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new InvalidRecordException("publishedAt is not an ISO-8601 date or time: '" + s + "'");
        }
    }

    /** The error record written in place of a result. */
    public static String error(String id, long line, String type, String message) {
        ObjectNode o = AnalysisJson.mapper().createObjectNode();
        o.put("id", id);
        if (line > 0) {
            o.put("line", line);
        }
        o.putObject("error").put("type", type).put("message", message);
        return WellFormedJson.escapeLoneSurrogates(o.toString());
    }

    private static String optionalString(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() && !v.isNumber()) {
            throw new InvalidRecordException("field '" + field + "' must be a string, not " + kind(v));
        }
        return v.asText();
    }

    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
