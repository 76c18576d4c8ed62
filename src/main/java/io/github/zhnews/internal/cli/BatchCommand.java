package io.github.zhnews.internal.cli;

import io.github.zhnews.ConfigurationException;
import io.github.zhnews.NewsAnalyzer;
import io.github.zhnews.internal.batch.OrderedBatch;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.temporal.Temporal;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code zhnews batch --input IN --output OUT}: many documents on every core, in order, resumable. */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Analyses many documents on every core and writes one output record per input record, "
                    + "in input order: the analysis, or an error record {\"id\",\"line\",\"error\":{\"type\","
                    + "\"message\"}} in its place.",
            "IN is a JSON Lines file of records {\"id\",\"text\",\"title\"?,\"source\"?,\"publishedAt\"?} "
                    + "(plain or gzip), a folder of UTF-8 .txt files (all levels, sorted by path; the path is the id), "
                    + "or '-' for standard input. OUT is a .jsonl, .jsonl.gz or .csv file, or '-' for standard output.",
            "A final line on standard error gives the counts (read, analysed, failed) and the time."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every record was analysed",
            "1:some records failed; each has an error record in the output",
            "2:the command line was wrong, or --resume was given an output that is not this input's",
            "3:the configuration was wrong (for example a bad user dictionary)",
            "4:the output could not be written (a full disk, a closed pipe): the run stopped at once; "
                    + "the output holds only whole records, so --resume can continue it",
            "5:the input could not be read to its end; every record before the fault has its output"
        })
final class BatchCommand implements Callable<Integer> {
    @ParentCommand Main parent;

    static final int WRITE_FAILED = 4;
    static final int INPUT_FAILED = 5;

    @Option(
            names = "--input",
            paramLabel = "IN",
            required = true,
            description =
                    "a JSON Lines file (.gz too), a folder of .txt files, or '-' for standard input")
    String input;

    @Option(
            names = "--output",
            paramLabel = "OUT",
            required = true,
            description = "a .jsonl, .jsonl.gz or .csv file, or '-' for standard output")
    String output;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "jsonl or csv (default: from the output name; jsonl for standard output)")
    RecordJob.Format format;

    @Option(
            names = "--resume",
            description =
                    "continue an output a killed or failed run left: its records are "
                            + "kept (a partial last line is dropped) and the input continues after them")
    boolean resume;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "documents analysed at once (default: every core)")
    Integer threads;

    @Option(
            names = "--max-chars",
            paramLabel = "N",
            defaultValue = "1000000",
            description =
                    "a longer document gets a TooLarge error record instead of an analysis "
                            + "(default ${DEFAULT-VALUE})")
    int maxChars;

    @Option(
            names = "--time-budget",
            paramLabel = "SECONDS",
            defaultValue = "60",
            description =
                    "a document still being analysed after this long gets a TimeBudgetExceeded error "
                            + "record; 0 for no budget (default ${DEFAULT-VALUE})")
    double timeBudget;

    @Option(
            names = "--progress",
            negatable = true,
            description = "show a progress bar on standard error (default: when it is a terminal)")
    Boolean progress;

    @Mixin AnalysisOptions options = new AnalysisOptions();

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int cores = Runtime.getRuntime().availableProcessors();
        int n = threads == null ? cores : threads;
        if (n < 1 || n > 1024 || maxChars < 1 || timeBudget < 0 || Double.isNaN(timeBudget)) {
            err.println(
                    "zhnews batch: --threads must be 1..1024, --max-chars positive, --time-budget >= 0");
            return 2;
        }
        if (resume && output.equals("-")) {
            err.println("zhnews batch: --resume needs an output file");
            return 2;
        }
        RecordJob.Format fmt =
                format != null
                        ? format
                        : output.endsWith(".csv") || output.endsWith(".csv.gz")
                                ? RecordJob.Format.CSV
                                : RecordJob.Format.JSONL;
        Temporal reference;
        NewsAnalyzer analyzer;
        try {
            reference = options.reference();
            analyzer = options.build();
        } catch (DateTimeException e) {
            err.println(
                    "zhnews batch: --published: not an ISO-8601 date or time: '"
                            + options.published
                            + "'");
            return 2;
        } catch (ConfigurationException e) {
            err.println("zhnews batch: " + e.getMessage());
            return 3;
        }
        Duration budget = Duration.ofNanos((long) (timeBudget * 1e9));
        RecordJob job = new RecordJob(analyzer, reference, options.tokens, fmt, maxChars);
        return run(job, n, budget, fmt, err);
    }

    private int run(RecordJob job, int n, Duration budget, RecordJob.Format fmt, PrintStream err) {
        long t0 = System.nanoTime();
        BatchInput in;
        try {
            in = BatchInput.open(input, RecordJob.maxLineBytes(maxChars));
        } catch (IOException | RuntimeException e) {
            err.println("zhnews batch: cannot read " + input + ": " + RecordJob.describe(e));
            return INPUT_FAILED;
        }
        RecordOutput out;
        try {
            out =
                    output.equals("-")
                            ? Main.stdout(parent)
                            : resume
                                    ? RecordOutput.resume(Path.of(output))
                                    : RecordOutput.create(Path.of(output));
        } catch (IOException | RuntimeException e) {
            err.println("zhnews batch: cannot open " + output + ": " + RecordJob.describe(e));
            return WRITE_FAILED;
        }
        long skipped = 0;
        Counts c = new Counts();
        try (in;
                Progress bar = Progress.create(progress, in.total(), in.countsFiles(), err)) {
            if (fmt == RecordJob.Format.CSV && out.existing() == 0) {
                out.write(RecordJob.CsvRows.HEADER);
            }
            long done =
                    out.existing() - (fmt == RecordJob.Format.CSV && out.existing() > 0 ? 1 : 0);
            if (done > 0) {
                String mismatch = skip(in, done, out.lastLine(), fmt);
                if (mismatch != null) {
                    err.println("zhnews batch: --resume: " + mismatch);
                    out.close();
                    return 2;
                }
                skipped = done;
            }
            int result;
            try (OrderedBatch<BatchInput.Raw, RecordJob.Out> batch =
                    new OrderedBatch<>(
                            in,
                            n,
                            4 * n,
                            budget,
                            job::apply,
                            job::failure,
                            r -> job.timeout(r, budget))) {
                result = drain(batch, in, out, bar, c, err);
            }
            if (result == 0) {
                out.close();
            }
            bar.close();
            double s = (System.nanoTime() - t0) / 1e9;
            err.printf(
                    "zhnews batch: read %d, analysed %d, failed %d, written %d%s in %.1f s (%.0f records/s, "
                            + "%,.0f chars/s)%s%n",
                    c.read,
                    c.analysed,
                    c.failed,
                    c.written,
                    skipped > 0
                            ? " (resumed after " + skipped + " records already in " + output + ")"
                            : "",
                    s,
                    c.read / Math.max(s, 1e-9),
                    c.chars / Math.max(s, 1e-9),
                    result == WRITE_FAILED
                            ? "; STOPPED: the output could not be written"
                            : result == INPUT_FAILED
                                    ? "; STOPPED: the input could not be read to its end"
                                    : "");
            return result != 0 ? result : c.failed > 0 ? 1 : 0;
        } catch (IOException e) {
            return writeFailed(e, out, "", err);
        } catch (UncheckedIOException e) {
            err.println(
                    "zhnews batch: cannot read " + input + ": " + RecordJob.describe(e.getCause()));
            return INPUT_FAILED;
        }
    }

    /** Reads past the records the output already holds; null, or why the output is not this input's. */
    private static String skip(BatchInput in, long done, String lastLine, RecordJob.Format fmt) {
        BatchInput.Raw last = null;
        for (long i = 0; i < done; i++) {
            if (!in.hasNext()) {
                return "the output holds " + done + " records but the input only " + i;
            }
            last = in.next();
        }
        String want = RecordJob.idOf(last);
        String have = lastLine == null ? null : RecordJob.idOfOutput(lastLine, fmt);
        if (!Objects.equals(want, have)) {
            return "the output's record "
                    + done
                    + " has id "
                    + have
                    + " but the input's has id "
                    + want
                    + ": is this the output of this input?";
        }
        return null;
    }

    private static final class Counts {
        long read;
        long analysed;
        long failed;
        long written;
        long chars;
    }

    private int drain(
            OrderedBatch<BatchInput.Raw, RecordJob.Out> batch,
            BatchInput in,
            RecordOutput out,
            Progress bar,
            Counts c,
            PrintStream err) {
        long lastShown = 0;
        while (true) {
            RecordJob.Out o;
            try {
                if (!batch.hasNext()) {
                    break;
                }
                o = batch.next();
            } catch (UncheckedIOException e) {
                flushQuietly(out);
                err.println(
                        "zhnews batch: cannot read "
                                + input
                                + " after "
                                + c.read
                                + " records: "
                                + RecordJob.describe(e.getCause()));
                return INPUT_FAILED;
            }
            c.read++;
            if (o.ok()) {
                c.analysed++;
                c.chars += o.chars();
            } else {
                c.failed++;
            }
            try {
                writeRetryingOnOutOfMemory(out, o.line());
            } catch (IOException e) {
                return writeFailed(e, out, " (--resume continues from there)", err);
            }
            c.written++;
            long now = System.nanoTime();
            if (now - lastShown > 200_000_000L) {
                lastShown = now;
                bar.update(in.progress(), c.read, c.chars);
            }
        }
        bar.update(in.progress(), c.read, c.chars);
        return 0;
    }

    /**
     * A worker analysing a huge record can hold the heap for a moment; a failed allocation here leaves nothing
     * half-written (RecordOutput appends whole lines), so it is tried again when that worker has let go.
     */
    private static void writeRetryingOnOutOfMemory(RecordOutput out, String line)
            throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                out.write(line);
                return;
            } catch (OutOfMemoryError e) {
                if (attempt >= 100) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Says that the output could not be written and how much of it holds; the exit code for it. */
    private int writeFailed(IOException e, RecordOutput out, String hint, PrintStream err) {
        err.println(
                "zhnews batch: cannot write "
                        + output
                        + ": "
                        + RecordJob.describe(e)
                        + "; stopped at once: the output holds "
                        + (out.existing() + out.committed())
                        + " whole lines"
                        + hint);
        return WRITE_FAILED;
    }

    private void flushQuietly(RecordOutput out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // the input error is the one reported
        }
    }
}
