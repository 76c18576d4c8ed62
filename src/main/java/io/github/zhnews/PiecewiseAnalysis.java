package io.github.zhnews;

import io.github.zhnews.internal.document.Document;
import io.github.zhnews.internal.document.DocumentPreparer;
import io.github.zhnews.internal.document.PieceCutter;
import io.github.zhnews.internal.document.Ranking;
import io.github.zhnews.internal.text.TextSpan;
import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.KeyPhrase;
import io.github.zhnews.model.Mention;
import io.github.zhnews.model.Token;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis of a document too long to hold every word of at once ({@link Pipeline#PIECEWISE} characters
 * and more): the page is normalised and its layout parsed whole, then cut by {@link PieceCutter} into pieces
 * of about {@link Pipeline#PIECE} characters at paragraph or sentence ends, and each piece is prepared and run
 * through the per-text stages on its own: words, entities, dates, and the key-phrase ranking and summary
 * choice of the piece. What a piece found is shifted to the document's offsets and merged:
 * <ul>
 *   <li>words go into a {@link CompactTokens} list (about 10 bytes a word);</li>
 *   <li>entities of one type and canonical name are one entity, their mentions in text order (a short form
 *       is grouped under its full name only inside the piece where both occur);</li>
 *   <li>dates are concatenated (relative dates are resolved against the reference time as in a short text,
 *       but a date inherits its year or month only from dates in its own piece);</li>
 *   <li>key phrases: each piece ranks three times as many as asked; a phrase's score over the document is
 *       the sum of its scores in the pieces, its count the sum of its counts there, and the best are chosen
 *       as the ranker chooses (no phrase inside a better one; a chosen phrase found only inside a later,
 *       longer one is dropped);</li>
 *   <li>summary: each piece proposes the sentences the summary stage chooses there; the stage then chooses
 *       among all proposals with the document's key phrases and the word weights of each proposal's piece.</li>
 * </ul>
 * Memory is therefore the text, its normalised copy, the compact words, the mentions and dates, and one
 * piece's working set; time is linear in the text. Between pieces the thread's interrupt flag is checked
 * ({@link Pipeline#checkInterrupted()}). Stateless: one instance per {@link Pipeline}.
 */
final class PiecewiseAnalysis {
    /** Each piece ranks this many times the phrases asked for, so that the merge has more to choose from. */
    private static final int PHRASE_DEPTH = 3;

    private final Pipeline.Stages stages;

    /** The longest piece. */
    private final int piece;

    PiecewiseAnalysis(Pipeline.Stages stages, int piece) {
        this.stages = stages;
        this.piece = piece;
    }

    record Result(
            List<Token> tokens,
            List<Entity> entities,
            List<DateMention> dates,
            List<KeyPhrase> phrases,
            Document digest,
            List<TextSpan> summary) {}

    /**
     * @param page      the page, normalised and parsed
     * @param reference what relative dates are resolved against
     * @param depth     how many key phrases to rank (0: none)
     * @param sentences summary sentences (0 with {@code chars} 0: no summary)
     * @param chars     summary length limit
     */
    Result run(
            DocumentPreparer.Page page,
            LocalDateTime reference,
            int depth,
            int sentences,
            int chars,
            boolean findEntities,
            boolean findDates) {
        CompactTokens.Builder tokens = new CompactTokens.Builder(page.input());
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, List<Mention>> mentions = new HashMap<>();
        List<DateMention> dates = new ArrayList<>();
        Map<String, Phrase> phrases = new LinkedHashMap<>();
        List<TextSpan> proposed = new ArrayList<>();
        List<Token> proposedWords = new ArrayList<>();
        Map<String, Integer> wordIds = new HashMap<>();
        List<Double> wordWeights = new ArrayList<>();
        boolean summarise = sentences > 0 || chars > 0;
        int from = 0;
        int order = 0;
        for (int to : PieceCutter.ends(page.text(), piece)) {
            Pipeline.checkInterrupted();
            Document doc = stages.preparer().piece(page, from, to);
            tokens.addAll(doc.tokens(), from);
            Pipeline.checkInterrupted();
            List<Entity> found = findEntities ? stages.entities().find(doc) : List.of();
            for (Entity e : found) {
                String key = e.type() + "\t" + e.name();
                entities.putIfAbsent(key, e);
                List<Mention> all = mentions.computeIfAbsent(key, k -> new ArrayList<>());
                for (Mention m : e.mentions()) {
                    all.add(
                            new Mention(
                                    doc.surface(m.start(), m.end()),
                                    m.start() + from,
                                    m.end() + from));
                }
            }
            Pipeline.checkInterrupted();
            if (findDates) {
                for (DateMention d : stages.dates().find(doc, reference)) {
                    dates.add(
                            new DateMention(
                                    doc.surface(d.start(), d.end()),
                                    d.start() + from,
                                    d.end() + from,
                                    d.value(),
                                    d.type(),
                                    d.grain(),
                                    d.duration()));
                }
            }
            Pipeline.checkInterrupted();
            if (depth > 0 || summarise) {
                Ranking ranking =
                        stages.phrases().rank(doc, found, Math.max(depth, 1) * PHRASE_DEPTH);
                for (KeyPhrase p : ranking.phrases()) {
                    Phrase acc = phrases.computeIfAbsent(p.text(), Phrase::new);
                    if (acc.order < 0) {
                        acc.order = order++;
                    }
                    acc.score += p.score();
                    acc.count += p.count();
                }
                if (summarise) {
                    Pipeline.checkInterrupted();
                    List<Token> words = ranking.words();
                    for (TextSpan s : stages.summary().select(doc, ranking, sentences, chars)) {
                        proposed.add(new TextSpan(s.start() + from, s.end() + from));
                        for (Token w :
                                words) { // a handful of sentences a piece: a plain walk will do
                            if (w.start() >= s.start() && w.end() <= s.end()) {
                                proposedWords.add(
                                        new Token(
                                                w.text(),
                                                w.pos(),
                                                w.start() + from,
                                                w.end() + from));
                                double weight = ranking.weight(w.text());
                                Integer id = wordIds.get(w.text());
                                if (id == null) {
                                    wordIds.put(w.text(), wordWeights.size());
                                    wordWeights.add(weight);
                                } else {
                                    wordWeights.set(id, Math.max(wordWeights.get(id), weight));
                                }
                            }
                        }
                    }
                }
            }
            from = to;
        }
        List<Entity> merged = new ArrayList<>(entities.size());
        for (Map.Entry<String, Entity> e : entities.entrySet()) {
            Entity first = e.getValue();
            merged.add(
                    new Entity(first.name(), first.type(), first.kind(), mentions.get(e.getKey())));
        }
        merged.sort(Comparator.comparingInt((Entity e) -> e.mentions().get(0).start()));
        List<KeyPhrase> chosen = choose(phrases, Math.max(depth, 1));
        Pipeline.checkInterrupted();
        Document digest =
                new Document(
                        page.input(),
                        page.text(),
                        page.layout(),
                        proposed,
                        List.of(),
                        List.of(),
                        page.layout().titleSpan(),
                        page.layout().headings(),
                        page.lead());
        List<TextSpan> summary = List.of();
        if (summarise) {
            double[] weights = new double[wordWeights.size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = wordWeights.get(i);
            }
            Ranking overall = new Ranking(chosen, proposedWords, wordIds, weights, 1.0);
            summary = stages.summary().select(digest, overall, sentences, chars);
        }
        return new Result(tokens.build(), merged, dates, chosen, digest, summary);
    }

    /** The best phrases of the document, chosen as the ranker chooses inside one text. */
    private static List<KeyPhrase> choose(Map<String, Phrase> phrases, int limit) {
        List<Phrase> ranked = new ArrayList<>(phrases.values());
        ranked.sort(
                Comparator.comparingDouble((Phrase p) -> -p.score)
                        .thenComparingInt(p -> p.order)
                        .thenComparing(p -> p.text));
        List<Phrase> chosen = new ArrayList<>();
        for (Phrase p : ranked) {
            if (chosen.size() >= limit) {
                break;
            }
            if (chosen.stream().anyMatch(k -> k.text.contains(p.text))) {
                continue;
            }
            chosen.removeIf(k -> p.text.contains(k.text) && k.count <= p.count);
            chosen.add(p);
        }
        List<KeyPhrase> out = new ArrayList<>(chosen.size());
        for (Phrase p : chosen) {
            out.add(new KeyPhrase(p.text, Math.round(p.score * 1000) / 1000.0, p.count));
        }
        return out;
    }

    /** A phrase's sums over the pieces that ranked it. */
    private static final class Phrase {
        final String text;
        double score;
        int count;
        int order = -1;

        Phrase(String text) {
            this.text = text;
        }
    }
}
