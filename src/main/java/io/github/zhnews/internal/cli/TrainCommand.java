package io.github.zhnews.internal.cli;

import io.github.zhnews.internal.train.NerTraining;
import io.github.zhnews.internal.train.PkuWordsTraining;
import io.github.zhnews.internal.train.SegmentTraining;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zhnews train}: trains the project's models from labelled data. Each model is a subcommand
 * ({@code ner}, {@code segment}, {@code pku-words}); another model joins as one more class in {@code subcommands}.
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        subcommands = {
            TrainCommand.Ner.class,
            TrainCommand.Segment.class,
            TrainCommand.PkuWords.class
        },
        description =
                "Trains a model of models/ from labelled data such as ../shared/traindata (see the README, "
                        + "'Training the models').")
final class TrainCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(
                new picocli.CommandLine(this), "name a model to train: ner, segment or pku-words");
    }

    /**
     * Runs one training command: exit code 0, or 2 with {@code zhnews train NAME: reason} on standard error when
     * {@code --data} is no directory or the step rejects its options or data (an {@link IllegalArgumentException}
     * or {@link UncheckedIOException}).
     *
     * @param step the training, given standard error for its progress
     */
    private static int train(String name, Path data, Consumer<PrintStream> step) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (!Files.isDirectory(data)) {
            err.println("zhnews train " + name + ": --data " + data + " is not a directory");
            return 2;
        }
        try {
            step.accept(err);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("zhnews train " + name + ": " + e.getMessage());
            return 2;
        }
        return 0;
    }

    /** {@code zhnews train ner --data ../shared/traindata --out DIR}. */
    @Command(
            name = "ner",
            mixinStandardHelpOptions = true,
            description = {
                "Trains the PER/LOC/ORG sequence labeller and writes DIR/ner.bin.gz.",
                "Deterministic: the same data, options and seed give the same bytes."
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the model was written", "2:the command line or the data was wrong"})
    static final class Ner implements Callable<Integer> {
        @Option(
                names = "--data",
                paramLabel = "PATH",
                required = true,
                description = "the traindata root")
        Path data;

        @Option(
                names = "--out",
                paramLabel = "DIR",
                required = true,
                description = "where to write ner.bin.gz")
        Path out;

        @Option(
                names = "--epochs",
                paramLabel = "N",
                description = "passes over the data (default ${DEFAULT-VALUE})")
        int epochs = NerTraining.EPOCHS;

        @Option(
                names = "--seed",
                paramLabel = "N",
                description = "seed of the sentence order (default ${DEFAULT-VALUE})")
        long seed = NerTraining.SEED;

        @Option(
                names = "--min-count",
                paramLabel = "N",
                description = "drop features seen fewer times (default ${DEFAULT-VALUE})")
        int minCount = NerTraining.MIN_COUNT;

        @Option(
                names = "--features",
                paramLabel = "NAME",
                hidden = true,
                description = "feature templates (default: the current ones)")
        String features;

        @Option(
                names = "--dev",
                paramLabel = "PATH",
                description = "an evaldata root: print the labeller's dev figures after each epoch")
        Path dev;

        @Override
        public Integer call() {
            return train(
                    "ner",
                    data,
                    err -> {
                        if (epochs < 1 || minCount < 1) {
                            throw new IllegalArgumentException(
                                    "--epochs and --min-count must be at least 1");
                        }
                        NerTraining.run(data, out, epochs, seed, minCount, features, dev, err);
                    });
        }
    }

    /** {@code zhnews train segment --data DIR --out DIR}: the word segmenter and tagger (cws.bin.gz, pos.bin.gz). */
    @Command(
            name = "segment",
            mixinStandardHelpOptions = true,
            description = {
                "Trains the word segmenter and part-of-speech tagger (cws.bin.gz, pos.bin.gz) on People's "
                        + "Daily January 1998 (pos/pfr199801_train.hanlp.txt.gz under --data), holding out every "
                        + "tenth paragraph for the figures printed at the end. Deterministic: the same data give the "
                        + "same files. Copy the two files to models/ to ship them."
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:the model was written",
                "2:the command line was wrong or the data could not be read"
            })
    static final class Segment implements Callable<Integer> {
        @Option(
                names = "--data",
                paramLabel = "DIR",
                required = true,
                description = "the traindata root")
        Path data;

        @Option(
                names = "--out",
                paramLabel = "DIR",
                required = true,
                description = "where cws.bin.gz and pos.bin.gz go")
        Path out;

        @Option(
                names = "--segmenter-iterations",
                paramLabel = "N",
                description = "passes of the segmenter (default ${DEFAULT-VALUE})")
        int segmenterIterations = SegmentTraining.Options.DEFAULT.segmenterIterations();

        @Option(
                names = "--tagger-iterations",
                paramLabel = "N",
                description = "passes of the tagger (default ${DEFAULT-VALUE})")
        int taggerIterations = SegmentTraining.Options.DEFAULT.taggerIterations();

        @Option(
                names = "--compress",
                paramLabel = "RATIO",
                description =
                        "share of the least useful features dropped when saving (default ${DEFAULT-VALUE})")
        double compress = SegmentTraining.Options.DEFAULT.compress();

        @Option(
                names = "--seed",
                paramLabel = "N",
                description = "seed of the shuffle (default ${DEFAULT-VALUE})")
        long seed = SegmentTraining.Options.DEFAULT.seed();

        @Override
        public Integer call() {
            return train(
                    "segment",
                    data,
                    err -> {
                        SegmentTraining.Figures f =
                                SegmentTraining.run(
                                        data,
                                        out,
                                        new SegmentTraining.Options(
                                                segmenterIterations,
                                                taggerIterations,
                                                compress,
                                                seed),
                                        err);
                        new PrintStream(System.out, true, StandardCharsets.UTF_8)
                                .printf(
                                        Locale.ROOT,
                                        "held-out paragraphs %d%nsegment P %.4f R %.4f F1 %.4f%n"
                                                + "pos accuracy %.4f%n",
                                        f.paragraphs(),
                                        f.precision(),
                                        f.recall(),
                                        f.f1(),
                                        f.tagAccuracy());
                    });
        }
    }

    /** {@code zhnews train pku-words --data DIR --out DIR}: the word table of {@code WordStandard.PKU}. */
    @Command(
            name = "pku-words",
            mixinStandardHelpOptions = true,
            description = {
                "Counts how People's Daily January 1998 (pos/pfr199801_train.txt.gz under --data) writes the "
                        + "words the segmenter gives otherwise, and writes DIR/pku-words.tsv, the table of "
                        + "WordStandard.PKU. Deterministic. Copy the file to models/ to ship it."
            },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:the table was written",
                "2:the command line was wrong or the data could not be read"
            })
    static final class PkuWords implements Callable<Integer> {
        @Option(
                names = "--data",
                paramLabel = "DIR",
                required = true,
                description = "the traindata root")
        Path data;

        @Option(
                names = "--out",
                paramLabel = "DIR",
                required = true,
                description = "where pku-words.tsv goes")
        Path out;

        @Override
        public Integer call() {
            return train(
                    "pku-words",
                    data,
                    err -> {
                        PkuWordsTraining.Figures f = PkuWordsTraining.run(data, out, err);
                        new PrintStream(System.out, true, StandardCharsets.UTF_8)
                                .printf(
                                        Locale.ROOT,
                                        "paragraphs %d%nwords whole %d%nwords cut %d%n",
                                        f.paragraphs(),
                                        f.whole(),
                                        f.cut());
                    });
        }
    }
}
