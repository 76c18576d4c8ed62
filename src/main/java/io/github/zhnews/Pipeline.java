package io.github.zhnews;

import io.github.zhnews.entity.EntityRecognizer;
import io.github.zhnews.keyphrase.KeyPhraseExtractor;
import io.github.zhnews.keyphrase.KeyPhraseOptions;
import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.EntityType;
import io.github.zhnews.model.KeyPhrase;
import io.github.zhnews.model.Mention;
import io.github.zhnews.model.NewsTime;
import io.github.zhnews.model.Summary;
import io.github.zhnews.model.Token;
import io.github.zhnews.segment.NewsSegmenter;
import io.github.zhnews.summary.SentenceSelector;
import io.github.zhnews.text.ArticleLayout;
import io.github.zhnews.text.ArticleParser;
import io.github.zhnews.text.SentenceSplitter;
import io.github.zhnews.text.TextNormalizer;
import io.github.zhnews.text.TextSpan;
import io.github.zhnews.time.ChineseDateFinder;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place where the stages are strung together. Every stage works on the normalised text, which has
 * the same length as the input, so offsets carry over; surface forms are then taken from the input itself.
 */
final class Pipeline {
    /** How many key phrases at least are ranked (the default count): the summary judges sentences by them. */
    private static final int SUMMARY_PHRASES = KeyPhraseOptions.DEFAULT.count();
    private final TextNormalizer normalizer = new TextNormalizer();
    private final ArticleParser parser = new ArticleParser();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ChineseDateFinder dates = new ChineseDateFinder();
    private final SentenceSelector selector = new SentenceSelector();
    private final NewsSegmenter segmenter;
    private final EntityRecognizer entities;
    private final KeyPhraseExtractor phrases;
    private final ZoneId zone;

    Pipeline(NewsSegmenter segmenter, EntityRecognizer entities, KeyPhraseExtractor phrases, ZoneId zone) {
        this.zone = zone;
        this.segmenter = segmenter;
        this.entities = entities;
        this.phrases = phrases;
    }

    /**
     * Analyses one article. A phrase count of 0 reports no key phrases, sentence count and length 0 choose no
     * summary sentences; without entities or dates those lists stay empty and their stages do not run.
     */
    NewsAnalysis run(Article article, LocalDateTime fallbackReference, int phraseCount, int sentenceCount,
                     int summaryChars, boolean findEntities, boolean findDates) {
        String input = article.text();
        String text = normalizer.normalize(input);
        ArticleLayout layout = parser.parse(text);

        List<Token> tokens = new ArrayList<>();
        List<Token> content = new ArrayList<>();
        boolean same = text.equals(input); // normalisation changed nothing: surfaces need no copying
        for (Token t : segmenter.segment(text)) {
            tokens.add(same ? t : new Token(input.substring(t.start(), t.end()), t.pos(), t.start(), t.end()));
            if (!layout.isBoilerplate(t.start(), t.end())) {
                content.add(t);
            }
        }

        List<Entity> organizations = new ArrayList<>();
        List<Entity> people = new ArrayList<>();
        List<Entity> places = new ArrayList<>();
        for (Entity e : findEntities ? entities.find(text, content) : List.<Entity>of()) {
            Entity surface = same ? e : withInputSurface(e, input);
            (e.type() == EntityType.ORGANIZATION ? organizations : e.type() == EntityType.PERSON ? people : places)
                    .add(surface);
        }

        ZoneId articleZone = article.zone().orElse(zone);
        LocalDateTime page = layout.publishedAt(); // a page's day alone comes as its midnight
        NewsTime published = article.publishedIn(zone).orElse(page == null ? null : page.toLocalTime()
                .equals(LocalTime.MIDNIGHT) ? NewsTime.ofDate(page.toLocalDate()) : NewsTime.of(page, articleZone));
        LocalDateTime reference = published != null ? published.toLocalDateTime() : fallbackReference;
        List<DateMention> found = findDates ? dates(input, text, same, tokens, layout, reference) : List.of();

        TextSpan title = layout.titleSpan();
        Set<TextSpan> headingSet = new HashSet<>(layout.headings());
        int leadEnd = leadEnd(layout, title, headingSet);
        BitSet names = new BitSet(text.length());
        for (List<Entity> list : List.of(organizations, people, places)) {
            for (Entity e : list) {
                e.mentions().forEach(m -> names.set(m.start(), m.end()));
            }
        }
        boolean summarise = sentenceCount > 0 || summaryChars > 0;
        // phrases are ranked at least ten deep, so that the summary judges sentences alike whatever number of
        // phrases is reported, and a short list is the head of the long one
        KeyPhraseExtractor.Ranking ranking = phraseCount == 0 && !summarise ? null
                : phrases.rank(text, content, title == null ? -1 : title.start(), title == null ? -1 : title.end(),
                leadEnd, names, Math.max(phraseCount, SUMMARY_PHRASES));
        List<KeyPhrase> keyPhrases = ranking == null ? List.of()
                : ranking.phrases().subList(0, Math.min(phraseCount, ranking.phrases().size()));

        List<TextSpan> sentenceSpans = new ArrayList<>();
        String lead = null;
        for (TextSpan line : layout.body()) {
            if (line.equals(title) || headingSet.contains(line)) {
                continue;
            }
            List<TextSpan> split = splitter.split(text, line.start(), line.end());
            if (lead == null && !split.isEmpty()) {
                lead = line.of(input);
            }
            sentenceSpans.addAll(split);
        }
        if (lead != null && layout.body().size() <= 1 + (title == null ? 0 : 1) + layout.headings().size()
                && !sentenceSpans.isEmpty()) {
            lead = sentenceSpans.get(0).of(input); // one paragraph: its first sentence leads
        }
        List<String> sentences = new ArrayList<>(sentenceSpans.size());
        double[] centrality = new double[sentenceSpans.size()];
        List<Token> words = summarise ? ranking.words() : List.of(); // as ranked, so that each has its weight
        int k = 0;
        for (int i = 0; i < sentenceSpans.size(); i++) {
            TextSpan span = sentenceSpans.get(i);
            sentences.add(span.of(input));
            while (k < words.size() && words.get(k).start() < span.start()) {
                k++;
            }
            for (int j = k; j < words.size() && words.get(j).end() <= span.end(); j++) {
                centrality[i] += ranking.weight(words.get(j).text());
            }
        }
        List<String> chosen = new ArrayList<>();
        if (summarise) {
            for (int i : selector.select(sentences, centrality, ranking.phrases(), sentenceCount, summaryChars)) {
                chosen.add(sentences.get(i));
            }
        }
        List<String> headings = new ArrayList<>();
        for (TextSpan h : layout.headings()) {
            headings.add(h.of(input));
        }
        String titleText = article.title().orElse(title == null ? null : title.of(input));
        Summary summary = new Summary(titleText, article.source().orElse(layout.source()), published,
                layout.editor(), lead, headings, chosen);
        return new NewsAnalysis(article.id().orElse(null), articleZone, reference, tokens, keyPhrases, organizations, people,
                places, found, summary);
    }

    /** The dates of the text that start on a word and end on one, outside the boilerplate. */
    private List<DateMention> dates(String input, String text, boolean same, List<Token> tokens,
                                    ArticleLayout layout, LocalDateTime reference) {
        BitSet starts = new BitSet(text.length() + 1);
        BitSet ends = new BitSet(text.length() + 1);
        BitSet timeWords = new BitSet(text.length() + 1); // characters of words that may hold part of a date
        for (Token t : tokens) {
            starts.set(t.start());
            ends.set(t.end());
            if (t.pos().startsWith("t") || t.pos().startsWith("m") || t.pos().startsWith("q")
                    || t.pos().startsWith("f")) {
                timeWords.set(t.start(), t.end());
            }
        }
        List<DateMention> found = new ArrayList<>();
        for (DateMention d : dates.find(text, reference, starts)) {
            // a date starts on a word and ends on one, or inside a time word (去年同期): never 明日 in 光明日报
            boolean aligned = ends.get(d.end()) || timeWords.get(d.end() - 1);
            if (aligned && !layout.isBoilerplate(d.start(), d.end())) {
                found.add(same ? d : new DateMention(input.substring(d.start(), d.end()), d.start(), d.end(),
                        d.value(), d.type()));
            }
        }
        return found;
    }

    /** End of the first body paragraph after the title: the lead. */
    private static int leadEnd(ArticleLayout layout, TextSpan title, Set<TextSpan> headings) {
        for (TextSpan line : layout.body()) {
            if (!line.equals(title) && !headings.contains(line)) {
                return line.end();
            }
        }
        return 0;
    }

    private static Entity withInputSurface(Entity e, String input) {
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : e.mentions()) {
            mentions.add(new Mention(input.substring(m.start(), m.end()), m.start(), m.end()));
        }
        return new Entity(e.name(), e.type(), e.kind(), mentions);
    }
}
