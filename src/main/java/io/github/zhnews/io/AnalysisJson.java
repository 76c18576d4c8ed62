package io.github.zhnews.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhnews.NewsAnalysis;
import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.KeyPhrase;
import io.github.zhnews.model.Mention;
import io.github.zhnews.model.Summary;
import io.github.zhnews.model.Token;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a {@link NewsAnalysis} as JSON with the field names documented in the README:
 * {@code id, title, source, publishedAt, editor, keyPhrases, organizations, people, places, dates, summary}
 * (the chosen sentences, an array of strings), {@code lead} (the lead paragraph) and {@code headings} (the section
 * headings, an array of strings)
 * and, on request, {@code tokens}. Missing values are written as {@code null}.
 */
public final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AnalysisJson() {
    }

    /** The shared, immutable-once-configured mapper used for zhnews JSON. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(NewsAnalysis a, boolean includeTokens) {
        try {
            // a lone surrogate in the input cannot be written as UTF-8: escaped, it stays valid JSON and UTF-8
            return WellFormedJson.escapeLoneSurrogates(MAPPER.writeValueAsString(tree(a, includeTokens)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode tree(NewsAnalysis a, boolean includeTokens) {
        ObjectNode o = MAPPER.createObjectNode();
        Summary s = a.summary();
        o.put("id", a.id().orElse(null));
        o.put("title", s.title());
        o.put("source", s.source());
        o.put("publishedAt", s.publishedAt() == null ? null : s.publishedAt().toString());
        o.put("editor", s.editor());
        o.put("referenceTime", a.referenceTime().toString());
        ArrayNode phrases = o.putArray("keyPhrases");
        for (KeyPhrase k : a.keyPhrases()) {
            phrases.addObject().put("text", k.text()).put("score", k.score()).put("count", k.count());
        }
        entities(o.putArray("organizations"), a.organizations());
        entities(o.putArray("people"), a.people());
        entities(o.putArray("places"), a.places());
        ArrayNode dates = o.putArray("dates");
        for (DateMention d : a.dates()) {
            dates.addObject().put("text", d.text()).put("start", d.start()).put("end", d.end())
                    .put("value", d.value()).put("type", d.type().name())
                    .put("grain", d.grain() == null ? null : d.grain().name()).put("duration", d.duration());
        }
        ArrayNode summary = o.putArray("summary");
        s.sentences().forEach(summary::add);
        o.put("lead", s.lead());
        ArrayNode headings = o.putArray("headings");
        s.headings().forEach(headings::add);
        if (includeTokens) {
            ArrayNode tokens = o.putArray("tokens");
            for (Token t : a.tokens()) {
                tokens.addObject().put("text", t.text()).put("pos", t.pos()).put("start", t.start())
                        .put("end", t.end());
            }
        }
        return o;
    }

    private static void entities(ArrayNode out, List<Entity> entities) {
        for (Entity e : entities) {
            ObjectNode o = out.addObject();
            o.put("name", e.name());
            if (e.kind() != null) {
                o.put("kind", e.kind().id());
            }
            ArrayNode mentions = o.putArray("mentions");
            for (Mention m : e.mentions()) {
                mentions.addObject().put("text", m.text()).put("start", m.start()).put("end", m.end());
            }
        }
    }
}
