package io.github.zhnews;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.zhnews.internal.io.AnalysisJson;
import io.github.zhnews.internal.io.Csv;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.KeyPhrase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What many articles talk about, period by period: their key phrases and organisations per month (or day, or
 * year), each with the number of articles and of mentions and the ids of the articles it comes from, and which
 * of them occur in the same article.
 *
 * <pre>{@code
 * Corpus c = Corpus.of(analyzer.analyzeAll(articles), Period.MONTH);
 * c.periods();                          // [2023-04, 2023-05, ...]
 * c.top("2023-05", Corpus.Kind.PHRASE, 10);
 * c.writeTermsCsv(writer);             // period,kind,term,articles,mentions,ids
 * }</pre>
 *
 * <p>Built in one pass over the analyses; an article without an id gets {@code #n}, its 1-based position in
 * the stream. An article without a publication time goes to {@link Period#UNDATED}. Pairs are counted per
 * article, among its key phrases and organisations. Immutable once built; all listings are deterministic
 * (most articles first, then most mentions, then the text).
 */
public final class Corpus {
    /** The kind of a term. */
    public enum Kind {
        PHRASE,
        ORGANIZATION;

        String id() {
            return this == PHRASE ? "phrase" : "organization";
        }
    }

    /**
     * One term in one period.
     *
     * @param period   the period label (see {@link Period#label})
     * @param kind     key phrase or organisation
     * @param term     the phrase, or the organisation's canonical name
     * @param articles in how many articles it occurs
     * @param mentions how often it occurs in all (key-phrase counts, organisation mentions)
     * @param ids      the ids of those articles, in input order
     */
    public record Term(
            String period, Kind kind, String term, int articles, int mentions, List<String> ids) {
        public Term {
            ids = List.copyOf(ids);
        }
    }

    /**
     * Two terms that occur in the same articles in one period; {@code a} sorts before {@code b}.
     *
     * @param period   the period label
     * @param a        the first term
     * @param kindA    its kind
     * @param b        the second term
     * @param kindB    its kind
     * @param articles in how many articles both occur
     */
    public record Pair(String period, String a, Kind kindA, String b, Kind kindB, int articles) {}

    private final Period by;
    private final int articles;
    private final Map<String, Integer> articlesByPeriod;
    private final Map<String, List<Term>> terms;
    private final Map<String, List<Pair>> pairs;

    private Corpus(
            Period by,
            int articles,
            Map<String, Integer> articlesByPeriod,
            Map<String, List<Term>> terms,
            Map<String, List<Pair>> pairs) {
        this.by = by;
        this.articles = articles;
        this.articlesByPeriod = Collections.unmodifiableMap(articlesByPeriod);
        this.terms = Collections.unmodifiableMap(terms);
        this.pairs = Collections.unmodifiableMap(pairs);
    }

    /** Summarises the analyses (consumes the stream). */
    public static Corpus of(Stream<NewsAnalysis> analyses, Period by) {
        Builder b = builder(by);
        analyses.forEachOrdered(b::add);
        return b.build();
    }

    /** A builder, for adding analyses one at a time (not thread-safe). */
    public static Builder builder(Period by) {
        return new Builder(by);
    }

    /** How the articles are grouped. */
    public Period by() {
        return by;
    }

    /** How many articles were added. */
    public int articleCount() {
        return articles;
    }

    /** The period labels, in chronological order ({@link Period#UNDATED} last). */
    public List<String> periods() {
        return List.copyOf(articlesByPeriod.keySet());
    }

    /** How many articles fall in the period. */
    public int articleCount(String period) {
        return articlesByPeriod.getOrDefault(period, 0);
    }

    /** The terms of one kind in one period, most articles first; at most {@code n}. */
    public List<Term> top(String period, Kind kind, int n) {
        return terms.getOrDefault(period, List.of()).stream()
                .filter(t -> t.kind() == kind)
                .limit(n)
                .toList();
    }

    /** Every term of every period, period by period, most articles first. */
    public List<Term> terms() {
        List<Term> out = new ArrayList<>();
        terms.values().forEach(out::addAll);
        return out;
    }

    /** The pairs of one period, most shared articles first; at most {@code n}. */
    public List<Pair> topPairs(String period, int n) {
        return pairs.getOrDefault(period, List.of()).stream().limit(n).toList();
    }

    /** Every pair of every period. */
    public List<Pair> pairs() {
        List<Pair> out = new ArrayList<>();
        pairs.values().forEach(out::addAll);
        return out;
    }

    /**
     * Writes the terms as CSV with a header: {@code period,kind,term,articles,mentions,ids}, the ids joined
     * with {@code |} (see {@link Csv} for quoting and the neutralising of formula-like text).
     */
    public void writeTermsCsv(Writer out) throws IOException {
        writeTermsCsv(out, false);
    }

    /** {@link #writeTermsCsv(Writer)}, with a UTF-8 byte-order mark first when asked (for spreadsheets). */
    public void writeTermsCsv(Writer out, boolean byteOrderMark) throws IOException {
        Csv csv =
                Csv.open(
                        out,
                        List.of("period", "kind", "term", "articles", "mentions", "ids"),
                        byteOrderMark);
        for (Term t : terms()) {
            csv.row(
                    t.period(),
                    t.kind().id(),
                    t.term(),
                    t.articles(),
                    t.mentions(),
                    Csv.join(t.ids()));
        }
        csv.flush();
    }

    /** Writes the pairs as CSV with a header: {@code period,a,kindA,b,kindB,articles}. */
    public void writePairsCsv(Writer out) throws IOException {
        writePairsCsv(out, false);
    }

    /** {@link #writePairsCsv(Writer)}, with a UTF-8 byte-order mark first when asked (for spreadsheets). */
    public void writePairsCsv(Writer out, boolean byteOrderMark) throws IOException {
        Csv csv =
                Csv.open(
                        out,
                        List.of("period", "a", "kindA", "b", "kindB", "articles"),
                        byteOrderMark);
        for (Pair p : pairs()) {
            csv.row(p.period(), p.a(), p.kindA().id(), p.b(), p.kindB().id(), p.articles());
        }
        csv.flush();
    }

    /** Writes the terms as JSON Lines: {@code {"period","kind","term","articles","mentions","ids":[...]}}. */
    public void writeTermsJsonl(Writer out) throws IOException {
        for (Term t : terms()) {
            ObjectNode o = AnalysisJson.object();
            o.put("period", t.period())
                    .put("kind", t.kind().id())
                    .put("term", t.term())
                    .put("articles", t.articles())
                    .put("mentions", t.mentions());
            ArrayNode ids = o.putArray("ids");
            t.ids().forEach(ids::add);
            out.write(json(o));
            out.write('\n');
        }
    }

    /** Writes the pairs as JSON Lines: {@code {"period","a","kindA","b","kindB","articles"}}. */
    public void writePairsJsonl(Writer out) throws IOException {
        for (Pair p : pairs()) {
            ObjectNode o = AnalysisJson.object();
            o.put("period", p.period())
                    .put("a", p.a())
                    .put("kindA", p.kindA().id())
                    .put("b", p.b())
                    .put("kindB", p.kindB().id())
                    .put("articles", p.articles());
            out.write(json(o));
            out.write('\n');
        }
    }

    private static String json(ObjectNode o) {
        try {
            return AnalysisJson.writer().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects analyses; {@link #build()} may be called once. Not thread-safe. */
    public static final class Builder {
        private final Period by;
        private int seen;
        private final TreeMap<String, Integer> perPeriod = new TreeMap<>(Builder::comparePeriods);
        private final Map<Key, Acc> acc = new HashMap<>();
        private final Map<PairKey, int[]> pairCounts = new HashMap<>();

        private Builder(Period by) {
            this.by = Objects.requireNonNull(by, "by");
        }

        /** Adds one analysis. */
        public Builder add(NewsAnalysis a) {
            seen++;
            String id = a.id().orElse("#" + seen);
            String period =
                    by.label(
                            a.summary().publishedAt() == null
                                    ? null
                                    : a.summary().publishedAt().toLocalDateTime());
            perPeriod.merge(period, 1, Integer::sum);
            Map<String, Kind> inArticle = new java.util.LinkedHashMap<>();
            for (KeyPhrase k : a.keyPhrases()) {
                count(period, Kind.PHRASE, k.text(), k.count(), id);
                inArticle.putIfAbsent(k.text(), Kind.PHRASE);
            }
            for (Entity e : a.organizations()) {
                count(period, Kind.ORGANIZATION, e.name(), e.mentions().size(), id);
                inArticle.putIfAbsent(e.name(), Kind.ORGANIZATION);
            }
            List<Map.Entry<String, Kind>> list = new ArrayList<>(inArticle.entrySet());
            list.sort(Map.Entry.comparingByKey());
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    pairCounts
                            .computeIfAbsent(
                                    new PairKey(
                                            period,
                                            list.get(i).getKey(),
                                            list.get(i).getValue(),
                                            list.get(j).getKey(),
                                            list.get(j).getValue()),
                                    k -> new int[1])[0]++;
                }
            }
            return this;
        }

        private void count(String period, Kind kind, String term, int mentions, String id) {
            Acc a = acc.computeIfAbsent(new Key(period, kind, term), k -> new Acc());
            a.mentions += mentions;
            if (a.ids.add(id)) {
                a.articles++;
            }
        }

        public Corpus build() {
            Map<String, List<Term>> terms = new TreeMap<>(Builder::comparePeriods);
            for (Map.Entry<Key, Acc> e : acc.entrySet()) {
                Key k = e.getKey();
                Acc a = e.getValue();
                terms.computeIfAbsent(k.period, p -> new ArrayList<>())
                        .add(
                                new Term(
                                        k.period,
                                        k.kind,
                                        k.term,
                                        a.articles,
                                        a.mentions,
                                        new ArrayList<>(a.ids)));
            }
            Comparator<Term> order =
                    Comparator.comparingInt((Term t) -> -t.articles())
                            .thenComparingInt(t -> -t.mentions())
                            .thenComparing(Term::kind)
                            .thenComparing(Term::term);
            terms.replaceAll((p, l) -> List.copyOf(l.stream().sorted(order).toList()));
            Map<String, List<Pair>> pairs = new TreeMap<>(Builder::comparePeriods);
            for (Map.Entry<PairKey, int[]> e : pairCounts.entrySet()) {
                PairKey k = e.getKey();
                pairs.computeIfAbsent(k.period, p -> new ArrayList<>())
                        .add(new Pair(k.period, k.a, k.kindA, k.b, k.kindB, e.getValue()[0]));
            }
            Comparator<Pair> pairOrder =
                    Comparator.comparingInt((Pair p) -> -p.articles())
                            .thenComparing(Pair::a)
                            .thenComparing(Pair::b)
                            .thenComparing(Pair::kindA)
                            .thenComparing(Pair::kindB);
            pairs.replaceAll((p, l) -> List.copyOf(l.stream().sorted(pairOrder).toList()));
            return new Corpus(by, seen, new TreeMap<>(perPeriod), terms, pairs);
        }

        private static int comparePeriods(String a, String b) {
            boolean ua = a.equals(Period.UNDATED);
            boolean ub = b.equals(Period.UNDATED);
            return ua == ub ? a.compareTo(b) : ua ? 1 : -1;
        }

        private record Key(String period, Kind kind, String term) {}

        private record PairKey(String period, String a, Kind kindA, String b, Kind kindB) {}

        private static final class Acc {
            int articles;
            int mentions;
            final Set<String> ids = new LinkedHashSet<>();
        }
    }

    /** How a {@link Corpus} groups articles by their publication time. */
    public enum Period {
        /** {@code 2023-05-21} */
        DAY(DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)),
        /** {@code 2023-05} */
        MONTH(DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT)),
        /** {@code 2023} */
        YEAR(DateTimeFormatter.ofPattern("uuuu", Locale.ROOT));

        /** The bucket of articles without a publication time; it sorts after every dated bucket. */
        public static final String UNDATED = "undated";

        private final DateTimeFormatter format;

        Period(DateTimeFormatter format) {
            this.format = format;
        }

        /** The bucket label of a time ({@link #UNDATED} for {@code null}); labels sort chronologically. */
        public String label(LocalDateTime time) {
            return time == null ? UNDATED : format.format(time);
        }
    }
}
