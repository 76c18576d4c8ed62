package io.github.zhnews.internal.io;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhnews.model.AnalysisRecord;
import java.io.UncheckedIOException;

/**
 * JSON and JSON Lines of an analysis: an {@link AnalysisRecord} written field for field (see the README's
 * "JSON output"), with or without its tokens, and read back. Only immutable Jackson objects
 * ({@link ObjectReader}, {@link ObjectWriter}) leave this class; its mappers are never handed out.
 */
public final class AnalysisJson {
    /** Hides the tokens, for {@code toJson()} without them. */
    @JsonIgnoreProperties("tokens")
    private abstract static class WithoutTokens {}

    private static final JsonMapper MAPPER =
            JsonMapper.builder()
                    .disable(
                            DeserializationFeature
                                    .FAIL_ON_UNKNOWN_PROPERTIES) // a newer writer may add fields
                    .build();
    private static final ObjectWriter WITH_TOKENS = MAPPER.writerFor(AnalysisRecord.class);
    private static final ObjectWriter WITHOUT_TOKENS =
            JsonMapper.builder()
                    .addMixIn(AnalysisRecord.class, WithoutTokens.class)
                    .build()
                    .writerFor(AnalysisRecord.class);
    private static final ObjectReader RECORD = MAPPER.readerFor(AnalysisRecord.class);

    private AnalysisJson() {}

    /** An immutable reader for JSON trees and values, configured like zhnews's own. */
    public static ObjectReader reader() {
        return MAPPER.reader();
    }

    /** An immutable writer, configured like zhnews's own. */
    public static ObjectWriter writer() {
        return MAPPER.writer();
    }

    /** A new, empty JSON object to fill and write with {@link #writer()}. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** The analysis as one line of JSON, with its tokens when asked. */
    public static String write(AnalysisRecord analysis, boolean includeTokens) {
        try {
            // a lone surrogate in the input cannot be written as UTF-8: escaped, it stays valid
            // JSON and UTF-8
            return WellFormedJson.escapeLoneSurrogates(
                    (includeTokens ? WITH_TOKENS : WITHOUT_TOKENS).writeValueAsString(analysis));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @throws JsonProcessingException when the text is not JSON, or not an analysis
     */
    public static AnalysisRecord read(String json) throws JsonProcessingException {
        return RECORD.readValue(json);
    }

    /**
     * The record a batch writes in place of a result: {@code {"id", "line"?, "error": {"type", "message"}}};
     * {@code line} only when positive.
     */
    public static String error(String id, long line, String type, String message) {
        ObjectNode o = object();
        o.put("id", id);
        if (line > 0) {
            o.put("line", line);
        }
        o.putObject("error").put("type", type).put("message", message);
        // the id and message may quote the input, lone surrogates and all: escaped, the line stays
        // UTF-8
        return WellFormedJson.escapeLoneSurrogates(o.toString());
    }
}
