package io.github.zhnews.eval;

import io.github.zhnews.NewsAnalysis;
import io.github.zhnews.NewsAnalyzer;
import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.KeyPhrase;
import io.github.zhnews.model.Mention;
import io.github.zhnews.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * zhnews through its public API: {@code NewsAnalyzer.analyze(String)}. Entity spans are every mention of
 * every organisation, person and place (not only the canonical names); time spans are {@code dates()}.
 */
public final class ZhnewsAnnotator implements Annotator {
    private final NewsAnalyzer analyzer;

    public ZhnewsAnnotator(NewsAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** An annotator over a default analyzer ({@code NewsAnalyzer.builder().build()}). */
    public static ZhnewsAnnotator withDefaults() {
        return new ZhnewsAnnotator(NewsAnalyzer.builder().build());
    }

    @Override
    public String name() {
        return "zhnews";
    }

    @Override
    public List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : analyzer.analyze(text).tokens()) {
            if (!t.text().isBlank()) {
                out.add(t.text());
            }
        }
        return out;
    }

    @Override
    public List<Span> entities(String text) {
        NewsAnalysis a = analyzer.analyze(text);
        List<Span> out = new ArrayList<>();
        add(out, a.organizations(), Readers.ORG);
        add(out, a.people(), Readers.PER);
        add(out, a.places(), Readers.LOC);
        return out;
    }

    private static void add(List<Span> out, List<Entity> entities, String type) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                out.add(new Span(m.start(), m.end(), type));
            }
        }
    }

    @Override
    public List<Span> times(String text) {
        List<Span> out = new ArrayList<>();
        for (DateMention d : analyzer.analyze(text).dates()) {
            out.add(new Span(d.start(), d.end(), Readers.TIME));
        }
        return out;
    }

    @Override
    public List<String> keyPhrases(String text, int k) {
        List<String> out = new ArrayList<>();
        for (KeyPhrase p : analyzer.withKeyPhrases(k).analyze(text).keyPhrases()) {
            out.add(p.text());
        }
        return out;
    }

    @Override
    public int analyzeForTiming(String text) {
        NewsAnalysis a = analyzer.analyze(text);
        return a.tokens().size() + a.organizations().size() + a.keyPhrases().size() + a.dates().size();
    }
}
