package io.github.zhnews.internal.cli;

import io.github.zhnews.internal.train.NerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code zhnews train}: trains the project's models from labelled data. */
@Command(name = "train", mixinStandardHelpOptions = true, subcommands = {TrainCommand.Ner.class},
        description = "Trains a model from labelled data (see the README, 'Training the entity model').")
final class TrainCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "name a model: ner");
    }

    /** {@code zhnews train ner --data ../shared/traindata --out DIR}. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Trains the PER/LOC/ORG sequence labeller and writes DIR/ner.bin.gz.",
                "Deterministic: the same data, options and seed give the same bytes."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the model was written", "2:the command line or the data was wrong"})
    static final class Ner implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "PATH", required = true, description = "the traindata root")
        Path data;

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "where to write ner.bin.gz")
        Path out;

        @Option(names = "--epochs", paramLabel = "N", description = "passes over the data (default ${DEFAULT-VALUE})")
        int epochs = NerTraining.EPOCHS;

        @Option(names = "--seed", paramLabel = "N", description = "seed of the sentence order (default ${DEFAULT-VALUE})")
        long seed = NerTraining.SEED;

        @Option(names = "--min-count", paramLabel = "N",
                description = "drop features seen fewer times (default ${DEFAULT-VALUE})")
        int minCount = NerTraining.MIN_COUNT;

        @Option(names = "--features", paramLabel = "NAME", hidden = true,
                description = "feature templates (default: the current ones)")
        String features;

        @Option(names = "--dev", paramLabel = "PATH",
                description = "an evaldata root: print the labeller's dev figures after each epoch")
        Path dev;

        @Override
        public Integer call() {
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            if (!Files.isDirectory(data)) {
                err.println("zhnews train ner: --data " + data + " is not a directory");
                return 2;
            }
            if (epochs < 1 || minCount < 1) {
                err.println("zhnews train ner: --epochs and --min-count must be at least 1");
                return 2;
            }
            try {
                NerTraining.run(data, out, epochs, seed, minCount, features, dev, err);
            } catch (IllegalArgumentException | UncheckedIOException e) {
                err.println("zhnews train ner: " + e.getMessage());
                return 2;
            }
            return 0;
        }
    }
}
