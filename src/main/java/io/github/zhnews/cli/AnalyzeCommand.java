package io.github.zhnews.cli;

import io.github.zhnews.AnalysisWriter;
import io.github.zhnews.Article;
import io.github.zhnews.ConfigurationException;
import io.github.zhnews.Feature;
import io.github.zhnews.InvalidRecordException;
import io.github.zhnews.NewsAnalyzer;
import io.github.zhnews.model.NewsTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code zhnews analyze}: one JSON object (or CSV row) per document, one per line. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses news articles and prints one JSON object per document, one per line.",
            "FILE may be '-' for standard input. With --jsonl, reads JSON Lines records "
                + "{\"id\",\"text\",\"title\"?,\"source\"?,\"publishedAt\"?} and writes one line per record, "
                + "in input order, with an \"error\" object in place of a result for a bad record.",
            "With --format csv, writes the per-article CSV instead (a header, then one row per document)."})
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "UTF-8 text files, or '-' for standard input")
    List<String> files = new ArrayList<>();

    @Option(names = "--jsonl", paramLabel = "IN", description = "a JSON Lines file of records ('-' for stdin)")
    String jsonl;

    @Option(names = "--published", paramLabel = "TIME",
            description = "publication / reference time, ISO-8601: 2023-05-21, 2023-05-21T09:39 (in the zone), "
                    + "2023-05-21T01:39:00Z or 2023-05-21T09:39+08:00")
    String published;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "the articles' time zone, where a record names none (default Asia/Shanghai)")
    ZoneId zone;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (one JSON object per line, the default) or csv (the per-article CSV)")
    OutputFormat format;

    @Option(names = "--bom", description = "start the output with a UTF-8 byte-order mark (for Excel)")
    boolean bom;

    /** The values of --format. */
    enum OutputFormat {
        JSONL, CSV
    }

    @Option(names = "--tokens", description = "include the tokens in the output")
    boolean tokens;

    @Option(names = "--key-phrases", paramLabel = "N", description = "how many key phrases (default 10)")
    Integer keyPhrases;

    @Option(names = "--summary", paramLabel = "N", description = "how many summary sentences (default 3)")
    Integer summary;

    @Option(names = "--without", paramLabel = "FEATURE", split = ",",
            description = "features to skip, comma-separated: ${COMPLETION-CANDIDATES}")
    List<Feature> without = new ArrayList<>();

    @Option(names = "--dict", paramLabel = "FILE", description = "a user dictionary: 'word' or 'word pos' per line")
    List<Path> dictionaries = new ArrayList<>();

    @Override
    public Integer call() {
        if (files.isEmpty() && jsonl == null) {
            System.err.println("zhnews analyze: give FILE..., '-' or --jsonl IN");
            return 2;
        }
        NewsAnalyzer analyzer;
        Temporal reference;
        try {
            reference = published == null ? null : NewsTime.parseIso(published);
            NewsAnalyzer.Builder b = NewsAnalyzer.builder();
            if (zone != null) {
                b.zone(zone);
            }
            if (keyPhrases != null) {
                b.keyPhrases(keyPhrases);
            }
            if (summary != null) {
                b.summarySentences(summary);
            }
            dictionaries.forEach(b::userDictionary);
            if (!without.isEmpty()) {
                b.without(without.get(0), without.subList(1, without.size()).toArray(Feature[]::new));
            }
            analyzer = b.build();
        } catch (DateTimeException e) {
            System.err.println("zhnews analyze: --published: not an ISO-8601 date or time: " + published);
            return 2;
        } catch (ConfigurationException e) {
            System.err.println("zhnews analyze: " + e.getMessage());
            return 3;
        }
        int failures = 0;
        AnalysisWriter writer = (format == OutputFormat.CSV ? AnalysisWriter.csv() : AnalysisWriter.jsonLines())
                .withTokens(tokens).withByteOrderMark(bom);
        try {
            AnalysisWriter.Output out = writer.open(System.out);
            for (String f : files) {
                failures += analyzeFile(analyzer, f, reference, out);
            }
            if (jsonl != null) {
                failures += analyzeRecords(analyzer, jsonl, reference, out);
            }
            out.flush();
            if (System.out.checkError()) { // a PrintStream keeps its write errors to itself
                throw new IOException("standard output failed");
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("zhnews analyze: cannot write the output: " + describe(e));
            return 1;
        }
        return failures == 0 ? 0 : 1;
    }

    private int analyzeFile(NewsAnalyzer analyzer, String name, Temporal reference, AnalysisWriter.Output out)
            throws IOException {
        String text;
        try {
            text = readStrict(Main.open(name));
        } catch (IOException | UncheckedIOException e) {
            out.writeError(name, 0, "UnreadableInput", describe(e));
            return 1;
        }
        Article article = Article.of(text).id(name);
        if (reference != null) {
            article = article.publishedAt(reference);
        }
        return emit(analyzer, article, name, 0, out);
    }

    private int analyzeRecords(NewsAnalyzer analyzer, String name, Temporal reference, AnalysisWriter.Output out)
            throws IOException {
        int failures = 0;
        try (InputStream in = Main.open(name);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            long lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                Article article;
                try {
                    article = Article.fromJson(line);
                } catch (InvalidRecordException e) {
                    out.writeError(e.id().orElse(null), lineNo, "InvalidRecord", e.getMessage());
                    failures++;
                    continue;
                }
                if (reference != null && article.publishedAt().isEmpty()) {
                    article = article.publishedAt(reference);
                }
                failures += emit(analyzer, article, article.id().orElse(null), lineNo, out);
            }
        } catch (IOException e) {
            System.err.println("zhnews analyze: cannot read " + name + ": " + describe(e));
            return failures + 1;
        }
        return failures;
    }

    private int emit(NewsAnalyzer analyzer, Article article, String id, long line, AnalysisWriter.Output out)
            throws IOException {
        io.github.zhnews.NewsAnalysis result;
        try {
            result = analyzer.analyze(article);
        } catch (RuntimeException | StackOverflowError e) {
            // never stop a batch: the record gets an error line and the run goes on
            out.writeError(id, line, "AnalysisFailed", describe(e));
            return 1;
        }
        out.write(result);
        return 0;
    }

    private static String readStrict(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readAllBytes();
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new IOException("input is not valid UTF-8", e);
            }
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
