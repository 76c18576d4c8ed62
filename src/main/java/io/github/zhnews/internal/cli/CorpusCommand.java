package io.github.zhnews.internal.cli;

import io.github.zhnews.Article;
import io.github.zhnews.ConfigurationException;
import io.github.zhnews.Corpus;
import io.github.zhnews.Corpus.Period;
import io.github.zhnews.InvalidRecordException;
import io.github.zhnews.NewsAnalyzer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhnews corpus IN.jsonl --by month}: key phrases and organisations across many articles. */
@Command(
        name = "corpus",
        mixinStandardHelpOptions = true,
        description = {
            "Analyses JSON Lines records (the input of 'analyze --jsonl': "
                    + "{\"id\",\"text\",\"title\"?,\"source\"?,\"publishedAt\"?}) and summarises them by period: "
                    + "top key phrases and organisations with article counts, and their co-occurrence.",
            "Bad records are counted and reported on standard error; they never stop the run. "
                    + "Exit codes as for batch: 1 bad records, 4 standard output or --out could not be written, 5 the input could not be read.",
            "With --out DIR, writes terms.csv, terms.jsonl, pairs.csv and pairs.jsonl there (for pandas or R)."
        })
final class CorpusCommand implements Callable<Integer> {
    private static final int REPORTED_ERRORS = 10;
    private static final int MAX_CHARS = 1_000_000;

    @Parameters(
            paramLabel = "IN",
            description = "a JSON Lines file of records ('-' for standard input)")
    String in;

    @Option(
            names = "--by",
            paramLabel = "PERIOD",
            defaultValue = "month",
            description = "group by day, month or year (default month)")
    Period by;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "write CSV and JSON Lines tables to this folder")
    Path out;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "5",
            description =
                    "how many phrases, organisations and pairs to print per period (default 5)")
    int top;

    @Option(
            names = "--bom",
            description = "start the CSV files with a UTF-8 byte-order mark (for Excel)")
    boolean bom;

    @Mixin AnalyzerOptions options = new AnalyzerOptions();

    @Override
    public Integer call() {
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (top < 0) {
            stderr.println("zhnews corpus: --top must not be negative");
            return 2;
        }
        NewsAnalyzer analyzer;
        try {
            analyzer = options.builder().summarySentences(0).build();
        } catch (ConfigurationException e) {
            stderr.println("zhnews corpus: " + e.getMessage());
            return 3;
        }
        Corpus.Builder corpus = Corpus.builder(by);
        long records = 0;
        long invalid = 0;
        long failed = 0;
        long t0 = System.nanoTime();
        // the same strict reader as batch: a BOM is dropped; invalid UTF-8, an over-long line,
        // glued records
        // are bad records, counted and reported, never silently repaired
        try (BatchInput input = BatchInput.open(in, RecordJob.maxLineBytes(MAX_CHARS))) {
            while (input.hasNext()) {
                BatchInput.Raw raw = input.next();
                long lineNo = raw.line();
                records++;
                Article article;
                try {
                    if (raw.error() != null) {
                        throw new InvalidRecordException(raw.error().errorMessage(), null);
                    }
                    article = Article.fromJson(raw.json());
                    if (article.text().length() > MAX_CHARS) {
                        throw new InvalidRecordException(
                                "the document has "
                                        + article.text().length()
                                        + " characters, over the limit of "
                                        + MAX_CHARS,
                                article.id().orElse(null));
                    }
                } catch (InvalidRecordException e) {
                    if (invalid + failed < REPORTED_ERRORS) {
                        stderr.println(
                                "zhnews corpus: line "
                                        + lineNo
                                        + ": invalid record: "
                                        + e.getMessage());
                    }
                    invalid++;
                    continue;
                }
                if (article.id().isEmpty()) {
                    article = article.id("line-" + lineNo);
                }
                try {
                    corpus.add(analyzer.analyze(article));
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    // never stop a batch: the record is counted and the run goes on
                    if (invalid + failed < REPORTED_ERRORS) {
                        stderr.println("zhnews corpus: line " + lineNo + ": analysis failed: " + e);
                    }
                    failed++;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            stderr.println(
                    "zhnews corpus: cannot read "
                            + in
                            + ": "
                            + RecordJob.describe(
                                    e instanceof UncheckedIOException u ? u.getCause() : e));
            return BatchCommand.INPUT_FAILED;
        }
        Corpus c = corpus.build();
        double seconds = (System.nanoTime() - t0) / 1e9;
        stdout.printf(
                "records %d, analysed %d, invalid %d, failed %d, periods %d (by %s), %.1f s%n",
                records,
                c.articleCount(),
                invalid,
                failed,
                c.periods().size(),
                by.name().toLowerCase(java.util.Locale.ROOT),
                seconds);
        for (String p : c.periods()) {
            stdout.printf("%s  %d articles%n", p, c.articleCount(p));
            stdout.println("  phrases:       " + terms(c.top(p, Corpus.Kind.PHRASE, top)));
            stdout.println("  organizations: " + terms(c.top(p, Corpus.Kind.ORGANIZATION, top)));
            stdout.println(
                    "  pairs:         "
                            + c.topPairs(p, top).stream()
                                    .map(x -> x.a() + "+" + x.b() + " " + x.articles())
                                    .collect(Collectors.joining(", ")));
        }
        if (out != null) {
            try {
                Files.createDirectories(out);
                try (Writer w =
                        Files.newBufferedWriter(out.resolve("terms.csv"), StandardCharsets.UTF_8)) {
                    c.writeTermsCsv(w, bom);
                }
                try (Writer w =
                        Files.newBufferedWriter(
                                out.resolve("terms.jsonl"), StandardCharsets.UTF_8)) {
                    c.writeTermsJsonl(w);
                }
                try (Writer w =
                        Files.newBufferedWriter(out.resolve("pairs.csv"), StandardCharsets.UTF_8)) {
                    c.writePairsCsv(w, bom);
                }
                try (Writer w =
                        Files.newBufferedWriter(
                                out.resolve("pairs.jsonl"), StandardCharsets.UTF_8)) {
                    c.writePairsJsonl(w);
                }
                stdout.printf(
                        "wrote %d terms and %d pairs to %s (terms.csv, terms.jsonl, pairs.csv, pairs.jsonl)%n",
                        c.terms().size(), c.pairs().size(), out);
            } catch (IOException e) {
                stderr.println("zhnews corpus: cannot write " + out + ": " + e.getMessage());
                stdout.flush();
                return BatchCommand.WRITE_FAILED;
            }
        }
        if (invalid + failed > 0) {
            stderr.printf(
                    "zhnews corpus: %d bad records (%d invalid, %d failed analysis) were skipped%n",
                    invalid + failed, invalid, failed);
        }
        if (stdout.checkError()) { // flushes; a PrintStream keeps its write errors to itself until
            // asked
            stderr.println(
                    "zhnews corpus: cannot write to standard output (a full disk or a closed pipe)");
            return BatchCommand.WRITE_FAILED;
        }
        return invalid + failed == 0 ? 0 : 1;
    }

    private static String terms(List<Corpus.Term> terms) {
        return terms.stream()
                .map(t -> t.term() + " " + t.articles())
                .collect(Collectors.joining(", "));
    }
}
