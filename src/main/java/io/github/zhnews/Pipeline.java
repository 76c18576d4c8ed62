package io.github.zhnews;

import io.github.zhnews.internal.document.Document;
import io.github.zhnews.internal.document.DocumentPreparer;
import io.github.zhnews.internal.document.Ranking;
import io.github.zhnews.internal.entity.EntityFinder;
import io.github.zhnews.internal.keyphrase.KeyPhraseOptions;
import io.github.zhnews.internal.keyphrase.KeyPhraseRanker;
import io.github.zhnews.internal.segment.TokenStandards;
import io.github.zhnews.internal.summary.Summarizer;
import io.github.zhnews.internal.text.TextSpan;
import io.github.zhnews.internal.time.DateRecognizer;
import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.EntityType;
import io.github.zhnews.model.KeyPhrase;
import io.github.zhnews.model.Mention;
import io.github.zhnews.model.NewsTime;
import io.github.zhnews.model.Summary;
import io.github.zhnews.model.Token;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * The one place where the stages are strung together: prepare the document, then entities, dates, key phrases
 * and the summary, each reading the document. It does no stage's work itself; it only turns the stages'
 * offsets into the input's own characters. The stages are assembled in {@code NewsAnalyzer.Builder.build()}.
 */
final class Pipeline {
    /** How many key phrases at least are ranked (the default count): the summary judges sentences by them. */
    private static final int SUMMARY_PHRASES = KeyPhraseOptions.DEFAULT.count();

    /** From this many characters on, a document is analysed piece by piece ({@link PiecewiseAnalysis}). */
    static final int PIECEWISE = 150_000;

    /** The longest piece of a document analysed piece by piece. */
    static final int PIECE = 100_000;

    /** The stages, each built once at {@code build()}; immutable and thread-safe. */
    record Stages(
            DocumentPreparer preparer,
            EntityFinder entities,
            DateRecognizer dates,
            KeyPhraseRanker phrases,
            Summarizer summary) {
        Stages {
            Objects.requireNonNull(preparer, "preparer");
            Objects.requireNonNull(entities, "entities");
            Objects.requireNonNull(dates, "dates");
            Objects.requireNonNull(phrases, "phrases");
            Objects.requireNonNull(summary, "summary");
        }
    }

    private final Stages stages;
    private final PiecewiseAnalysis pieces;

    /** The zone of articles that do not name their own. */
    private final ZoneId zone;

    /** From this many characters on, the document is analysed piece by piece. */
    private final int piecewise;

    /** The word standard of the tokens given out. */
    private final WordStandard words;

    Pipeline(Stages stages, ZoneId zone, WordStandard words) {
        this(stages, zone, PIECEWISE, PIECE, words);
    }

    private Pipeline(Stages stages, ZoneId zone, int piecewise, int piece, WordStandard words) {
        this.stages = stages;
        this.pieces = new PiecewiseAnalysis(stages, piece);
        this.zone = Objects.requireNonNull(zone, "zone");
        this.piecewise = piecewise;
        this.words = Objects.requireNonNull(words, "words");
    }

    /**
     * This pipeline analysing documents of {@code from} characters and more in pieces of at most {@code size}:
     * for tests, which reach the piecewise path with short hostile texts.
     */
    Pipeline withPieces(int from, int size) {
        if (size < 2 || from < size) {
            throw new IllegalArgumentException("need 2 <= size <= from, got " + size + ", " + from);
        }
        return new Pipeline(stages, zone, from, size, words);
    }

    /**
     * Stops an analysis whose thread was interrupted (a batch abandons a document over its time budget so):
     * checked between stages, and between the pieces of a long document.
     *
     * @throws CancellationException if the current thread's interrupt flag is set (the flag stays set)
     */
    static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the analysis was interrupted");
        }
    }

    /**
     * Analyses one article. A phrase count of 0 reports no key phrases, sentence count and length 0 choose no
     * summary sentences; without entities or dates those lists stay empty and their stages do not run.
     */
    NewsAnalysis run(
            Article article,
            LocalDateTime fallbackReference,
            int phraseCount,
            int sentenceCount,
            int summaryChars,
            boolean findEntities,
            boolean findDates) {
        checkInterrupted();
        if (article.text().length() >= piecewise) {
            return inPieces(
                    article,
                    fallbackReference,
                    phraseCount,
                    sentenceCount,
                    summaryChars,
                    findEntities,
                    findDates);
        }
        Document doc = stages.preparer().prepare(article.text());
        checkInterrupted();
        List<Entity> entities = findEntities ? stages.entities().find(doc) : List.of();
        checkInterrupted();

        ZoneId articleZone = article.zone().orElse(zone);
        NewsTime published = published(article, doc.layout().publishedAt(), articleZone);
        LocalDateTime reference =
                published != null ? published.toLocalDateTime() : fallbackReference;
        List<DateMention> dates = findDates ? stages.dates().find(doc, reference) : List.of();
        checkInterrupted();

        boolean summarise = sentenceCount > 0 || summaryChars > 0;
        // phrases are ranked at least ten deep, so that the summary judges sentences alike whatever
        // number of
        // phrases is reported, and a short list is the head of the long one
        Ranking ranking =
                phraseCount == 0 && !summarise
                        ? Ranking.empty()
                        : stages.phrases()
                                .rank(doc, entities, Math.max(phraseCount, SUMMARY_PHRASES));
        List<KeyPhrase> keyPhrases =
                ranking.phrases().subList(0, Math.min(phraseCount, ranking.phrases().size()));
        checkInterrupted();
        List<TextSpan> chosen =
                summarise
                        ? stages.summary().select(doc, ranking, sentenceCount, summaryChars)
                        : List.of();
        List<Entity> people = ofType(doc, entities, EntityType.PERSON);
        return new NewsAnalysis(
                article.id().orElse(null),
                articleZone,
                reference,
                words(surfaces(doc), people),
                keyPhrases,
                ofType(doc, entities, EntityType.ORGANIZATION),
                people,
                ofType(doc, entities, EntityType.PLACE),
                dateSurfaces(doc, dates),
                summary(article, doc, published, chosen));
    }

    /** {@link #run} for a document long enough to be analysed in pieces. */
    private NewsAnalysis inPieces(
            Article article,
            LocalDateTime fallbackReference,
            int phraseCount,
            int sentenceCount,
            int summaryChars,
            boolean findEntities,
            boolean findDates) {
        DocumentPreparer.Page page = stages.preparer().page(article.text());
        ZoneId articleZone = article.zone().orElse(zone);
        NewsTime published = published(article, page.layout().publishedAt(), articleZone);
        LocalDateTime reference =
                published != null ? published.toLocalDateTime() : fallbackReference;
        boolean summarise = sentenceCount > 0 || summaryChars > 0;
        int depth = phraseCount == 0 && !summarise ? 0 : Math.max(phraseCount, SUMMARY_PHRASES);
        PiecewiseAnalysis.Result r =
                pieces.run(
                        page,
                        reference,
                        depth,
                        sentenceCount,
                        summaryChars,
                        findEntities,
                        findDates);
        List<KeyPhrase> keyPhrases =
                r.phrases().subList(0, Math.min(phraseCount, r.phrases().size()));
        List<Entity> entities = r.entities(); // offsets and surfaces are the input's already
        return new NewsAnalysis(
                article.id().orElse(null),
                articleZone,
                reference,
                words(r.tokens(), ofType(entities, EntityType.PERSON)),
                keyPhrases,
                ofType(entities, EntityType.ORGANIZATION),
                ofType(entities, EntityType.PERSON),
                ofType(entities, EntityType.PLACE),
                r.dates(),
                summary(article, r.digest(), published, r.summary()));
    }

    private NewsTime published(Article article, LocalDateTime page, ZoneId articleZone) {
        // a page's day alone comes as its midnight
        return article.publishedIn(zone)
                .orElse(
                        page == null
                                ? null
                                : page.toLocalTime().equals(LocalTime.MIDNIGHT)
                                        ? NewsTime.ofDate(page.toLocalDate())
                                        : NewsTime.of(page, articleZone));
    }

    private static List<Entity> ofType(List<Entity> entities, EntityType type) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == type) {
                out.add(e);
            }
        }
        return out;
    }

    private static Summary summary(
            Article article, Document doc, NewsTime published, List<TextSpan> chosen) {
        String title =
                article.title().orElse(doc.title() == null ? null : doc.title().of(doc.input()));
        String lead = doc.lead() == null ? null : doc.lead().of(doc.input());
        List<String> headings = new ArrayList<>();
        for (TextSpan h : doc.headings()) {
            headings.add(h.of(doc.input()));
        }
        List<String> sentences = new ArrayList<>();
        for (TextSpan s : chosen) {
            sentences.add(s.of(doc.input()));
        }
        return new Summary(
                title,
                article.source().orElse(doc.layout().source()),
                published,
                doc.layout().editor(),
                lead,
                headings,
                sentences);
    }

    /** The tokens as the analyzer's {@link WordStandard} writes them; the stages read the segmenter's. */
    private List<Token> words(List<Token> tokens, List<Entity> people) {
        List<int[]> names = new ArrayList<>();
        for (Entity e : people) {
            for (Mention m : e.mentions()) {
                names.add(new int[] {m.start(), m.end()});
            }
        }
        // what every standard agrees on first: numbers and people's names whole
        List<Token> agreed = TokenStandards.joinNames(TokenStandards.joinNumbers(tokens), names);
        return switch (words) {
            case NEWS -> TokenStandards.joinDates(agreed);
            case PKU ->
                    TokenStandards.pkuWords(
                            TokenStandards.cutCompounds(
                                    TokenStandards.cutNames(TokenStandards.joinDates(agreed))));
            case UD -> TokenStandards.splitDates(agreed);
        };
    }

    private static List<Token> surfaces(Document doc) {
        if (doc.unchanged()) {
            return doc.tokens();
        }
        List<Token> out = new ArrayList<>(doc.tokens().size());
        for (Token t : doc.tokens()) {
            out.add(new Token(doc.surface(t.start(), t.end()), t.pos(), t.start(), t.end()));
        }
        return out;
    }

    private static List<DateMention> dateSurfaces(Document doc, List<DateMention> dates) {
        if (doc.unchanged()) {
            return dates;
        }
        List<DateMention> out = new ArrayList<>(dates.size());
        for (DateMention d : dates) {
            out.add(d.withText(doc.surface(d.start(), d.end())));
        }
        return out;
    }

    private static List<Entity> ofType(Document doc, List<Entity> entities, EntityType type) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() != type) {
                continue;
            }
            if (doc.unchanged()) {
                out.add(e);
                continue;
            }
            List<Mention> mentions = new ArrayList<>();
            for (Mention m : e.mentions()) {
                mentions.add(new Mention(doc.surface(m.start(), m.end()), m.start(), m.end()));
            }
            out.add(new Entity(e.name(), e.type(), e.kind(), mentions));
        }
        return out;
    }
}
