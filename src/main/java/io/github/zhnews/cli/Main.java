package io.github.zhnews.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code zhnews} command line: {@code java -jar zhnews-cli.jar analyze FILE...}. */
@Command(name = "zhnews", mixinStandardHelpOptions = true, version = "zhnews 0.1.0",
        description = "Chinese news text to structured data.",
        subcommands = {AnalyzeCommand.class, EvalCommand.class, CorpusCommand.class, TrainCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every document was analysed",
            "1:some documents or records failed; each has an error record in the output",
            "2:the command line was wrong",
            "3:the configuration was wrong (for example a missing user dictionary)"})
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    /** The input a command line names: the file, or standard input for {@code -}. */
    static InputStream open(String name) throws IOException {
        return name.equals("-") ? System.in : Files.newInputStream(Path.of(name));
    }
}
