package io.github.zhnews.internal.cli;

import io.github.zhnews.Article;
import io.github.zhnews.ConfigurationException;
import io.github.zhnews.NewsAnalysis;
import io.github.zhnews.NewsAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code zhnews analyze}: one JSON object (or CSV row) per document, one per line. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Analyses news articles and prints one JSON object per document, one per line.",
            "FILE may be '-' for standard input. With --jsonl, reads JSON Lines records "
                    + "{\"id\",\"text\",\"title\"?,\"source\"?,\"publishedAt\"?} and writes one line per record, "
                    + "in input order, with an \"error\" object in place of a result for a bad record.",
            "With --format csv, writes the per-article CSV instead (a header, then one row per document)."
        })
final class AnalyzeCommand implements Callable<Integer> {
    @ParentCommand Main parent;

    @Parameters(
            paramLabel = "FILE",
            arity = "0..*",
            description = "UTF-8 text files, or '-' for standard input")
    List<String> files = new ArrayList<>();

    @Option(
            names = "--jsonl",
            paramLabel = "IN",
            description = "a JSON Lines file of records ('-' for stdin)")
    String jsonl;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "jsonl",
            description =
                    "jsonl (one JSON object per line, the default) or csv (the per-article CSV)")
    OutputFormat format;

    @Option(
            names = "--bom",
            description = "start the output with a UTF-8 byte-order mark (for Excel)")
    boolean bom;

    /** The values of --format. */
    enum OutputFormat {
        JSONL,
        CSV
    }

    @Mixin AnalysisOptions options = new AnalysisOptions();

    @Option(
            names = "--max-chars",
            paramLabel = "N",
            defaultValue = "1000000",
            description =
                    "with --jsonl, a longer document gets a TooLarge error line (default ${DEFAULT-VALUE})")
    int maxChars;

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (files.isEmpty() && jsonl == null) {
            err.println("zhnews analyze: give FILE..., '-' or --jsonl IN");
            return 2;
        }
        if (maxChars < 1) {
            err.println("zhnews analyze: --max-chars must be positive");
            return 2;
        }
        NewsAnalyzer analyzer;
        Temporal reference;
        try {
            reference = options.reference();
            analyzer = options.build();
        } catch (DateTimeException e) {
            err.println(
                    "zhnews analyze: --published: not an ISO-8601 date or time: '"
                            + options.published
                            + "'");
            return 2;
        } catch (ConfigurationException e) {
            err.println("zhnews analyze: " + e.getMessage());
            return 3;
        }
        int failures = 0;
        Rendering rendering = new Rendering(format == OutputFormat.CSV, options.tokens, bom);
        // every line is checked on its way out: a full disk or a closed pipe stops the run at once
        // (exit 4)
        try (RecordOutput out = Main.stdout(parent)) {
            for (String f : files) {
                failures += analyzeFile(analyzer, f, reference, rendering, out);
            }
            if (jsonl != null) {
                int r = analyzeRecords(analyzer, jsonl, reference, rendering, out, err);
                if (r < 0) {
                    out.flush();
                    return BatchCommand.INPUT_FAILED;
                }
                failures += r;
            }
        } catch (IOException e) {
            err.println(
                    "zhnews analyze: cannot write the output: "
                            + RecordJob.describe(e)
                            + "; stopped at once");
            return BatchCommand.WRITE_FAILED;
        }
        return failures == 0 ? 0 : 1;
    }

    private int analyzeFile(
            NewsAnalyzer analyzer,
            String name,
            Temporal reference,
            Rendering rendering,
            RecordOutput out)
            throws IOException {
        String text;
        try {
            text = readStrict(Main.open(name));
        } catch (IOException | UncheckedIOException e) {
            out.write(rendering.error(name, 0, "UnreadableInput", RecordJob.describe(e)));
            return 1;
        }
        Article article = Article.of(text).id(name);
        if (reference != null) {
            article = article.publishedAt(reference);
        }
        String line;
        try {
            line = rendering.result(analyzer.analyze(article));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // never stop a batch: the record gets an error line and the run goes on
            out.write(
                    rendering.error(
                            name,
                            0,
                            e instanceof OutOfMemoryError ? "OutOfMemory" : "AnalysisFailed",
                            RecordJob.describe(e)));
            return 1;
        }
        out.write(line);
        return 0;
    }

    /** One output line per record, like {@code batch} on one thread; -1 when the input broke off. */
    private int analyzeRecords(
            NewsAnalyzer analyzer,
            String name,
            Temporal reference,
            Rendering rendering,
            RecordOutput out,
            PrintStream err)
            throws IOException {
        RecordJob job = new RecordJob(analyzer, reference, rendering, maxChars);
        int failures = 0;
        long records = 0;
        try (BatchInput in = BatchInput.open(name, RecordJob.maxLineBytes(maxChars))) {
            while (in.hasNext()) {
                BatchInput.Raw r = in.next();
                records++;
                RecordJob.Out o;
                try {
                    o = job.apply(r);
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    o = job.failure(r, e);
                }
                out.write(o.line());
                failures += o.ok() ? 0 : 1;
            }
        } catch (UncheckedIOException e) {
            err.println(
                    "zhnews analyze: cannot read "
                            + name
                            + " after "
                            + records
                            + " records: "
                            + RecordJob.describe(e.getCause()));
            return -1;
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("zhnews analyze: cannot read " + name + ": no such file");
            return -1;
        }
        return failures;
    }

    /**
     * The text of each output record, handed whole to the {@link RecordOutput} (so that a failed write still
     * stops the run with exit 4 and never leaves a partial line): the batch's own JSON Lines or per-article CSV
     * rows ({@link RecordJob.Renderer#of}), with the CSV header and any byte-order mark going out with the first
     * record. One thread only.
     */
    static final class Rendering implements RecordJob.Renderer {
        private final RecordJob.Renderer rows;
        private String prefix;

        Rendering(boolean csv, boolean tokens, boolean byteOrderMark) {
            this.rows =
                    RecordJob.Renderer.of(
                            csv ? RecordJob.Format.CSV : RecordJob.Format.JSONL, tokens);
            this.prefix =
                    (byteOrderMark ? "\uFEFF" : "") + (csv ? RecordJob.CsvRows.HEADER + "\n" : "");
        }

        @Override
        public String result(NewsAnalysis analysis) {
            return first(rows.result(analysis));
        }

        @Override
        public String error(String id, long line, String type, String message) {
            return first(rows.error(id, line, type, message));
        }

        private String first(String line) {
            String p = prefix;
            prefix = "";
            return p.isEmpty() ? line : p + line;
        }
    }

    private static String readStrict(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readAllBytes();
            try {
                return StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new IOException("input is not valid UTF-8", e);
            }
        }
    }
}
