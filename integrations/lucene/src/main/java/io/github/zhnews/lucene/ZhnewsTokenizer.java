package io.github.zhnews.lucene;

import io.github.zhnews.NewsAnalysis;
import io.github.zhnews.NewsAnalyzer;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.Mention;
import io.github.zhnews.model.Token;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tokens of the zhnews segmenter: one per word (punctuation and white space left out), its offsets into the
 * input, its part of speech (PKU tag, in the {@link TypeAttribute}) and, inside an organisation, person or place,
 * the entity type ({@link EntityTypeAttribute}). Where a name's mention covers whole words, the name's canonical
 * form is stacked on its first word (position increment 0, position length = its words), so that a search
 * for 西藏自治区商务厅 finds an article that wrote 自治区商务厅.
 *
 * <p>The whole input is read and analysed at the first {@link #incrementToken()}; zhnews never fails on the
 * content of a text.
 */
public final class ZhnewsTokenizer extends Tokenizer {
    private final NewsAnalyzer analyzer;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private final EntityTypeAttribute entity = addAttribute(EntityTypeAttribute.class);

    private final List<Out> pending = new ArrayList<>();
    private int next;
    private int textLength;
    private boolean analysed;

    /** One token to emit. */
    private record Out(String text, int start, int end, String type, String entity, int increment, int length) {
    }

    /** @param analyzer the zhnews analyzer that segments the text (and finds its names) */
    public ZhnewsTokenizer(NewsAnalyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!analysed) {
            analyse();
        }
        if (next >= pending.size()) {
            return false;
        }
        clearAttributes();
        Out o = pending.get(next++);
        term.setEmpty().append(o.text);
        offset.setOffset(correctOffset(o.start), correctOffset(o.end));
        type.setType(o.type);
        entity.setEntityType(o.entity);
        increment.setPositionIncrement(o.increment);
        length.setPositionLength(o.length);
        return true;
    }

    private void analyse() throws IOException {
        analysed = true;
        StringBuilder b = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = input.read(buffer)) != -1; ) {
            b.append(buffer, 0, n);
        }
        String text = b.toString();
        textLength = text.length();
        NewsAnalysis a = analyzer.analyze(text);
        List<Token> words = new ArrayList<>();
        for (Token t : a.tokens()) {
            if (t.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(t);
            }
        }
        Map<Integer, Integer> wordAt = new HashMap<>(); // start offset -> index of the word
        Map<Integer, Integer> wordEnding = new HashMap<>(); // end offset -> index of the word
        for (int i = 0; i < words.size(); i++) {
            wordAt.put(words.get(i).start(), i);
            wordEnding.put(words.get(i).end(), i);
        }
        String[] entityOf = new String[words.size()];
        Map<Integer, List<Out>> stacked = new HashMap<>();
        for (List<Entity> list : List.of(a.organizations(), a.people(), a.places())) {
            for (Entity e : list) {
                for (Mention m : e.mentions()) {
                    Integer first = wordAt.get(m.start());
                    Integer last = wordEnding.get(m.end());
                    if (first == null || last == null || last < first) {
                        continue; // the name does not cover whole words: no type, no stacked name
                    }
                    for (int i = first; i <= last; i++) {
                        entityOf[i] = e.type().id();
                    }
                    if (!e.name().equals(words.get(first).text()) || last > first) {
                        stacked.computeIfAbsent(first, k -> new ArrayList<>()).add(new Out(e.name(), m.start(),
                                m.end(), e.type().id(), e.type().id(), 0, last - first + 1));
                    }
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Token t = words.get(i);
            pending.add(new Out(t.text(), t.start(), t.end(), t.pos(), entityOf[i], 1, 1));
            pending.addAll(stacked.getOrDefault(i, List.of()));
        }
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(textLength);
        offset.setOffset(last, last);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        next = 0;
        textLength = 0;
        analysed = false;
    }
}
