package io.github.zhnews.internal.train;

import io.github.zhnews.internal.entity.ner.NerModel;
import io.github.zhnews.internal.entity.ner.NerSpan;
import io.github.zhnews.internal.entity.ner.NerStandard;
import io.github.zhnews.internal.entity.ner.NerTagger;
import io.github.zhnews.internal.entity.ner.NerTrainer;
import io.github.zhnews.internal.eval.CluenerHoldOut;
import io.github.zhnews.internal.eval.EntitySets;
import io.github.zhnews.internal.eval.Labelled;
import io.github.zhnews.internal.eval.Prf;
import io.github.zhnews.internal.eval.Readers;
import io.github.zhnews.internal.eval.Span;
import io.github.zhnews.internal.eval.SpanScorer;
import io.github.zhnews.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * {@code zhnews train ner}: reads the character-BIO files of a {@code traindata} root ({@link #FILES}, CLUENER
 * without its held-out tenth, {@link CluenerHoldOut}), trains the labeller and writes {@code ner.bin.gz}.
 * With an {@code evaldata} root it also prints the labeller's own P/R/F1 on the dev sets after each epoch.
 */
public final class NerTraining {
    /** The training files under the traindata root, in the order they are read. */
    public static final List<String> FILES =
            List.of(
                    "ner/msra_train.bio.gz",
                    "ner/pfr199801_derived.bio.gz",
                    "ner/cluener_train.bio.gz",
                    "ner/weibo_train.bio.gz");

    /** The annotation standard of each of {@link #FILES}. */
    public static final List<Integer> STANDARDS =
            List.of(
                    NerStandard.MSRA,
                    NerStandard.PEOPLES_DAILY_1998,
                    NerStandard.CLUENER,
                    NerStandard.WEIBO);

    /** The seed and epochs of the shipped model. */
    public static final long SEED = 20261201L;

    public static final int EPOCHS = 12;
    public static final int MIN_COUNT = 1;

    private NerTraining() {}

    /** Trains on {@code data} and writes {@code out/ner.bin.gz}; returns the file. */
    /**
     * As {@link #run(Path, Path, NerTrainer.Options, Path, PrintStream)} with the options of the command line:
     * epochs, seed, minimum feature count and the feature set (null: the default).
     */
    public static Path run(
            Path data,
            Path out,
            int epochs,
            long seed,
            int minCount,
            String features,
            Path dev,
            PrintStream log) {
        return run(
                data,
                out,
                features == null
                        ? new NerTrainer.Options(epochs, seed, minCount)
                        : new NerTrainer.Options(epochs, seed, minCount, features),
                dev,
                log);
    }

    public static Path run(
            Path data, Path out, NerTrainer.Options options, Path dev, PrintStream log) {
        List<NerTrainer.Sentence> sentences = new ArrayList<>();
        for (String f : FILES) {
            Path p = data.resolve(f);
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(
                        "missing training file " + p + " (is --data the traindata root?)");
            }
            int standard = STANDARDS.get(FILES.indexOf(f));
            List<NerTrainer.Sentence> read =
                    readBio(p, f.contains("cluener")).stream()
                            .map(x -> x.withStandard(standard))
                            .toList();
            log.printf(Locale.ROOT, "[train] %s: %d sentences%n", f, read.size());
            sentences.addAll(read);
        }
        List<DevSet> devSets = dev == null ? List.of() : devSets(dev);
        java.util.function.Function<String, byte[]> hints = text -> null;
        if (NerTrainer.readsHints(options.features())) {
            long h0 = System.nanoTime();
            hints = ruleHints();
            List<NerTrainer.Sentence> hinted = new ArrayList<>(sentences.size());
            for (NerTrainer.Sentence s : sentences) {
                hinted.add(s.withHints(hints.apply(s.text())));
            }
            sentences = hinted;
            log.printf(
                    Locale.ROOT,
                    "[train] the rules' names as hints in %.1f s%n",
                    (System.nanoTime() - h0) / 1e9);
        }
        java.util.function.Function<String, byte[]> uncached = hints;
        Map<String, byte[]> seen = new java.util.HashMap<>();
        java.util.function.Function<String, byte[]> devHints =
                text -> seen.computeIfAbsent(text, uncached);
        long t0 = System.nanoTime();
        NerModel model =
                NerTrainer.train(
                        sentences,
                        options,
                        (m, epoch) -> {
                            if (!devSets.isEmpty()) {
                                report(m, devSets, devHints, epoch, log);
                            }
                        },
                        s -> log.println("[train] " + s));
        log.printf(Locale.ROOT, "[train] trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        try {
            Files.createDirectories(out);
            Path file = out.resolve(NerTagger.BUNDLED);
            try (OutputStream o = Files.newOutputStream(file)) {
                model.write(o);
            }
            log.printf(Locale.ROOT, "[train] wrote %s (%d bytes)%n", file, Files.size(file));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model to " + out, e);
        }
    }

    /** The dev sets the evaluation scores entities on ({@link EntitySets}), read. */
    public static List<DevSet> devSets(Path evaldata) {
        return EntitySets.of(evaldata::resolve).stream()
                .map(s -> new DevSet(s.name(), number(s.standard()), s.reader().get()))
                .toList();
    }

    /** A dev set read, with the number of its standard in the model. */
    public record DevSet(String name, int standard, List<Labelled> documents) {}

    /** The number of a standard in the model, as {@code NewsAnalyzer.Builder} reads it. */
    private static int number(io.github.zhnews.EntityStandard standard) {
        return switch (standard) {
            case MSRA -> NerStandard.MSRA;
            case PEOPLES_DAILY_1998 -> NerStandard.PEOPLES_DAILY_1998;
            case CLUENER -> NerStandard.CLUENER;
        };
    }

    /**
     * The hints of {@link NerTrainer#HINTED_FEATURES}: the names the rules alone find in a text (the
     * rules-only analyzer's mentions), as {@link NerTagger#hints}, the same as {@code EntityRecognizer} gives
     * the labeller.
     */
    public static java.util.function.Function<String, byte[]> ruleHints() {
        io.github.zhnews.NewsAnalyzer rules =
                io.github.zhnews.NewsAnalyzer.builder()
                        .entityRecognition(io.github.zhnews.EntityRecognition.RULES_ONLY)
                        .without(
                                io.github.zhnews.Feature.DATES,
                                io.github.zhnews.Feature.KEY_PHRASES,
                                io.github.zhnews.Feature.SUMMARY_SENTENCES)
                        .build();
        return text -> {
            io.github.zhnews.NewsAnalysis a = rules.analyze(text);
            List<NerSpan> spans = new ArrayList<>();
            for (List<io.github.zhnews.model.Entity> es :
                    List.of(a.organizations(), a.people(), a.places())) {
                for (io.github.zhnews.model.Entity e : es) {
                    for (io.github.zhnews.model.Mention m : e.mentions()) {
                        spans.add(new NerSpan(m.start(), m.end(), e.type()));
                    }
                }
            }
            return NerTagger.hints(text.length(), spans);
        };
    }

    private static void report(
            NerModel model,
            List<DevSet> devSets,
            java.util.function.Function<String, byte[]> hints,
            int epoch,
            PrintStream log) {
        for (DevSet e : devSets) {
            NerTagger tagger = new NerTagger(model.forStandard(e.standard()));
            SpanScorer scorer = new SpanScorer();
            for (Labelled doc : e.documents()) {
                List<Span> gold =
                        doc.spans().stream().filter(s -> !s.type().equals(Readers.TIME)).toList();
                List<Span> found = new ArrayList<>();
                for (NerSpan s : tagger.tag(doc.text(), hints.apply(doc.text()))) {
                    found.add(
                            new Span(
                                    s.start(),
                                    s.end(),
                                    s.type() == EntityType.PERSON
                                            ? Readers.PER
                                            : s.type() == EntityType.PLACE
                                                    ? Readers.LOC
                                                    : Readers.ORG));
                }
                scorer.add(gold, found);
            }
            StringBuilder b = new StringBuilder();
            for (String t : List.of(Readers.ORG, Readers.PER, Readers.LOC)) {
                Prf p = scorer.type(t);
                b.append(
                        String.format(
                                Locale.ROOT,
                                "  %s %.4f/%.4f/%.4f",
                                t,
                                p.precision(),
                                p.recall(),
                                p.f1()));
            }
            log.printf(Locale.ROOT, "[dev] epoch %d %-16s%s%n", epoch, e.name(), b);
        }
    }

    /** Reads a gzip char-BIO file ({@code char TAG} lines, blank line between sentences). */
    static List<NerTrainer.Sentence> readBio(Path file, boolean dropHeldOut) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            return readBio(in, file.toString(), dropHeldOut);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads char-BIO from a stream (UTF-8); {@code name} names it in errors. */
    public static List<NerTrainer.Sentence> readBio(
            InputStream in, String name, boolean dropHeldOut) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<NerTrainer.Sentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        List<String> types = new ArrayList<>();
        String open = null;
        int start = 0;
        int lineNo = 0;
        for (String line; ; ) {
            line = r.readLine();
            lineNo++;
            if (line == null || line.isBlank()) {
                if (open != null) {
                    spans.add(new int[] {start, text.length()});
                    types.add(open);
                    open = null;
                }
                if (text.length() > 0) {
                    String t = text.toString();
                    if (!(dropHeldOut && CluenerHoldOut.isHeldOut(t))) {
                        out.add(NerTrainer.Sentence.of(t, spans, types));
                    }
                }
                text.setLength(0);
                spans = new ArrayList<>();
                types = new ArrayList<>();
                if (line == null) {
                    return out;
                }
                continue;
            }
            int sep = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t'));
            if (sep < 0) {
                throw new IOException(name + " line " + lineNo + ": not 'char TAG': " + line);
            }
            String ch = sep == 0 ? " " : line.substring(0, sep);
            String tag = line.substring(sep + 1).strip();
            String type = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
            boolean begins = tag.startsWith("B-") || (tag.startsWith("I-") && !type.equals(open));
            if (!tag.equals("O") && type == null) {
                throw new IOException(name + " line " + lineNo + ": unknown tag " + tag);
            }
            if (open != null && (begins || type == null)) {
                spans.add(new int[] {start, text.length()});
                types.add(open);
                open = null;
            }
            if (type != null && begins) {
                open = type;
                start = text.length();
            }
            text.append(ch);
        }
    }
}
