package io.github.zhnews.cli;

import io.github.zhnews.train.SegmentTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code zhnews train}: trains the project's models from the training data. Each model is a subcommand
 * ({@code segment}; another model joins as one more class in {@code subcommands}).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains a model of models/ from the training data (e.g. ../shared/traindata).",
        subcommands = {TrainCommand.Segment.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the model was written", "2:the command line was wrong or the data could not be read"})
final class TrainCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "name a model to train: segment");
    }

    /** {@code zhnews train segment --data DIR --out DIR}: the word segmenter and tagger (cws.bin.gz, pos.bin.gz). */
    @Command(name = "segment", mixinStandardHelpOptions = true,
            description = {"Trains the word segmenter and part-of-speech tagger (cws.bin.gz, pos.bin.gz) on People's "
                    + "Daily January 1998 (pos/pfr199801_train.hanlp.txt.gz under --data), holding out every "
                    + "tenth paragraph for the figures printed at the end. Deterministic: the same data give the "
                    + "same files. Copy the two files to models/ to ship them."})
    static final class Segment implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR", required = true, description = "the traindata root")
        Path data;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "where cws.bin.gz and pos.bin.gz go")
        Path out;

        @Option(names = "--segmenter-iterations", paramLabel = "N",
                description = "passes of the segmenter (default ${DEFAULT-VALUE})")
        int segmenterIterations = SegmentTraining.Options.DEFAULT.segmenterIterations();

        @Option(names = "--tagger-iterations", paramLabel = "N",
                description = "passes of the tagger (default ${DEFAULT-VALUE})")
        int taggerIterations = SegmentTraining.Options.DEFAULT.taggerIterations();

        @Option(names = "--compress", paramLabel = "RATIO",
                description = "share of the least useful features dropped when saving (default ${DEFAULT-VALUE})")
        double compress = SegmentTraining.Options.DEFAULT.compress();

        @Option(names = "--seed", paramLabel = "N", description = "seed of the shuffle (default ${DEFAULT-VALUE})")
        long seed = SegmentTraining.Options.DEFAULT.seed();

        @Override
        public Integer call() {
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            if (!Files.isDirectory(data)) {
                err.println("zhnews train segment: --data " + data + " is not a directory");
                return 2;
            }
            try {
                SegmentTraining.Figures f = SegmentTraining.run(data, out,
                        new SegmentTraining.Options(segmenterIterations, taggerIterations, compress, seed), err);
                PrintStream o = new PrintStream(System.out, true, StandardCharsets.UTF_8);
                o.printf(java.util.Locale.ROOT, "held-out paragraphs %d%nsegment P %.4f R %.4f F1 %.4f%n"
                                + "pos accuracy %.4f%n", f.paragraphs(), f.precision(), f.recall(), f.f1(),
                        f.tagAccuracy());
                return 0;
            } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
                err.println("zhnews train segment: " + e.getMessage());
                return 2;
            }
        }
    }
}
