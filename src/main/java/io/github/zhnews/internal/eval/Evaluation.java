package io.github.zhnews.internal.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.zhnews.EntityRecognition;
import io.github.zhnews.EntityStandard;
import io.github.zhnews.NewsAnalyzer;
import io.github.zhnews.Segmentation;
import io.github.zhnews.WordStandard;
import io.github.zhnews.internal.text.TextNormalizer;
import io.github.zhnews.internal.time.ChineseDateFinder;
import io.github.zhnews.internal.time.DateFinder;
import io.github.zhnews.model.DateMention;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The evaluation harness: measures zhnews (and, on request, bare HanLP portable in the same run) on the
 * public data sets under an {@code evaldata} root ({@code ../shared/evaldata}), and reports every figure.
 *
 * <pre>{@code
 * Evaluation.Report r = Evaluation.run(EnumSet.of(Evaluation.Task.SEGMENT),
 *         new Evaluation.Options(Path.of("../shared/evaldata"), true, 0), System.err);
 * System.out.print(r.table());
 * r.writeJson(Path.of("eval.json"));
 * }</pre>
 *
 * <p>Tasks and data (all full sets unless {@link Options#limit()} is set, which keeps the first N items of
 * every data set):
 * <ul>
 *   <li>{@code segment}: SIGHAN 2005 PKU and MSR test (raw input analysed line by line, scored as the
 *       bakeoff script does, OOV against the training word lists, see {@link SegmentationScorer}); UD
 *       Chinese GSDSimp dev+test (FORM column; no training list, so no OOV figure).</li>
 *   <li>{@code entities}: exact-span P/R/F1 per type (ORG, PER, LOC) and micro over the three, on People's
 *       Daily 1998 (PFR), People's Daily NER (zjy, char BIO), MSRA NER (lemonhu val, char BIO) and the tenth
 *       of CLUENER train that the entity model is not trained on ({@link CluenerHoldOut}; see {@link Readers}
 *       for the mappings). zhnews spans are every entity mention; the analyzer with model and rules, its
 *       labeller following the guidelines the set was annotated by ({@code EntityStandard}), and a rules-only
 *       one are reported side by side, with rows {@code ORG-F1(default)} and the like for the default standard
 *       on a set of other guidelines.</li>
 *   <li>{@code time}: JioNLP parse cases (see {@link TimeCases}), through
 *       {@link ChineseDateFinder#find} on the normalised case text; and time-expression recognition P/R/F1
 *       against the maximal {@code /t} runs of People's Daily 1998, through {@code dates()}. Scope: only
 *       mentions of type DATE, TIME and INTERVAL are scored, on People's Daily's conventions (see
 *       {@code ZhnewsAnnotator.times}): DURATION and SET mentions and windows named by their length (近五年)
 *       are left out, because People's Daily tags points in time as {@code /t} and never durations or
 *       frequencies (三/m 年/q, 每天/r); so are decades and centuries (９０/m 年代/n); an interval written out
 *       with 至, 到 or a dash (1月至4月) counts as its two ends, as People's Daily tags them. Exact character
 *       spans.</li>
 *   <li>{@code keyphrases}: CSL kg dev, each record laid out as a title line above the abstract (see
 *       {@link Readers#csl}), the same text for zhnews and HanLP; per document, gold = the author keywords
 *       that occur verbatim in the text (documents with none are skipped); macro-averaged recall@10 and
 *       precision@10 (see
 *       {@link RankMetrics}); the report also gives each half of the file (the first half is where changes are
 *       tried, the second where they are checked). The HanLP column is {@code extractKeyword}; extra rows give
 *       {@code extractPhrase}.</li>
 *   <li>{@code speed}: characters per second of the whole analysis over the CLUENER test texts and the
 *       People's Daily 1998 paragraphs, against bare HanLP segmentation with the recognisers on, alternated
 *       in one run: {@link #WARM_UP_PASSES} warm-up passes each, then {@link Options#rounds()} rounds, medians;
 *       the ratio is the median of each round's ratio (its two passes run back to back); and the heap held by
 *       one built analyzer (used heap after GC, before and after building it and analysing one sentence;
 *       the first analyzer includes HanLP's JVM-wide dictionaries, a second one only its own share).
 *       Not a CI gate.</li>
 * </ul>
 */
public final class Evaluation {
    /** The evaluation tasks; {@link #ALL} runs every other one. */
    public enum Task {
        SEGMENT,
        ENTITIES,
        TIME,
        KEYPHRASES,
        SPEED,
        ALL;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param data     the evaldata root
     * @param baseline also run bare HanLP
     * @param limit    keep only the first {@code limit} items of each data set (0 = all)
     * @param rounds   timed rounds per system for {@code speed} (at least 3)
     */
    public record Options(Path data, boolean baseline, int limit, int rounds) {
        public Options {
            Objects.requireNonNull(data, "data");
            if (limit < 0) {
                throw new IllegalArgumentException("limit must not be negative");
            }
            rounds = Math.max(3, rounds);
        }

        public Options(Path data, boolean baseline, int limit) {
            this(data, baseline, limit, 3);
        }
    }

    /** The outcome: figures plus details (scope counts, data sizes, timings). */
    public static final class Report {
        private final List<Row> rows = new ArrayList<>();
        private final Map<String, Object> details = new LinkedHashMap<>();
        private final Set<String> tasks = new HashSet<>();
        private double seconds;
        private Options options;

        public List<Row> rows() {
            return List.copyOf(rows);
        }

        public Map<String, Object> details() {
            return details;
        }

        /** Ids of the tasks that were run ({@code segment}, ...). */
        public Set<String> tasks() {
            return Set.copyOf(tasks);
        }

        public double seconds() {
            return seconds;
        }

        /** The plain-text table: task, dataset, metric, zhnews, (rules-only,) hanlp. */
        public String table() {
            boolean rules = rows.stream().anyMatch(r -> r.rules() != null);
            int[] w = {"task".length(), "dataset".length(), "metric".length(), 10, 10};
            for (Row r : rows) {
                w[0] = Math.max(w[0], r.task().length());
                w[1] = Math.max(w[1], r.dataset().length());
                w[2] = Math.max(w[2], r.metric().length());
            }
            String fmt =
                    "%-"
                            + w[0]
                            + "s  %-"
                            + w[1]
                            + "s  %-"
                            + w[2]
                            + "s  %10s"
                            + (rules ? "  %10s" : "%s")
                            + "  %10s%n";
            StringBuilder b = new StringBuilder();
            b.append(
                    String.format(
                            Locale.ROOT,
                            fmt,
                            "task",
                            "dataset",
                            "metric",
                            "zhnews",
                            rules ? "rules-only" : "",
                            "hanlp"));
            for (Row r : rows) {
                b.append(
                        String.format(
                                Locale.ROOT,
                                fmt,
                                r.task(),
                                r.dataset(),
                                r.metric(),
                                num(r.zhnews()),
                                rules ? num(r.rules()) : "",
                                num(r.hanlp())));
            }
            return b.toString();
        }

        private static String num(Double d) {
            if (d == null || d.isNaN()) {
                return "-";
            }
            if (Math.abs(d) >= 100) {
                return String.format(Locale.ROOT, "%.0f", d);
            }
            return String.format(Locale.ROOT, "%.4f", d);
        }

        /** The report as JSON: run metadata, rows and details. */
        public String toJson() {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("date", LocalDate.now(java.time.ZoneOffset.UTC).toString());
            root.put("data", options == null ? null : options.data().toString());
            root.put(
                    "baseline",
                    options != null && options.baseline() ? "hanlp portable-1.8.6" : null);
            root.put("limit", options == null ? 0 : options.limit());
            root.put("seconds", Math.round(seconds * 10) / 10.0);
            root.put("java", System.getProperty("java.version"));
            root.put("processors", Runtime.getRuntime().availableProcessors());
            List<Map<String, Object>> rs = new ArrayList<>();
            for (Row r : rows) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("task", r.task());
                m.put("dataset", r.dataset());
                m.put("metric", r.metric());
                m.put("zhnews", finite(r.zhnews()));
                m.put("hanlp", finite(r.hanlp()));
                if (r.rules() != null) {
                    m.put("rulesOnly", finite(r.rules()));
                }
                m.put("n", r.n());
                if (r.note() != null) {
                    m.put("note", r.note());
                }
                rs.add(m);
            }
            root.put("rows", rs);
            root.put("details", details);
            try {
                return new ObjectMapper()
                        .enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Double finite(Double d) {
            return d == null || d.isNaN() || d.isInfinite() ? null : d;
        }

        public void writeJson(Path file) {
            try {
                Files.writeString(file, toJson() + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }
    }

    private final Options options;
    private final PrintStream log;
    private final Report report = new Report();
    private ZhnewsAnnotator zhnews;
    private ZhnewsAnnotator rulesOnly;
    private ZhnewsAnnotator segmenting;
    private String segmentSuffix = "";
    private boolean segmentBaseline = true;
    private HanlpBaseline hanlp;

    private Evaluation(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    /** Runs the tasks and returns the report. Progress lines go to {@code log} (may be null). */
    public static Report run(Set<Task> tasks, Options options, PrintStream log) {
        Set<Task> todo =
                tasks.contains(Task.ALL)
                        ? EnumSet.range(Task.SEGMENT, Task.SPEED)
                        : EnumSet.copyOf(tasks);
        Evaluation e = new Evaluation(options, log);
        e.report.options = options;
        long t0 = System.nanoTime();
        if (todo.contains(Task.SPEED)) {
            e.heap(); // first, while nothing else is loaded
        }
        for (Task t : todo) {
            long s = System.nanoTime();
            switch (t) {
                case SEGMENT -> e.segment();
                case ENTITIES -> e.entities();
                case TIME -> e.time();
                case KEYPHRASES -> e.keyphrases();
                case SPEED -> e.speed();
                default -> throw new IllegalStateException();
            }
            e.report.tasks.add(t.id());
            e.log("%s done in %.1f s", t.id(), (System.nanoTime() - s) / 1e9);
        }
        e.report.seconds = (System.nanoTime() - t0) / 1e9;
        return e.report;
    }

    // ---------------------------------------------------------------------------------------------------
    // shared

    private ZhnewsAnnotator zhnews() {
        if (zhnews == null) {
            zhnews = ZhnewsAnnotator.withDefaults();
        }
        return zhnews;
    }

    private ZhnewsAnnotator rulesOnly() {
        if (rulesOnly == null) {
            rulesOnly =
                    new ZhnewsAnnotator(
                            NewsAnalyzer.builder()
                                    .entityRecognition(EntityRecognition.RULES_ONLY)
                                    .build());
        }
        return rulesOnly;
    }

    private HanlpBaseline hanlp() {
        if (!options.baseline()) {
            return null;
        }
        if (hanlp == null) {
            hanlp = new HanlpBaseline();
        }
        return hanlp;
    }

    private Path file(String relative) {
        Path p = options.data().resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException(
                    "missing data file " + p + " (is --data the evaldata root?)");
        }
        return p;
    }

    private <T> List<T> limit(List<T> items) {
        return options.limit() > 0 && items.size() > options.limit()
                ? items.subList(0, options.limit())
                : items;
    }

    private void log(String fmt, Object... args) {
        if (log != null) {
            log.println("[eval] " + String.format(Locale.ROOT, fmt, args));
        }
    }

    private void row(
            String task,
            String dataset,
            String metric,
            double ours,
            Double base,
            long n,
            String note) {
        report.rows.add(new Row(task, dataset, metric, ours, base, n, note));
    }

    private void row(
            String task,
            String dataset,
            String metric,
            double ours,
            Double rules,
            Double base,
            long n) {
        report.rows.add(new Row(task, dataset, metric, ours, base, n, null, rules));
    }

    // ---------------------------------------------------------------------------------------------------
    // segment

    private void segment() {
        segmentWith(NewsAnalyzer::builder, "", true);
        // the trained segmenter (Segmentation.TRAINED) on the same data: datasets named ...-trained
        segmentWith(
                () -> NewsAnalyzer.builder().segmentation(Segmentation.TRAINED), "-trained", false);
    }

    /**
     * Each set under the word standard it was annotated by ({@link WordStandard}): SIGHAN 2005 PKU under {@code
     * PKU}, UD under {@code UD}, MSR and People's Daily under the default {@code NEWS}; rows {@code F1(default)}
     * give the default's words on PKU and UD.
     */
    private void segmentWith(
            java.util.function.Supplier<NewsAnalyzer.Builder> setup,
            String suffix,
            boolean withBaseline) {
        ZhnewsAnnotator news = new ZhnewsAnnotator(setup.get().build());
        segmentSuffix = suffix;
        segmentBaseline = withBaseline;
        segmenting = new ZhnewsAnnotator(setup.get().wordStandard(WordStandard.PKU).build());
        Lines pku = sighan("pku");
        defaultRow("sighan2005-pku" + suffix, pku.texts(), pku.gold(), news);
        segmenting = news;
        sighan("msr");
        List<Labelled> ud = new ArrayList<>();
        ud.addAll(
                Readers.conllu(Readers.lines(file("ud-chinese-gsdsimp/zh_gsdsimp-ud-dev.conllu"))));
        ud.addAll(
                Readers.conllu(
                        Readers.lines(file("ud-chinese-gsdsimp/zh_gsdsimp-ud-test.conllu"))));
        ud = limit(ud);
        List<String> texts = ud.stream().map(Labelled::text).toList();
        List<List<String>> gold = ud.stream().map(Labelled::words).toList();
        segmenting = new ZhnewsAnnotator(setup.get().wordStandard(WordStandard.UD).build());
        segRows("ud-gsdsimp-devtest", texts, gold, null);
        defaultRow("ud-gsdsimp-devtest" + suffix, texts, gold, news);
        segmenting = news;
        peoplesDaily();
    }

    /** Row {@code F1(default)}: the default word standard's words scored on a set of another standard. */
    private void defaultRow(
            String dataset, List<String> texts, List<List<String>> gold, ZhnewsAnnotator news) {
        SegmentationScorer s = new SegmentationScorer(null);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            s.addLine(gold.get(i), text.isBlank() ? List.of() : news.words(text));
        }
        row(
                "segment",
                dataset,
                "F1(default)",
                s.prf().f1(),
                null,
                s.lines(),
                "WordStandard.NEWS, the default");
    }

    private HanlpBaseline segmentBase() {
        return segmentBaseline ? hanlp() : null;
    }

    /**
     * People's Daily 1998 dev (the training standard, held out from the training data): segmentation P/R/F1
     * through the whole analysis, and part-of-speech accuracy over the gold words the segmentation got right
     * (POS-acc; a word segmented wrongly has no tag to compare) with the joint word-and-tag F1.
     */
    private void peoplesDaily() {
        List<List<Readers.TaggedWord>> pd = new ArrayList<>();
        for (String line : Readers.lines(file("peoples-daily-199801-pos/199801-dev.txt"))) {
            if (!line.isBlank()) {
                pd.add(Readers.pfrTagged(line));
            }
        }
        pd = limit(pd);
        String dataset = "pd1998-dev" + segmentSuffix;
        SegmentationScorer ours = new SegmentationScorer(null);
        SegmentationScorer base = segmentBase() == null ? null : new SegmentationScorer(null);
        long[] o = new long[4]; // matched words, matched with the right tag, gold words, predicted
        // words
        long[] b = new long[4];
        for (List<Readers.TaggedWord> p : pd) {
            StringBuilder text = new StringBuilder();
            List<String> words = new ArrayList<>();
            for (Readers.TaggedWord w : p) {
                text.append(w.word());
                words.add(w.word());
            }
            String t = text.toString();
            List<String[]> mine = new ArrayList<>();
            for (io.github.zhnews.model.Token k : segmenting.tokens(t)) {
                mine.add(
                        new String[] {
                            k.text(), k.pos(), String.valueOf(k.start()), String.valueOf(k.end())
                        });
            }
            ours.addLine(words, mine.stream().map(x -> x[0]).toList());
            tagCounts(p, mine, o);
            if (base != null) {
                List<String[]> theirs = new ArrayList<>();
                for (HanlpBaseline.Tagged k : segmentBase().tag(t)) {
                    theirs.add(
                            new String[] {
                                k.word(),
                                k.tag(),
                                String.valueOf(k.start()),
                                String.valueOf(k.end())
                            });
                }
                base.addLine(words, theirs.stream().map(x -> x[0]).toList());
                tagCounts(p, theirs, b);
            }
        }
        long n = pd.size();
        prfRows(dataset, ours, base, n);
        row(
                "segment",
                dataset,
                "POS-acc",
                (double) o[1] / o[0],
                base == null ? null : (double) b[1] / b[0],
                n,
                "tags of the correctly segmented words");
        row(
                "segment",
                dataset,
                "POS-F1",
                2.0 * o[1] / (o[2] + o[3]),
                base == null ? null : 2.0 * b[1] / (b[2] + b[3]),
                n,
                "word and tag both right");
        log("segment %s: %d paragraphs", dataset, n);
    }

    /** Adds to counts[]: gold words matched by a predicted word, those with the same tag, gold, predicted. */
    private static void tagCounts(
            List<Readers.TaggedWord> gold, List<String[]> predicted, long[] counts) {
        Map<Long, String> byspan = new HashMap<>();
        for (String[] p : predicted) {
            byspan.put(Long.parseLong(p[2]) << 32 | Long.parseLong(p[3]), p[1]);
        }
        int at = 0;
        for (Readers.TaggedWord w : gold) {
            String tag = byspan.get((long) at << 32 | (at + w.word().length()));
            if (tag != null) {
                counts[0]++;
                if (tag.equalsIgnoreCase(w.tag())) {
                    counts[1]++;
                }
            }
            at += w.word().length();
        }
        counts[2] += gold.size();
        counts[3] += predicted.size();
    }

    /** A segmentation set's texts and their gold words, line by line. */
    private record Lines(List<String> texts, List<List<String>> gold) {}

    /** Scores one SIGHAN 2005 corpus; returns its texts and gold words. */
    private Lines sighan(String corpus) {
        List<String> gold =
                Readers.lines(file("icwb2-sighan2005/gold/" + corpus + "_test_gold.utf8"));
        List<String> input =
                Readers.lines(file("icwb2-sighan2005/testing/" + corpus + "_test.utf8"));
        if (gold.size() != input.size()) {
            throw new IllegalStateException(
                    corpus + ": gold has " + gold.size() + " lines, input " + input.size());
        }
        Set<String> vocabulary = new HashSet<>();
        for (String w :
                Readers.lines(file("icwb2-sighan2005/gold/" + corpus + "_training_words.utf8"))) {
            if (!w.isBlank()) {
                vocabulary.add(w.strip());
            }
        }
        List<List<String>> goldWords = limit(gold).stream().map(SegmentationScorer::words).toList();
        List<String> texts = limit(input);
        segRows("sighan2005-" + corpus, texts, goldWords, vocabulary);
        return new Lines(texts, goldWords);
    }

    /** The P, R and F1 rows of a segmentation data set, HanLP's beside ours when it ran. */
    private void prfRows(String dataset, SegmentationScorer ours, SegmentationScorer base, long n) {
        Prf b = base == null ? null : base.prf();
        row(
                "segment",
                dataset,
                "P",
                ours.prf().precision(),
                b == null ? null : b.precision(),
                n,
                null);
        row("segment", dataset, "R", ours.prf().recall(), b == null ? null : b.recall(), n, null);
        row("segment", dataset, "F1", ours.prf().f1(), b == null ? null : b.f1(), n, null);
    }

    private void segRows(
            String name, List<String> texts, List<List<String>> gold, Set<String> vocabulary) {
        String dataset = name + segmentSuffix;
        SegmentationScorer ours = new SegmentationScorer(vocabulary);
        SegmentationScorer base = segmentBase() == null ? null : new SegmentationScorer(vocabulary);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            ours.addLine(gold.get(i), text.isBlank() ? List.of() : segmenting.words(text));
            if (base != null) {
                base.addLine(gold.get(i), text.isBlank() ? List.of() : segmentBase().words(text));
            }
        }
        long n = ours.lines();
        prfRows(dataset, ours, base, n);
        if (vocabulary != null) {
            row(
                    "segment",
                    dataset,
                    "OOV-R",
                    ours.oovRecall(),
                    base == null ? null : base.oovRecall(),
                    n,
                    "OOV rate " + String.format(Locale.ROOT, "%.4f", ours.oovRate()));
            row(
                    "segment",
                    dataset,
                    "IV-R",
                    ours.ivRecall(),
                    base == null ? null : base.ivRecall(),
                    n,
                    null);
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("lines", n);
        d.put("goldWords", ours.prf().gold());
        d.put("oovRate", vocabulary == null ? null : ours.oovRate());
        d.put("misalignedLines", ours.misalignedLines());
        report.details.put("segment/" + dataset, d);
        log("segment %s: %d lines", dataset, n);
    }

    // ---------------------------------------------------------------------------------------------------
    // entities

    private static final List<String> TYPES = List.of(Readers.ORG, Readers.PER, Readers.LOC);

    private void entities() {
        for (EntitySets.Set set : EntitySets.of(this::file)) {
            entityRows(set.name(), set.standard(), set.reader());
        }
    }

    private final Map<EntityStandard, ZhnewsAnnotator> byStandard = new HashMap<>();

    /** zhnews with the trained labeller following the guidelines of a data set. */
    private ZhnewsAnnotator zhnews(EntityStandard standard) {
        if (standard == EntityStandard.MSRA) {
            return zhnews(); // the default
        }
        return byStandard.computeIfAbsent(
                standard,
                s -> new ZhnewsAnnotator(NewsAnalyzer.builder().entityStandard(s).build()));
    }

    /**
     * Scores a data set with the labeller following its guidelines ({@code standard}) in the zhnews column;
     * for a set of other guidelines than the default's, rows {@code ORG-F1(default)} and the like give the
     * default analyzer's figures beside them.
     */
    private void entityRows(
            String dataset, EntityStandard standard, Supplier<List<Labelled>> reader) {
        List<Labelled> docs = limit(reader.get());
        SpanScorer ours = new SpanScorer();
        SpanScorer rules = new SpanScorer();
        SpanScorer base = hanlp() == null ? null : new SpanScorer();
        SpanScorer byDefault = standard == EntityStandard.MSRA ? null : new SpanScorer();
        for (Labelled doc : docs) {
            List<Span> gold = doc.spans().stream().filter(s -> TYPES.contains(s.type())).toList();
            ours.add(gold, zhnews(standard).entities(doc.text()));
            rules.add(gold, rulesOnly().entities(doc.text()));
            if (base != null) {
                base.add(gold, hanlp().entities(doc.text()));
            }
            if (byDefault != null) {
                byDefault.add(gold, zhnews().entities(doc.text()));
            }
        }
        long n = docs.size();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("documents", n);
        for (String t : TYPES) {
            Prf o = ours.type(t);
            Prf r = rules.type(t);
            Prf b = base == null ? null : base.type(t);
            row(
                    "entities",
                    dataset,
                    t + "-P",
                    o.precision(),
                    r.precision(),
                    b == null ? null : b.precision(),
                    n);
            row(
                    "entities",
                    dataset,
                    t + "-R",
                    o.recall(),
                    r.recall(),
                    b == null ? null : b.recall(),
                    n);
            row("entities", dataset, t + "-F1", o.f1(), r.f1(), b == null ? null : b.f1(), n);
            d.put("gold" + t, o.gold());
        }
        if (byDefault != null) {
            for (String t : TYPES) {
                Prf p = byDefault.type(t);
                row("entities", dataset, t + "-P(default)", p.precision(), null, null, n);
                row("entities", dataset, t + "-R(default)", p.recall(), null, null, n);
                row("entities", dataset, t + "-F1(default)", p.f1(), null, null, n);
            }
        }
        Prf o = ours.micro(TYPES);
        Prf b = base == null ? null : base.micro(TYPES);
        row(
                "entities",
                dataset,
                "micro-F1",
                o.f1(),
                rules.micro(TYPES).f1(),
                b == null ? null : b.f1(),
                n);
        report.details.put("entities/" + dataset, d);
        log("entities %s: %d documents", dataset, n);
    }

    // ---------------------------------------------------------------------------------------------------
    // time

    private void time() {
        List<TimeCases.Case> cases =
                limit(
                        TimeCases.read(
                                Readers.lines(file("jionlp-time-tests/time_parser_cases.jsonl"))));
        DateFinder finder = new ChineseDateFinder();
        TextNormalizer normalizer = new TextNormalizer();
        int inScope = 0;
        int passed = 0;
        int noValue = 0;
        Map<String, Integer> outOfScope = new TreeMap<>();
        List<Map<String, String>> failures = new ArrayList<>();
        int scoreable = 0;
        int scoreablePassed = 0;
        List<Map<String, Object>> every = new ArrayList<>();
        for (TimeCases.Case c : cases) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("text", c.text());
            one.put("section", c.section());
            one.put("scope", c.outOfScope() == null ? "in scope" : c.outOfScope());
            every.add(one);
            if (c.reference() == null) {
                one.put("result", "not scoreable");
                outOfScope.merge(c.outOfScope(), 1, Integer::sum);
                continue;
            }
            List<DateMention> found;
            try {
                found = finder.find(normalizer.normalize(c.text()), c.reference());
            } catch (RuntimeException ex) {
                found = List.of();
            }
            scoreable++;
            boolean pass = TimeCases.passes(found, c.expected(), c.reference());
            one.put("reference", c.reference().toString());
            one.put("expected", c.expected().toString());
            one.put(
                    "got",
                    TimeCases.predicted(found, c.reference())
                            .map(Object::toString)
                            .orElse("(no value)"));
            one.put(
                    "values",
                    found.stream()
                            .map(m -> m.text() + "=" + m.value())
                            .collect(java.util.stream.Collectors.toList()));
            one.put("result", pass ? "pass" : "fail");
            if (pass) {
                scoreablePassed++;
            }
            if (c.outOfScope() != null) {
                outOfScope.merge(c.outOfScope(), 1, Integer::sum);
                continue;
            }
            inScope++;
            if (TimeCases.predicted(found, c.reference()).isEmpty()) {
                noValue++;
            }
            if (TimeCases.passes(found, c.expected(), c.reference())) {
                passed++;
            } else if (failures.size() < 50) {
                Map<String, String> f = new LinkedHashMap<>();
                f.put("text", c.text());
                f.put("expected", c.expected().toString());
                f.put(
                        "got",
                        TimeCases.predicted(found, c.reference())
                                .map(Object::toString)
                                .orElse("(no value)"));
                failures.add(f);
            }
        }
        row(
                "time",
                "jionlp-parse",
                "span-acc",
                inScope == 0 ? Double.NaN : (double) passed / inScope,
                null,
                inScope,
                inScope + " in scope, " + (cases.size() - inScope) + " out");
        row(
                "time",
                "jionlp-parse",
                "span-acc-all",
                scoreable == 0 ? Double.NaN : (double) scoreablePassed / scoreable,
                null,
                scoreable,
                "every case with a known reference and a bounded span, convention conflicts included");
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("cases", cases.size());
        d.put("inScope", inScope);
        d.put("passed", passed);
        d.put("inScopeWithoutValue", noValue);
        d.put("scoreable", scoreable);
        d.put("scoreablePassed", scoreablePassed);
        d.put("outOfScope", outOfScope);
        d.put("firstFailures", failures);
        d.put("everyCase", every);
        report.details.put("time/jionlp-parse", d);
        log(
                "time jionlp: %d/%d in scope passed; %d/%d of every scoreable case passed; out of scope %s",
                passed, inScope, scoreablePassed, scoreable, outOfScope);
        Map<String, int[]> byScope = new TreeMap<>();
        for (Map<String, Object> one : every) {
            int[] t = byScope.computeIfAbsent((String) one.get("scope"), k -> new int[2]);
            t[0] += "pass".equals(one.get("result")) ? 1 : 0;
            t[1]++;
        }
        StringBuilder scopes = new StringBuilder();
        byScope.forEach(
                (k, t) -> scopes.append(String.format("%n  %-60s %3d/%3d passed", k, t[0], t[1])));
        log("time jionlp, every case by scope (--report FILE.json lists each case):%s", scopes);

        List<Labelled> pd =
                limit(Readers.pfr(Readers.lines(file("peoples-daily-199801-pos/199801-dev.txt"))));
        SpanScorer ours = new SpanScorer();
        SpanScorer base = hanlp() == null ? null : new SpanScorer();
        for (Labelled doc : pd) {
            List<Span> gold = doc.spans(Readers.TIME);
            ours.add(gold, zhnews().times(doc.text()));
            if (base != null) {
                base.add(gold, hanlp().times(doc.text()));
            }
        }
        Prf o = ours.type(Readers.TIME);
        Prf b = base == null ? null : base.type(Readers.TIME);
        row(
                "time",
                "pd1998-dev-t",
                "P",
                o.precision(),
                b == null ? null : b.precision(),
                pd.size(),
                null);
        row(
                "time",
                "pd1998-dev-t",
                "R",
                o.recall(),
                b == null ? null : b.recall(),
                pd.size(),
                null);
        row("time", "pd1998-dev-t", "F1", o.f1(), b == null ? null : b.f1(), pd.size(), null);
        report.details.put(
                "time/pd1998-dev-t", Map.of("documents", pd.size(), "goldExpressions", o.gold()));
    }

    // ---------------------------------------------------------------------------------------------------
    // keyphrases

    private static final int K = 10;

    /**
     * The standard of issue 16: the text exactly as the CSL file gives it (the abstract, a space, the title),
     * micro-averaged over (document, keyword) pairs whose keyword occurs verbatim in it: recall@10 is the
     * pairs found in the top ten over all such pairs, precision@10 the pairs found over ten per document
     * (documents with at least one such keyword).
     */
    private void microOverPairs(List<Readers.KeywordDoc> docs, HanlpBaseline phrase) {
        long pairs = 0;
        long docsUsed = 0;
        long hits = 0;
        long phraseHits = 0;
        for (Readers.KeywordDoc doc : docs) {
            List<String> gold =
                    doc.keywords().stream().filter(doc.raw()::contains).distinct().toList();
            if (gold.isEmpty()) {
                continue;
            }
            docsUsed++;
            pairs += gold.size();
            hits += hitsAtK(gold, zhnews().keyPhrases(doc.raw(), K));
            if (phrase != null) {
                phraseHits += hitsAtK(gold, phrase.keyPhrases(doc.raw(), K));
            }
        }
        double p = Math.max(1, pairs);
        double d = Math.max(1, docsUsed) * K;
        boolean b = phrase != null;
        row(
                "keyphrases",
                "csl-kg-dev",
                "R@10(micro,raw)",
                hits / p,
                b ? phraseHits / p : null,
                pairs,
                "micro over (document, keyword) pairs, text as the file gives it; hanlp = extractPhrase");
        row(
                "keyphrases",
                "csl-kg-dev",
                "P@10(micro,raw)",
                hits / d,
                b ? phraseHits / d : null,
                docsUsed,
                "hits over ten per document, text as the file gives it; hanlp = extractPhrase");
    }

    private static long hitsAtK(List<String> gold, List<String> ranked) {
        return ranked.stream().limit(K).distinct().filter(gold::contains).count();
    }

    private void keyphrases() {
        List<Readers.KeywordDoc> docs =
                limit(Readers.csl(Readers.lines(file("csl-keywords/kg/dev.tsv"))));
        HanlpBaseline phrase = hanlp() == null ? null : hanlp().phrases();
        double[] sums = new double[6]; // ours R, P; keyword R, P; phrase R, P
        double[][] halves = new double[2][3]; // per half of the file: documents, ours R, ours P
        int used = 0;
        int index = -1;
        int presentGold = 0;
        int allGold = 0;
        for (Readers.KeywordDoc doc : docs) {
            index++;
            List<String> gold =
                    doc.keywords().stream().filter(doc.text()::contains).distinct().toList();
            allGold += doc.keywords().size();
            if (gold.isEmpty()) {
                continue;
            }
            used++;
            presentGold += gold.size();
            List<String> ours = zhnews().keyPhrases(doc.text(), K);
            double r = RankMetrics.recallAtK(gold, ours, K);
            double p = RankMetrics.precisionAtK(gold, ours, K);
            sums[0] += r;
            sums[1] += p;
            double[] half = halves[index < docs.size() / 2 ? 0 : 1];
            half[0]++;
            half[1] += r;
            half[2] += p;
            if (phrase != null) {
                List<String> kw = hanlp().keyPhrases(doc.text(), K);
                sums[2] += RankMetrics.recallAtK(gold, kw, K);
                sums[3] += RankMetrics.precisionAtK(gold, kw, K);
                List<String> ph = phrase.keyPhrases(doc.text(), K);
                sums[4] += RankMetrics.recallAtK(gold, ph, K);
                sums[5] += RankMetrics.precisionAtK(gold, ph, K);
            }
        }
        microOverPairs(docs, phrase);
        double n = Math.max(1, used);
        boolean b = phrase != null;
        row(
                "keyphrases",
                "csl-kg-dev",
                "R@10",
                sums[0] / n,
                b ? sums[2] / n : null,
                used,
                "hanlp = extractKeyword");
        row(
                "keyphrases",
                "csl-kg-dev",
                "P@10",
                sums[1] / n,
                b ? sums[3] / n : null,
                used,
                "hanlp = extractKeyword");
        if (b) {
            row(
                    "keyphrases",
                    "csl-kg-dev",
                    "R@10(vs-phrase)",
                    sums[0] / n,
                    sums[4] / n,
                    used,
                    "hanlp = extractPhrase");
            row(
                    "keyphrases",
                    "csl-kg-dev",
                    "P@10(vs-phrase)",
                    sums[1] / n,
                    sums[5] / n,
                    used,
                    "hanlp = extractPhrase");
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("documents", docs.size());
        d.put("documentsWithPresentKeywords", used);
        d.put("keywords", allGold);
        d.put("presentKeywords", presentGold);
        d.put("averaging", "macro over documents with at least one present keyword");
        for (int h = 0; h < 2; h++) {
            double m = Math.max(1, halves[h][0]);
            d.put(
                    h == 0 ? "firstHalf" : "secondHalf",
                    Map.of(
                            "documents",
                            (int) halves[h][0],
                            "R@10",
                            halves[h][1] / m,
                            "P@10",
                            halves[h][2] / m));
        }
        report.details.put("keyphrases/csl-kg-dev", d);
        log("keyphrases: %d documents scored", used);
    }

    // ---------------------------------------------------------------------------------------------------
    // speed

    private double firstHeapMb = Double.NaN;
    private double secondHeapMb = Double.NaN;

    private void heap() {
        long before = usedAfterGc();
        NewsAnalyzer first = NewsAnalyzer.builder().build();
        first.analyze("新华社北京5月21日电 市长王明今天在市政府接待了来访的客人。");
        long after = usedAfterGc();
        NewsAnalyzer second = NewsAnalyzer.builder().build();
        second.analyze("新华社北京5月21日电 市长王明今天在市政府接待了来访的客人。");
        long afterSecond = usedAfterGc();
        firstHeapMb = (after - before) / 1048576.0;
        secondHeapMb = (afterSecond - after) / 1048576.0;
        // keep both reachable until measured
        if (first.keyPhraseCount() + second.keyPhraseCount() < 0) {
            throw new IllegalStateException();
        }
        zhnews = new ZhnewsAnnotator(first);
        log(
                "heap: first analyzer %.1f MB (with HanLP's shared dictionaries), another %.1f MB",
                firstHeapMb, secondHeapMb);
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    /**
     * Untimed passes over the texts before the timed rounds, for each system. On a 2-core machine the JIT needs
     * about ten passes before the time of a zhnews pass settles (the first pass takes about three times as long
     * as the tenth; HanLP's smaller code settles sooner), and steady state is what a batch job sees.
     */
    static final int WARM_UP_PASSES = 12;

    private void speed() {
        List<String> texts =
                new ArrayList<>(
                        limit(Readers.jsonTexts(Readers.lines(file("cluener2020/test.jsonl")))));
        limit(Readers.pfr(Readers.lines(file("peoples-daily-199801-pos/199801-dev.txt"))))
                .forEach(l -> texts.add(l.text()));
        long chars = texts.stream().mapToLong(String::length).sum();
        HanlpBaseline bare = new HanlpBaseline(); // always: the ratio is the point of this task
        for (int w = 0;
                w < WARM_UP_PASSES;
                w++) { // until the JIT has compiled every pipeline: steady state
            pass(zhnews(), texts);
            pass(rulesOnly(), texts);
            pass(bare, texts);
        }
        double[] ours = new double[options.rounds()];
        double[] rules = new double[options.rounds()];
        double[] base = new double[options.rounds()];
        for (int r = 0; r < options.rounds(); r++) {
            ours[r] = chars / pass(zhnews(), texts);
            rules[r] = chars / pass(rulesOnly(), texts);
            base[r] = chars / pass(bare, texts);
        }
        double[] ratios = new double[options.rounds()];
        double[] rulesRatios = new double[options.rounds()];
        for (int r = 0; r < ratios.length; r++) {
            // a round's passes ran back to back: the machine's drift cancels
            ratios[r] = ours[r] / base[r];
            rulesRatios[r] = rules[r] / base[r];
        }
        String ds = "cluener-test+pd1998";
        report.rows.add(
                new Row(
                        "speed",
                        ds,
                        "chars/s",
                        median(ours),
                        median(base),
                        texts.size(),
                        chars + " chars, median of " + options.rounds(),
                        median(rules)));
        report.rows.add(
                new Row(
                        "speed",
                        ds,
                        "ratio",
                        median(ratios),
                        null,
                        texts.size(),
                        "median over rounds of zhnews chars/s / hanlp chars/s",
                        median(rulesRatios)));
        row(
                "speed",
                ds,
                "heap-MB",
                firstHeapMb,
                null,
                1,
                "first analyzer, incl. HanLP's shared dictionaries");
        row("speed", ds, "heap-MB-next", secondHeapMb, null, 1, "each further analyzer");
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("texts", texts.size());
        d.put("chars", chars);
        d.put("zhnewsRounds", ours);
        d.put("rulesOnlyRounds", rules);
        d.put("hanlpRounds", base);
        report.details.put("speed/" + ds, d);
        log(
                "speed: zhnews %.0f chars/s, rules only %.0f, hanlp %.0f (rounds %s / %s / %s)",
                median(ours),
                median(rules),
                median(base),
                Arrays.toString(ours),
                Arrays.toString(rules),
                Arrays.toString(base));
    }

    /** Seconds for one pass over the texts. */
    private static double pass(Annotator a, List<String> texts) {
        long sink = 0;
        long t = System.nanoTime();
        for (String s : texts) {
            sink += a.analyzeForTiming(s);
        }
        double sec = (System.nanoTime() - t) / 1e9;
        if (sink == Long.MIN_VALUE) {
            throw new IllegalStateException();
        }
        return sec;
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
