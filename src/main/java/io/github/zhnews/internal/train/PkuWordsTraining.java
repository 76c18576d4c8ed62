package io.github.zhnews.internal.train;

import io.github.zhnews.Feature;
import io.github.zhnews.NewsAnalyzer;
import io.github.zhnews.WordStandard;
import io.github.zhnews.internal.eval.Readers;
import io.github.zhnews.internal.resources.ModelResources;
import io.github.zhnews.internal.segment.CoreWords;
import io.github.zhnews.model.Token;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * {@code zhnews train pku-words}: the table of words that {@code WordStandard.PKU} writes as People's Daily
 * January 1998 writes them ({@code pku-words.tsv} of {@code models/}), counted from the original PFR file
 * ({@code pos/pfr199801_train.txt.gz} under the training-data root: the Peking University standard, names cut
 * after the surname). A string of two to six characters goes in the table
 * <ul>
 *   <li>whole, when the corpus writes it as one word at least {@value #MIN_COUNT} times and more than {@value
 *       #RATIO} times as often as it writes those characters as several words (几十, 不断, 第二十一): adjacent
 *       tokens that spell it become that word;
 *   <li>cut, when the corpus writes it as the same two to four words at least {@value #MIN_COUNT} times and more
 *       than {@value #RATIO} times as often as it writes it whole (不能 as 不 能, 新世纪 as 新 世纪), and it is a
 *       word a segmenter may give: in the core dictionary or the news lexicon, or a token the analyzer gives
 *       for the corpus's own text.
 * </ul>
 * Each word carries its commonest tag in the corpus. Deterministic: counts, ties broken by the text; rows sorted.
 */
public final class PkuWordsTraining {
    /** The corpus, relative to the training-data root. */
    public static final String CORPUS = "pos/pfr199801_train.txt.gz";

    public static final String FILE = "pku-words.tsv";

    static final int MIN_COUNT = 3;
    static final int RATIO = 2;

    /** Readings of up to this many words, of up to {@link #LONGEST} characters. */
    private static final int MAX_PARTS = 4;

    private static final int LONGEST = 6;

    private PkuWordsTraining() {}

    /** What was written. */
    public record Figures(int paragraphs, int whole, int cut) {}

    /** Counts the corpus under the training-data root and writes {@code out/pku-words.tsv}. */
    public static Figures run(Path dataRoot, Path out, PrintStream log) {
        Path corpus = dataRoot.resolve(CORPUS);
        if (!Files.isRegularFile(corpus)) {
            throw new IllegalArgumentException(
                    "missing training file " + corpus + " (is --data the traindata root?)");
        }
        List<List<String[]>> paragraphs = new ArrayList<>();
        for (String line : SegmentTraining.readGzip(corpus)) {
            List<String[]> p = words(line);
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        SegmentTraining.log(
                log, "%d paragraphs; the analyzer's tokens of their text...", paragraphs.size());
        Set<String> given = tokensOf(paragraphs);
        Set<String> lexicon = Set.copyOf(ModelResources.firstColumn("news-lexicon.txt"));
        List<String> rows =
                table(
                        paragraphs,
                        w ->
                                given.contains(w)
                                        || lexicon.contains(w)
                                        || CoreWords.INSTANCE.contains(w));
        Figures f = write(rows, out, paragraphs.size());
        SegmentTraining.log(
                log, "%s: %d words whole, %d cut", out.resolve(FILE), f.whole(), f.cut());
        return f;
    }

    /** The strings the analyzer gives as tokens for the paragraphs' text (NEWS standard: names whole). */
    private static Set<String> tokensOf(List<List<String[]>> paragraphs) {
        NewsAnalyzer analyzer =
                NewsAnalyzer.builder()
                        .wordStandard(WordStandard.NEWS)
                        .without(
                                Feature.ENTITIES,
                                Feature.DATES,
                                Feature.KEY_PHRASES,
                                Feature.SUMMARY_SENTENCES)
                        .build();
        Set<String> out = new HashSet<>();
        for (List<String[]> p : paragraphs) {
            StringBuilder text = new StringBuilder();
            for (String[] w : p) {
                text.append(w[0]);
            }
            for (Token t : analyzer.analyze(text.toString()).tokens()) {
                if (t.text().length() >= 2) {
                    out.add(t.text());
                }
            }
        }
        return out;
    }

    /**
     * The table's rows, sorted: {@code word<TAB>reading<TAB>times whole<TAB>times as the reading's words}, the
     * reading being {@code word/tag} pieces separated by spaces (one piece for a word kept whole).
     *
     * @param mayCut whether a string is a word a segmenter may give, so that a cut of it is worth a row
     */
    static List<String> table(List<List<String[]>> paragraphs, Predicate<String> mayCut) {
        Map<String, Map<String, Integer>> wholeTags = new HashMap<>();
        for (List<String[]> p : paragraphs) {
            for (String[] w : p) {
                if (w[0].length() >= 2 && w[0].length() <= LONGEST) {
                    wholeTags
                            .computeIfAbsent(w[0], k -> new HashMap<>())
                            .merge(w[1], 1, Integer::sum);
                }
            }
        }
        // the readings of several words, of strings that are words somewhere or may be cut
        Map<String, Map<String, Integer>> readings = new HashMap<>();
        Map<String, Integer> cutTimes = new HashMap<>();
        Map<String, Boolean> mayCutMemo = new HashMap<>();
        for (List<String[]> p : paragraphs) {
            for (int i = 0; i < p.size(); i++) {
                StringBuilder s = new StringBuilder(p.get(i)[0]);
                StringBuilder reading =
                        new StringBuilder(p.get(i)[0]).append('/').append(p.get(i)[1]);
                for (int j = i + 1; j < p.size() && j < i + MAX_PARTS; j++) {
                    s.append(p.get(j)[0]);
                    reading.append(' ').append(p.get(j)[0]).append('/').append(p.get(j)[1]);
                    if (s.length() > LONGEST) {
                        break;
                    }
                    String str = s.toString();
                    boolean word = wholeTags.containsKey(str);
                    if (!word && !mayCutMemo.computeIfAbsent(str, mayCut::test)) {
                        continue;
                    }
                    cutTimes.merge(str, 1, Integer::sum);
                    readings.computeIfAbsent(str, k -> new HashMap<>())
                            .merge(reading.toString(), 1, Integer::sum);
                }
            }
        }
        Map<String, String> rows = new TreeMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : wholeTags.entrySet()) {
            String w = e.getKey();
            int whole = sum(e.getValue());
            int cut = cutTimes.getOrDefault(w, 0);
            if (whole >= MIN_COUNT && whole > RATIO * cut) {
                rows.put(w, row(w, w + "/" + commonest(e.getValue()), whole, cut));
            }
        }
        for (Map.Entry<String, Map<String, Integer>> e : readings.entrySet()) {
            String w = e.getKey();
            if (!mayCutMemo.computeIfAbsent(w, mayCut::test)) {
                continue;
            }
            // the commonest reading by its words; its commonest tags
            Map<String, Integer> byWords = new HashMap<>();
            Map<String, Map<String, Integer>> tagged = new HashMap<>();
            for (Map.Entry<String, Integer> r : e.getValue().entrySet()) {
                String words = r.getKey().replaceAll("/[^ ]+", "");
                byWords.merge(words, r.getValue(), Integer::sum);
                tagged.computeIfAbsent(words, k -> new HashMap<>()).put(r.getKey(), r.getValue());
            }
            String words = commonest(byWords);
            int times = byWords.get(words);
            Map<String, Integer> tags = wholeTags.get(w);
            int whole = tags == null ? 0 : sum(tags);
            if (times >= MIN_COUNT && times > RATIO * whole) {
                rows.put(w, row(w, commonest(tagged.get(words)), whole, times));
            }
        }
        return new ArrayList<>(rows.values());
    }

    private static String row(String word, String reading, int whole, int cut) {
        return word + "\t" + reading + "\t" + whole + "\t" + cut;
    }

    private static int sum(Map<String, Integer> counts) {
        int n = 0;
        for (int v : counts.values()) {
            n += v;
        }
        return n;
    }

    /** The key with the highest count; of equal counts, the first in text order. */
    private static String commonest(Map<String, Integer> counts) {
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null
                    || e.getValue() > counts.get(best)
                    || e.getValue().equals(counts.get(best)) && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
            }
        }
        return best;
    }

    static Figures write(List<String> rows, Path out, int paragraphs) {
        int whole = 0;
        for (String r : rows) {
            whole += r.split("\t")[1].indexOf(' ') < 0 ? 1 : 0;
        }
        try {
            Files.createDirectories(out);
            try (Writer w = Files.newBufferedWriter(out.resolve(FILE), StandardCharsets.UTF_8)) {
                w.write(
                        "# Words as the Peking University standard writes them, counted from People's Daily"
                                + " January 1998\n# (zhnews train pku-words; see models/README.md)."
                                + " word, reading, times whole, times as the reading's words\n");
                for (String r : rows) {
                    w.write(r + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out.resolve(FILE), e);
        }
        return new Figures(paragraphs, whole, rows.size() - whole);
    }

    /**
     * The words and tags of one paragraph of the original PFR format ({@link Readers#pfrTagged}): its id first
     * ({@code 19980101-01-001-001/m}) is dropped.
     */
    static List<String[]> words(String line) {
        List<String[]> out = new ArrayList<>();
        for (Readers.TaggedWord w : Readers.pfrTagged(line)) {
            if (out.isEmpty() && w.word().matches("\\d{8}-.*")) {
                continue; // the paragraph's id
            }
            out.add(new String[] {w.word(), w.tag()});
        }
        return out;
    }
}
