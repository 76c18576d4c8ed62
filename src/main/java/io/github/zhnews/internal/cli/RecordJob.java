package io.github.zhnews.internal.cli;

import io.github.zhnews.AnalysisWriter;
import io.github.zhnews.Article;
import io.github.zhnews.InvalidRecordException;
import io.github.zhnews.NewsAnalysis;
import io.github.zhnews.NewsAnalyzer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.temporal.Temporal;

/**
 * What a batch worker does with one input record: parse it, check its size, analyse it and write its output
 * line (JSON, or a CSV row of the flat fields), or the error line that takes its place. Thread-safe.
 */
final class RecordJob {
    /** Output formats. */
    enum Format {
        JSONL,
        CSV
    }

    /** One output line, and the error type when it is an error record. */
    record Out(String line, String errorType, long chars) {
        boolean ok() {
            return errorType == null;
        }
    }

    /**
     * How a record's output line is written: its analysis, or the error record in its place, each as one
     * string without its line end. The batch's own JSON Lines and CSV are {@link #of(Format, boolean)}.
     */
    interface Renderer {
        /** The output of an analysed record. */
        String result(NewsAnalysis analysis);

        /** The error record of a record that gave no analysis. */
        String error(String id, long line, String type, String message);

        /** The batch's formats: JSON Lines (with or without tokens) or its flat CSV. */
        static Renderer of(Format format, boolean tokens) {
            return format == Format.JSONL
                    ? new Renderer() {
                        @Override
                        public String result(NewsAnalysis analysis) {
                            return analysis.toJson(tokens);
                        }

                        @Override
                        public String error(String id, long line, String type, String message) {
                            return Records.error(id, line, type, message);
                        }
                    }
                    : new CsvRows();
        }
    }

    /**
     * Rows of the per-article CSV of {@link AnalysisWriter#csv()}, the columns of {@code analyze --format csv},
     * one line each (the writer puts line breaks inside a cell as spaces). Thread-safe: a writer per row.
     */
    static final class CsvRows implements Renderer {
        /** The header line. */
        static final String HEADER = render(o -> {});

        @Override
        public String result(NewsAnalysis analysis) {
            return render(o -> o.write(analysis));
        }

        @Override
        public String error(String id, long line, String type, String message) {
            return render(o -> o.writeError(id, line, type, message));
        }

        private interface Row {
            void write(AnalysisWriter.Output out) throws IOException;
        }

        /** The line a row writes (the header alone when it writes nothing), without its line end. */
        private static String render(Row row) {
            StringWriter buffer = new StringWriter();
            try (AnalysisWriter.Output out = AnalysisWriter.csv().open(buffer)) {
                row.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringWriter does not fail
            }
            String text = buffer.toString();
            int headerEnd = text.indexOf('\n');
            String rest = text.substring(headerEnd + 1);
            String line = rest.isEmpty() ? text.substring(0, headerEnd) : rest;
            return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        }
    }

    private final NewsAnalyzer analyzer;
    private final Temporal reference;
    private final Renderer renderer;
    private final int maxChars;

    RecordJob(
            NewsAnalyzer analyzer,
            Temporal reference,
            boolean tokens,
            Format format,
            int maxChars) {
        this(analyzer, reference, Renderer.of(format, tokens), maxChars);
    }

    RecordJob(NewsAnalyzer analyzer, Temporal reference, Renderer renderer, int maxChars) {
        this.analyzer = analyzer;
        this.reference = reference;
        this.renderer = renderer;
        this.maxChars = maxChars;
    }

    /** The largest JSON line worth reading for this size limit (escapes take up to 6 bytes a char). */
    static int maxLineBytes(int maxChars) {
        return (int) Math.min(Integer.MAX_VALUE - 64, 6L * maxChars + 65_536);
    }

    Out apply(BatchInput.Raw r) {
        if (r.error() != null) {
            String id = r.error().text() == null ? null : Records.idOf(r.error().text());
            return error(id, r.line(), r.error().errorType(), r.error().errorMessage());
        }
        Article article;
        if (r.file() != null) {
            try {
                long size = Files.size(r.file());
                if (size > 4L * maxChars + 4) {
                    return error(
                            r.id(),
                            0,
                            "TooLarge",
                            "the file is "
                                    + size
                                    + " bytes, over the limit of "
                                    + maxChars
                                    + " characters");
                }
                String text = strictUtf8(Files.readAllBytes(r.file()));
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                article = Article.of(text).id(r.id());
            } catch (CharacterCodingException e) {
                return error(r.id(), 0, "InvalidUtf8", "the file is not valid UTF-8");
            } catch (IOException e) {
                return error(r.id(), 0, "UnreadableInput", describe(e));
            }
        } else {
            try {
                article = Article.fromJson(r.json());
            } catch (InvalidRecordException e) {
                return error(
                        e.id().orElseGet(() -> Records.idOf(r.json())),
                        r.line(),
                        "InvalidRecord",
                        e.getMessage());
            }
        }
        if (reference != null && article.publishedAt().isEmpty()) {
            article = article.publishedAt(reference);
        }
        int chars = article.text().length();
        if (chars > maxChars) {
            return error(
                    article.id().orElse(null),
                    r.line(),
                    "TooLarge",
                    "the document has "
                            + chars
                            + " characters, over the limit of "
                            + maxChars
                            + " (raise it with --max-chars)");
        }
        NewsAnalysis a = analyzer.analyze(article);
        return new Out(renderer.result(a), null, chars);
    }

    /** The error line of a record whose work threw. */
    Out failure(BatchInput.Raw r, Throwable e) {
        String type = e instanceof OutOfMemoryError ? "OutOfMemory" : "AnalysisFailed";
        return error(idOf(r), r.line(), type, describe(e));
    }

    /** The error line of a record abandoned after the time budget. */
    Out timeout(BatchInput.Raw r, Duration budget) {
        return error(
                idOf(r),
                r.line(),
                "TimeBudgetExceeded",
                "the analysis took longer than the time budget of "
                        + budget.toMillis()
                        + " ms and was abandoned (raise it with --time-budget)");
    }

    /** The id of a raw record, as its output line names it. */
    static String idOf(BatchInput.Raw r) {
        if (r.id() != null) {
            return r.id();
        }
        String json = r.json() != null ? r.json() : r.error() != null ? r.error().text() : null;
        return json == null ? null : Records.idOf(json);
    }

    /** The id an output line names (the first CSV column, or the JSON field). */
    static String idOfOutput(String line, Format format) {
        if (format == Format.JSONL) {
            return Records.idOf(line);
        }
        if (line.startsWith("\"")) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        b.append('"');
                        i++;
                        continue;
                    }
                    break;
                }
                b.append(c);
            }
            if (b.length() > 1 && b.charAt(0) == '\'' && "=+-@\t".indexOf(b.charAt(1)) >= 0) {
                b.deleteCharAt(0); // the CSV writer's guard against formulas
            }
            return b.length() == 0 ? null : b.toString();
        }
        return null;
    }

    Out error(String id, long line, String type, String message) {
        return new Out(renderer.error(id, line, type, message), type, 0);
    }

    static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
