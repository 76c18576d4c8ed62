package io.github.zhnews.internal.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.zhnews.internal.io.AnalysisJson;

/**
 * The command line's view of JSON Lines records it could not turn into an article: the id an error line names,
 * and the error line itself ({@code {"id", "line"?, "error": {"type", "message"}}}, lone surrogates escaped).
 */
final class Records {
    /** Lenient (a glued second value is ignored), and without Jackson's string-length limit. */
    private static final ObjectReader LENIENT =
            JsonMapper.builder(
                            JsonFactory.builder()
                                    .streamReadConstraints(
                                            StreamReadConstraints.builder()
                                                    .maxStringLength(Integer.MAX_VALUE)
                                                    .build())
                                    .build())
                    .build()
                    .reader();

    private Records() {}

    /** The id of a record if it can be read, so that an error line still names its record; else null. */
    static String idOf(String line) {
        try {
            JsonNode node = LENIENT.readTree(line);
            JsonNode id = node == null ? null : node.get("id");
            return id == null || id.isNull() || !id.isValueNode() ? null : id.asText();
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    /** The error record written in place of a result; {@code line} only when positive. */
    static String error(String id, long line, String type, String message) {
        return AnalysisJson.error(id, line, type, message);
    }
}
