package io.github.zhnews.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code zhnews} command line: {@code java -jar zhnews-cli.jar analyze FILE...}. */
@Command(
        name = "zhnews",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Chinese news text to structured data.",
        subcommands = {
            AnalyzeCommand.class,
            BatchCommand.class,
            EvalCommand.class,
            CorpusCommand.class,
            TrainCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every document was analysed",
            "1:some documents or records failed; each has an error record in the output",
            "2:the command line was wrong",
            "3:the configuration was wrong (for example a missing user dictionary)",
            "4:the output could not be written (a full disk, a closed pipe): the run stopped at once",
            "5:the input could not be read to its end (records before the fault have their output)"
        })
public final class Main {
    /**
     * Whether records go straight to the process's standard output file descriptor (from {@link #main}), so that
     * a write error is seen with its cause and a regular file can be cut back; else through {@link System#out}.
     */
    final boolean directStdout;

    private Main(boolean directStdout) {
        this.directStdout = directStdout;
    }

    public static void main(String[] args) {
        System.exit(
                new CommandLine(new Main(true))
                        .setCaseInsensitiveEnumValuesAllowed(true)
                        .execute(args));
    }

    /** Runs the command line and returns its exit code (for tests and embedding); output goes to System.out. */
    public static int run(String... args) {
        return new CommandLine(new Main(false))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }

    /** Standard output for records, checked on every write. */
    static RecordOutput stdout(Main main) throws java.io.IOException {
        return main != null && main.directStdout ? RecordOutput.stdout() : RecordOutput.systemOut();
    }

    /** The version the build wrote into {@code io/github/zhnews/version.properties} from the POM. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {"zhnews " + of()};
        }

        static String of() throws IOException {
            try (InputStream in =
                    Main.class.getResourceAsStream("/io/github/zhnews/version.properties")) {
                if (in == null) {
                    throw new IOException(
                            "io/github/zhnews/version.properties is missing from the class path");
                }
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                return p.getProperty("version");
            }
        }
    }

    /** The input a command line names: the file, or standard input for {@code -}. */
    static InputStream open(String name) throws IOException {
        return name.equals("-") ? System.in : Files.newInputStream(Path.of(name));
    }
}
