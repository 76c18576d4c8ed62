package io.github.zhnews;

import io.github.zhnews.Corpus.Period;
import io.github.zhnews.internal.document.DocumentPreparer;
import io.github.zhnews.internal.document.Segmenter;
import io.github.zhnews.internal.entity.EntityRecognizer;
import io.github.zhnews.internal.entity.ner.NerStandard;
import io.github.zhnews.internal.entity.ner.NerTagger;
import io.github.zhnews.internal.keyphrase.IdfTable;
import io.github.zhnews.internal.keyphrase.KeyPhraseExtractor;
import io.github.zhnews.internal.keyphrase.KeyPhraseOptions;
import io.github.zhnews.internal.resources.ResourceException;
import io.github.zhnews.internal.resources.WordLists;
import io.github.zhnews.internal.segment.CoreWords;
import io.github.zhnews.internal.segment.NewsSegmenter;
import io.github.zhnews.internal.segment.TokenStandards;
import io.github.zhnews.internal.segment.TrainedSegmenter;
import io.github.zhnews.internal.segment.UserDictionary;
import io.github.zhnews.internal.summary.SentenceSelector;
import io.github.zhnews.internal.text.TextSpan;
import io.github.zhnews.internal.time.NewsDateRecognizer;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;

/**
 * Analyses Chinese news articles: words, key phrases, organisations, people, places, dates and a summary.
 *
 * <p>Configure once, analyse many: {@link #builder()} loads and checks everything at {@link Builder#build()};
 * the built analyzer is immutable and safe to share across threads, and {@link #analyze(Article)} is a pure
 * function of its argument. A user dictionary belongs to the analyzer it was given to and to no other.
 *
 * <pre>{@code
 * NewsAnalyzer analyzer = NewsAnalyzer.builder().keyPhrases(10).summarySentences(3).build();
 * NewsAnalysis a = analyzer.analyze(Article.of(text).publishedAt(LocalDateTime.of(2023, 5, 21, 9, 39)));
 * a.keyPhrases(); a.organizations(); a.dates(); a.summary(); a.toJson();
 * }</pre>
 */
public final class NewsAnalyzer {
    /** Time zone of "today" when neither the article nor the caller gives a reference time. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Pipeline pipeline;
    private final int keyPhrases;
    private final int summarySentences;
    private final int summaryCharacters;
    private final LocalDateTime referenceTime;
    private final Clock clock;
    private final Set<Feature> off;

    private NewsAnalyzer(
            Pipeline pipeline,
            int keyPhrases,
            int summarySentences,
            int summaryCharacters,
            LocalDateTime referenceTime,
            Clock clock,
            Set<Feature> off) {
        this.pipeline = pipeline;
        this.keyPhrases = keyPhrases;
        this.summarySentences = summarySentences;
        this.summaryCharacters = summaryCharacters;
        this.referenceTime = referenceTime;
        this.clock = clock;
        this.off = off;
    }

    /** A builder with the defaults: 10 key phrases, 3 summary sentences, no user dictionary. */
    public static Builder builder() {
        return new Builder();
    }

    /** An analyzer with every default. */
    public static NewsAnalyzer create() {
        return builder().build();
    }

    /** Analyses a bare text: no id, and the publication time only if the text states one. */
    public NewsAnalysis analyze(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return analyze(Article.of(text));
    }

    /**
     * Analyses one article. Never fails on the content of the text; a null article is a NullPointerException.
     * A text of 150,000 characters or more is analysed in pieces of at most 100,000 cut at paragraph or
     * sentence ends, so that memory stays bounded (a 10-million-character text fits a 512 MB heap; see the
     * README); its entities, dates, key phrases and summary are then merged over the pieces.
     *
     * @throws java.util.concurrent.CancellationException if the calling thread is interrupted: the analysis
     *                                                    looks at the flag between its stages and pieces, and
     *                                                    leaves it set
     */
    public NewsAnalysis analyze(Article article) {
        Objects.requireNonNull(article, "article must not be null");
        LocalDateTime fallback = referenceTime != null ? referenceTime : LocalDateTime.now(clock);
        int phrases = off.contains(Feature.KEY_PHRASES) ? 0 : keyPhrases;
        boolean sentences =
                !off.contains(Feature.SUMMARY_SENTENCES)
                        && (summarySentences > 0 || summaryCharacters > 0);
        return pipeline.run(
                article,
                fallback,
                phrases,
                sentences ? summarySentences : 0,
                sentences ? summaryCharacters : 0,
                !off.contains(Feature.ENTITIES),
                !off.contains(Feature.DATES));
    }

    /**
     * Analyses articles lazily, in order; each result comes from {@link #analyze(Article)}. Feed the result to
     * {@link Corpus#of(Stream, Corpus.Period)} for a view across them.
     */
    public Stream<NewsAnalysis> analyzeAll(Stream<Article> articles) {
        return articles.map(this::analyze);
    }

    /**
     * Analyses articles on several threads, with results in input order: exactly one {@link BatchResult} per
     * article, a failure (too large, over the time budget, out of memory) in place of an analysis where one
     * could not be made. Bounded: at most {@link BatchOptions#inFlight()} articles are held at once, read from
     * {@code articles} only as results are consumed. Close the stream (try-with-resources) to stop early.
     *
     * <pre>{@code
     * try (Stream<BatchResult> results = analyzer.analyzeAll(articles, BatchOptions.defaults())) {
     *     results.forEach(r -> r.analysis().ifPresent(a -> write(a.toJson())));
     * }
     * }</pre>
     */
    public Stream<BatchResult> analyzeAll(Stream<Article> articles, BatchOptions options) {
        return Batches.analyzeAll(this::analyze, articles, options);
    }

    /**
     * Analyses the articles and summarises them by period: key phrases and organisations per month (or year,
     * or day), with counts, the ids of the articles they come from and their co-occurrence.
     */
    public Corpus corpus(Stream<Article> articles, Period by) {
        return Corpus.of(analyzeAll(articles), by);
    }

    /** This analyzer cutting documents of {@code from} characters and more into pieces of {@code size}: tests only. */
    NewsAnalyzer withPieces(int from, int size) {
        return new NewsAnalyzer(
                pipeline.withPieces(from, size),
                keyPhrases,
                summarySentences,
                summaryCharacters,
                referenceTime,
                clock,
                off);
    }

    /** This analyzer returning {@code n} key phrases; everything else, loaded resources included, is shared. */
    public NewsAnalyzer withKeyPhrases(int n) {
        Builder.checkCount("key phrases", n);
        return new NewsAnalyzer(
                pipeline, n, summarySentences, summaryCharacters, referenceTime, clock, off);
    }

    /** This analyzer choosing {@code n} summary sentences; everything else is shared. */
    public NewsAnalyzer withSummarySentences(int n) {
        Builder.checkCount("summary sentences", n);
        return new NewsAnalyzer(
                pipeline, keyPhrases, n, summaryCharacters, referenceTime, clock, off);
    }

    /**
     * This analyzer keeping summaries within {@code chars} characters (0: no length limit; the sentence count
     * still applies); everything else is shared.
     */
    public NewsAnalyzer withSummaryCharacters(int chars) {
        Builder.checkChars(chars);
        return new NewsAnalyzer(
                pipeline, keyPhrases, summarySentences, chars, referenceTime, clock, off);
    }

    /** This analyzer resolving dates against {@code time} when an article states no publication time. */
    public NewsAnalyzer withReferenceTime(LocalDateTime time) {
        return new NewsAnalyzer(
                pipeline,
                keyPhrases,
                summarySentences,
                summaryCharacters,
                Objects.requireNonNull(time, "time"),
                clock,
                off);
    }

    /**
     * This analyzer with the given features turned off (and those already off); everything else is shared.
     * A job that needs only the summary, say, skips entities and dates and runs about twice as fast.
     */
    public NewsAnalyzer without(Feature first, Feature... more) {
        Set<Feature> now = EnumSet.noneOf(Feature.class);
        now.addAll(off);
        now.addAll(Builder.features(first, more));
        return withOff(now);
    }

    /** This analyzer with the given features turned back on; everything else is shared. */
    public NewsAnalyzer with(Feature first, Feature... more) {
        Set<Feature> now = EnumSet.noneOf(Feature.class);
        now.addAll(off);
        now.removeAll(Builder.features(first, more));
        return withOff(now);
    }

    private NewsAnalyzer withOff(Set<Feature> now) {
        return new NewsAnalyzer(
                pipeline,
                keyPhrases,
                summarySentences,
                summaryCharacters,
                referenceTime,
                clock,
                Set.copyOf(now));
    }

    /** Whether this analyzer computes the feature (all are on unless turned off). */
    public boolean isEnabled(Feature feature) {
        return !off.contains(Objects.requireNonNull(feature, "feature"));
    }

    public int keyPhraseCount() {
        return keyPhrases;
    }

    public int summarySentenceCount() {
        return summarySentences;
    }

    /** The summary length limit in characters; 0 when only the sentence count limits it. */
    public int summaryCharacterLimit() {
        return summaryCharacters;
    }

    /**
     * Configures a {@link NewsAnalyzer}. Not thread-safe; each setter may be called once and checks its
     * argument at once; {@link #build()} loads the resources and fails with a {@link ConfigurationException}
     * that says what is wrong.
     */
    public static final class Builder {
        private static final int UNSET = -1;
        private int keyPhrases = UNSET;
        private int summarySentences = UNSET;
        private int summaryCharacters = UNSET;
        private final Set<String> lexicon = new HashSet<>();
        private int minPhraseLength = UNSET;
        private int maxPhraseLength = UNSET;
        private final List<Path> dictionaryFiles = new ArrayList<>();
        private final List<String> userWords = new ArrayList<>();
        private Segmentation segmentation;
        private final List<String> userOrganizations = new ArrayList<>();
        private final Set<String> stopWords = new HashSet<>();
        private LocalDateTime referenceTime;
        private Clock clock;
        private ZoneId zone;
        private Set<Feature> off;
        private EntityRecognition entityRecognition;
        private Path entityModel;
        private EntityStandard entityStandard;
        private WordStandard wordStandard;

        private Builder() {}

        /** How many key phrases to return (default 10; 0 turns them off). */
        public Builder keyPhrases(int n) {
            checkUnset("key phrase count", keyPhrases);
            checkCount("key phrases", n);
            keyPhrases = n;
            return this;
        }

        /** How many sentences the summary holds (default 3; 0 gives metadata only). */
        public Builder summarySentences(int n) {
            checkUnset("summary sentence count", summarySentences);
            checkCount("summary sentences", n);
            summarySentences = n;
            return this;
        }

        /**
         * Keeps summaries within this many characters (default 0: no limit but the sentence count). With
         * {@code summarySentences(0)} and a length, the summary takes as many sentences as fit.
         */
        public Builder summaryCharacters(int chars) {
            checkUnset("summary length", summaryCharacters);
            checkChars(chars);
            summaryCharacters = chars;
            return this;
        }

        /**
         * Adds domain terms (药品集中带量采购, 新质生产力...): they are kept whole by the segmenter, are a key
         * phrase candidate wherever they occur, even once, and weigh more than other phrases. May be called
         * more than once.
         */
        public Builder domainLexicon(Collection<String> terms) {
            for (String w : Objects.requireNonNull(terms, "terms")) {
                lexicon.add(checkWord(w));
            }
            return this;
        }

        /** Shortest and longest key phrase in characters (default 2 and 16). */
        public Builder phraseLength(int min, int max) {
            checkUnset("phrase length", minPhraseLength);
            if (min < 2 || max < min) {
                throw new ConfigurationException(
                        "phrase length must satisfy 2 <= min <= max, got min="
                                + min
                                + ", max="
                                + max);
            }
            minPhraseLength = min;
            maxPhraseLength = max;
            return this;
        }

        /**
         * Adds a user dictionary file: UTF-8, one {@code word} or {@code word pos} per line. Words tagged
         * {@code nt} are also organisation names. Read at {@link #build()}. May be called more than once.
         */
        public Builder userDictionary(Path file) {
            dictionaryFiles.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /**
         * Chooses the segmenter ({@link Segmentation#DICTIONARY} unless set).
         *
         * @throws ConfigurationException when it was already set
         */
        public Builder segmentation(Segmentation segmentation) {
            Objects.requireNonNull(segmentation, "segmentation");
            if (this.segmentation != null) {
                throw new ConfigurationException(
                        "segmentation was already set to " + this.segmentation);
            }
            this.segmentation = segmentation;
            return this;
        }

        /**
         * Which word guidelines the tokens follow where standards disagree (default {@link WordStandard#NEWS}:
         * names whole, a date's number with its unit; {@link WordStandard#PKU} also cuts a Chinese name after its
         * surname, as SIGHAN 2005 PKU does; {@link WordStandard#UD} keeps a date's number apart from its unit). The
         * stages read the same words under each.
         *
         * @throws ConfigurationException when it was already set
         */
        public Builder wordStandard(WordStandard standard) {
            Objects.requireNonNull(standard, "standard");
            if (wordStandard != null) {
                throw new ConfigurationException(
                        "word standard was already set to " + wordStandard);
            }
            wordStandard = standard;
            return this;
        }

        /** Adds words that must be kept whole by the segmenter. */
        public Builder userWords(Collection<String> words) {
            for (String w : Objects.requireNonNull(words, "words")) {
                userWords.add(checkWord(w));
            }
            return this;
        }

        /** Adds organisation names that are always recognised (and kept whole). */
        public Builder organizations(Collection<String> names) {
            for (String w : Objects.requireNonNull(names, "names")) {
                userOrganizations.add(checkWord(w));
            }
            return this;
        }

        /** Adds words that are never a key phrase, nor its first or last word. */
        public Builder stopWords(Collection<String> words) {
            for (String w : Objects.requireNonNull(words, "words")) {
                stopWords.add(checkWord(w));
            }
            return this;
        }

        /** Resolves dates against this time when an article states no publication time (default: now). */
        public Builder referenceTime(LocalDateTime time) {
            if (referenceTime != null) {
                throw new ConfigurationException(
                        "reference time was already set to " + referenceTime);
            }
            referenceTime = Objects.requireNonNull(time, "time");
            return this;
        }

        /**
         * The time zone of articles that do not name their own ({@link Article#zone(ZoneId)}): publication
         * times are shown, and relative dates resolved, at its wall-clock time. Default: China
         * ({@code Asia/Shanghai}), which is also the default zone of the clock.
         *
         * @param zone the zone
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            if (this.zone != null) {
                throw new ConfigurationException("zone was already set to " + this.zone);
            }
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** The clock that gives "now" when no reference time is known (default: the system clock in China). */
        public Builder clock(Clock clock) {
            if (this.clock != null) {
                throw new ConfigurationException("clock was already set");
            }
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Turns features off (all are on by default): {@code without(Feature.ENTITIES, Feature.DATES)} for a
         * job that wants only key phrases and summaries.
         */
        public Builder without(Feature first, Feature... more) {
            if (off != null) {
                throw new ConfigurationException("features were already turned off: " + off);
            }
            off = features(first, more);
            return this;
        }

        /**
         * How organisations, people and places are found (default {@link EntityRecognition#MODEL_AND_RULES}):
         * {@link EntityRecognition#RULES_ONLY} for no trained model.
         */
        public Builder entityRecognition(EntityRecognition mode) {
            if (entityRecognition != null) {
                throw new ConfigurationException(
                        "entity recognition was already set to " + entityRecognition);
            }
            entityRecognition = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * Uses this entity model file (written by {@code zhnews train ner}) instead of the bundled one. Read
         * at {@link #build()}; a missing or damaged file is a {@link ConfigurationException}.
         */
        public Builder entityModel(Path file) {
            if (entityModel != null) {
                throw new ConfigurationException("entity model was already set to " + entityModel);
            }
            entityModel = Objects.requireNonNull(file, "file");
            return this;
        }

        /**
         * Which guidelines the trained labeller marks names by (default {@link EntityStandard#MSRA}, news as
         * MSRA NER marks it). Each standard's model is loaded once per JVM and shared. Set with
         * {@link EntityRecognition#RULES_ONLY} it is a {@link ConfigurationException} at {@link #build()}.
         */
        public Builder entityStandard(EntityStandard standard) {
            if (entityStandard != null) {
                throw new ConfigurationException(
                        "entity standard was already set to " + entityStandard);
            }
            entityStandard = Objects.requireNonNull(standard, "standard");
            return this;
        }

        static Set<Feature> features(Feature first, Feature... more) {
            Set<Feature> set = EnumSet.of(Objects.requireNonNull(first, "feature"));
            for (Feature f : Objects.requireNonNull(more, "features")) {
                set.add(Objects.requireNonNull(f, "feature"));
            }
            return set;
        }

        /**
         * Loads the dictionaries and models and returns the analyzer.
         *
         * @throws ConfigurationException naming the file (and line) when a dictionary or model file is missing,
         *                                unreadable or malformed
         */
        public NewsAnalyzer build() {
            try {
                return assemble();
            } catch (ResourceException | UncheckedIOException e) {
                throw new ConfigurationException(e.getMessage(), e);
            }
        }

        private NewsAnalyzer assemble() {
            // the entity model is read on a thread of its own while this one reads the rest: from a
            // cold JVM the first result comes about 0.4 s sooner on two cores
            FutureTask<NerTagger> model = startTagger();
            List<String> words = new ArrayList<>(userWords);
            words.addAll(lexicon.stream().sorted().toList());
            UserDictionary user = UserDictionary.ofWords(words);
            for (Path p : dictionaryFiles) {
                user = user.plus(UserDictionary.read(p));
            }
            List<String> orgNames = new ArrayList<>(userOrganizations);
            List<UserDictionary.Entry> orgEntries = new ArrayList<>();
            for (UserDictionary.Entry e : user.entries()) {
                if (e.pos().startsWith("nt")) {
                    orgNames.add(e.word());
                }
            }
            for (String o : userOrganizations) {
                orgEntries.add(new UserDictionary.Entry(o, "nt"));
            }
            user = user.plus(new UserDictionary(orgEntries));
            KeyPhraseOptions options =
                    new KeyPhraseOptions(
                            orElse(keyPhrases, KeyPhraseOptions.DEFAULT.count()),
                            orElse(minPhraseLength, KeyPhraseOptions.DEFAULT.minLength()),
                            orElse(maxPhraseLength, KeyPhraseOptions.DEFAULT.maxLength()),
                            stopWords,
                            lexicon);
            Segmenter segmenter =
                    segmentation == Segmentation.TRAINED
                            ? new TrainedSegmenter(user)
                            : new NewsSegmenter(user);
            // the segmenter's dictionaries or models load at its first sentence: here, beside the
            // model
            segmenter.segment(WARM_UP, List.of(new TextSpan(0, WARM_UP.length())));
            IdfTable idf = IdfTable.bundled();
            // every stage's word lists, read once per JVM: a broken file fails here
            WordLists.loadAll();
            if (wordStandard == WordStandard.PKU) {
                TokenStandards.load();
            }
            NerTagger tagger = awaitTagger(model);
            ZoneId articles = zone != null ? zone : CHINA;
            // the stages, each built once here; a new stage is one class and one line in this list
            Pipeline pipeline =
                    new Pipeline(
                            new Pipeline.Stages(
                                    new DocumentPreparer(segmenter),
                                    new EntityRecognizer(
                                            orgNames,
                                            CoreWords.INSTANCE,
                                            tagger,
                                            entityStandard != EntityStandard.PEOPLES_DAILY_1998),
                                    new NewsDateRecognizer(),
                                    new KeyPhraseExtractor(idf, options, CoreWords.INSTANCE),
                                    new SentenceSelector()),
                            articles,
                            wordStandard == null ? WordStandard.NEWS : wordStandard);
            return new NewsAnalyzer(
                    pipeline,
                    options.count(),
                    orElse(summarySentences, 3),
                    orElse(summaryCharacters, 0),
                    referenceTime,
                    clock != null ? clock : Clock.system(articles),
                    off == null ? Set.of() : Set.copyOf(off));
        }

        /** A sentence whose segmentation loads what the segmenter reads (HanLP's dictionaries). */
        private static final String WARM_UP = "新华社北京5月21日电 市长王明今天在市政府接待了来访的客人。";

        /**
         * The labeller the entity stage uses, loading on a thread of its own (a finished task when it is
         * cached already, and one giving null for rules only).
         *
         * @throws ConfigurationException at once when a model or standard is given for rules only
         */
        private FutureTask<NerTagger> startTagger() {
            if (entityRecognition == EntityRecognition.RULES_ONLY) {
                if (entityModel != null || entityStandard != null) {
                    throw new ConfigurationException(
                            "an entity "
                                    + (entityModel != null ? "model" : "standard")
                                    + " was given, but entity recognition is rules only");
                }
                FutureTask<NerTagger> none = new FutureTask<>(() -> null);
                none.run();
                return none;
            }
            int standard =
                    switch (entityStandard == null ? EntityStandard.MSRA : entityStandard) {
                        case MSRA -> NerStandard.MSRA;
                        case PEOPLES_DAILY_1998 -> NerStandard.PEOPLES_DAILY_1998;
                        case CLUENER -> NerStandard.CLUENER;
                    };
            Path file = entityModel;
            FutureTask<NerTagger> task =
                    new FutureTask<>(
                            () ->
                                    file == null
                                            ? NerTagger.bundled(standard)
                                            : NerTagger.read(file, standard));
            if (file == null && NerTagger.isBundledLoaded(standard)) {
                task.run();
            } else {
                Thread loader = new Thread(task, "zhnews-entity-model");
                loader.setDaemon(true);
                loader.start();
            }
            return task;
        }

        /** The labeller of {@link #startTagger}, once loaded; its failure as this thread's. */
        private static NerTagger awaitTagger(FutureTask<NerTagger> task) {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return task.get();
                    } catch (InterruptedException e) {
                        interrupted = true; // the model is needed: wait on, and keep the interrupt
                    }
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof UncheckedIOException io) {
                    throw new ConfigurationException(io.getMessage(), io);
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new ConfigurationException(
                        "the entity model could not be loaded: " + cause, cause);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private static int orElse(int value, int fallback) {
            return value == UNSET ? fallback : value;
        }

        private static void checkUnset(String what, int value) {
            if (value != UNSET) {
                throw new ConfigurationException(what + " was already set to " + value);
            }
        }

        static void checkCount(String what, int n) {
            if (n < 0 || n > 1000) {
                throw new ConfigurationException(
                        "number of " + what + " must be between 0 and 1000, got " + n);
            }
        }

        static void checkChars(int chars) {
            if (chars < 0 || chars > 1_000_000) {
                throw new ConfigurationException(
                        "summary length must be between 0 and 1000000 characters, got " + chars);
            }
        }

        private static String checkWord(String w) {
            if (w == null || w.isBlank()) {
                throw new ConfigurationException("words must not be null or blank");
            }
            return w.strip();
        }
    }
}
