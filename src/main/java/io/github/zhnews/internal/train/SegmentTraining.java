package io.github.zhnews.internal.train;

import io.github.zhnews.internal.eval.Readers;
import io.github.zhnews.internal.eval.SegmentationScorer;
import io.github.zhnews.internal.segment.HeldOut;
import io.github.zhnews.internal.segment.PerceptronTraining;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * {@code zhnews train segment}: the word segmenter and part-of-speech tagger of {@code models/} (cws.bin.gz,
 * pos.bin.gz) from People's Daily January 1998 ({@code pos/pfr199801_train.hanlp.txt.gz} under the training-data
 * root: paragraphs of {@code word/TAG} tokens, person names whole, {@code [..]/nt} compounds).
 *
 * <p>Every tenth paragraph (the 10th, 20th, ...) is held out: the models are trained on the other nine in
 * ten, and the held-out paragraphs give the figures printed at the end (segmentation P/R/F1 of the bare
 * segmenter, and tagging accuracy on the gold words). Training is deterministic: the paragraphs are read in file
 * order and shuffled with a fixed seed, so the same data give the same model files byte for byte.
 */
public final class SegmentTraining {
    /** The corpus, relative to the training-data root. */
    public static final String CORPUS = "pos/pfr199801_train.hanlp.txt.gz";

    /** Settings of one run. */
    public record Options(
            int segmenterIterations, int taggerIterations, double compress, long seed) {
        public static final Options DEFAULT = new Options(10, 5, 0.0, 20260101L);
    }

    /** The held-out figures. */
    public record Figures(
            int paragraphs, double precision, double recall, double f1, double tagAccuracy) {}

    private SegmentTraining() {}

    /** Trains both models from the training-data root into {@code out}; returns the held-out figures. */
    public static Figures run(Path dataRoot, Path out, Options options, PrintStream log) {
        Path corpus = dataRoot.resolve(CORPUS);
        if (!Files.isRegularFile(corpus)) {
            throw new IllegalArgumentException(
                    "missing training file " + corpus + " (is --data the traindata root?)");
        }
        List<String> paragraphs = readGzip(corpus);
        return train(paragraphs, out, options, log);
    }

    /**
     * Trains both models on paragraphs in the corpus format, holding out every tenth; also used by the
     * smoke test on sentences of our own.
     */
    public static Figures train(
            List<String> paragraphs, Path out, Options options, PrintStream log) {
        List<List<String[]>> train = new ArrayList<>();
        List<List<String[]>> held = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            List<String[]> tokens = tokens(paragraphs.get(i));
            if (tokens.isEmpty()) {
                continue;
            }
            (i % 10 == 9 ? held : train).add(tokens);
        }
        try {
            Files.createDirectories(out);
            Path trainFile = Files.createTempFile("zhnews-train-", ".txt");
            try {
                try (Writer w = Files.newBufferedWriter(trainFile, StandardCharsets.UTF_8)) {
                    for (List<String[]> p : train) {
                        StringBuilder b = new StringBuilder();
                        for (String[] t : p) {
                            b.append(b.length() == 0 ? "" : " ")
                                    .append(t[0])
                                    .append('/')
                                    .append(t[1]);
                        }
                        w.write(b.append('\n').toString());
                    }
                }
                log(log, "%d paragraphs for training, %d held out", train.size(), held.size());
                Path cws = out.resolve("cws.bin.gz");
                Path pos = out.resolve("pos.bin.gz");
                if (options.segmenterIterations() == 0 && Files.isRegularFile(cws)) {
                    log(log, "segmenter: keeping %s (0 iterations asked)", cws);
                } else {
                    PerceptronTraining.Result s =
                            PerceptronTraining.train(
                                    PerceptronTraining.Task.SEGMENT,
                                    trainFile,
                                    cws,
                                    options.segmenterIterations(),
                                    options.compress(),
                                    options.seed(),
                                    log);
                    log(
                            log,
                            "segmenter: %d sentences, %d features, %.0f s, %s (%d bytes)",
                            s.sentences(),
                            s.features(),
                            s.seconds(),
                            cws,
                            Files.size(cws));
                }
                PerceptronTraining.Result t =
                        PerceptronTraining.train(
                                PerceptronTraining.Task.TAG,
                                trainFile,
                                pos,
                                options.taggerIterations(),
                                options.compress(),
                                options.seed(),
                                log);
                log(
                        log,
                        "tagger: %d sentences, %d features, %.0f s, %s (%d bytes)",
                        t.sentences(),
                        t.features(),
                        t.seconds(),
                        pos,
                        Files.size(pos));
                Figures f = heldOut(HeldOut.of(cws, pos), held);
                log(
                        log,
                        "held out (%d paragraphs): segmentation P %.4f R %.4f F1 %.4f, tagging accuracy %.4f",
                        f.paragraphs(),
                        f.precision(),
                        f.recall(),
                        f.f1(),
                        f.tagAccuracy());
                return f;
            } finally {
                Files.deleteIfExists(trainFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the models to " + out, e);
        }
    }

    private static Figures heldOut(HeldOut model, List<List<String[]>> held) {
        SegmentationScorer scorer = new SegmentationScorer(Set.of());
        long tagged = 0;
        long right = 0;
        for (List<String[]> p : held) {
            List<String> words = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (String[] t : p) {
                words.add(t[0]);
                text.append(t[0]);
            }
            scorer.addLine(words, model.words(text.toString()));
            List<String> tags = model.tags(words);
            for (int i = 0; i < p.size(); i++) {
                tagged++;
                right += p.get(i)[1].equals(tags.get(i)) ? 1 : 0;
            }
        }
        return new Figures(
                held.size(),
                scorer.prf().precision(),
                scorer.prf().recall(),
                scorer.prf().f1(),
                tagged == 0 ? Double.NaN : (double) right / tagged);
    }

    private static List<String[]> tokens(String paragraph) {
        List<String[]> out = new ArrayList<>();
        for (Readers.TaggedWord w : Readers.pfrTagged(paragraph)) {
            out.add(new String[] {w.word(), w.tag()});
        }
        return out;
    }

    /** The lines of a gzipped UTF-8 file; also read by the other trainings of this package. */
    static List<String> readGzip(Path file) {
        try (BufferedReader r =
                new BufferedReader(
                        new InputStreamReader(
                                new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                                StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** A progress line on {@code log}, if there is one. */
    static void log(PrintStream log, String fmt, Object... args) {
        if (log != null) {
            log.println("[train] " + String.format(Locale.ROOT, fmt, args));
        }
    }

    /** For a run without the command line: {@code SegmentTraining DATA OUT [segIter tagIter compress]}. */
    public static void main(String[] args) {
        Options o =
                args.length >= 5
                        ? new Options(
                                Integer.parseInt(args[2]),
                                Integer.parseInt(args[3]),
                                Double.parseDouble(args[4]),
                                Options.DEFAULT.seed())
                        : Options.DEFAULT;
        run(Path.of(args[0]), Path.of(args[1]), o, System.err);
    }
}
