package io.github.zhnews;

import io.github.zhnews.internal.io.AnalysisCsv;
import io.github.zhnews.internal.io.AnalysisJson;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes analyses one record per article, as JSON Lines (one {@link NewsAnalysis#toJson(boolean)} object per
 * line) or as the per-article CSV (flat columns, described in the README's "CSV output"); a record that
 * failed gets an error record in its place, so that a batch writes exactly one record per input.
 *
 * <p>Immutable and thread-safe; {@link #open} gives a {@link Output} for one stream, which is not.
 *
 * <pre>{@code
 * try (AnalysisWriter.Output out = AnalysisWriter.csv().withByteOrderMark(true).open(Files.newOutputStream(p))) {
 *     analyzer.analyzeAll(articles).forEach(out::write);   // or a loop, for the IOException
 * }
 * }</pre>
 */
public final class AnalysisWriter {
    /** The output formats. */
    public enum Format {
        /** One JSON object per line; error records {@code {"id", "line"?, "error": {"type", "message"}}}. */
        JSON_LINES,
        /** A header row, then one row per record; error rows fill the {@code error_*} columns only. */
        CSV
    }

    private final Format format;
    private final boolean tokens;
    private final boolean byteOrderMark;

    private AnalysisWriter(Format format, boolean tokens, boolean byteOrderMark) {
        this.format = format;
        this.tokens = tokens;
        this.byteOrderMark = byteOrderMark;
    }

    /** @return a JSON Lines writer, without tokens and without a byte-order mark */
    public static AnalysisWriter jsonLines() {
        return new AnalysisWriter(Format.JSON_LINES, false, false);
    }

    /** @return a per-article CSV writer, without a byte-order mark */
    public static AnalysisWriter csv() {
        return new AnalysisWriter(Format.CSV, false, false);
    }

    /**
     * @param format the format
     * @return a writer of that format, with no tokens and no byte-order mark
     */
    public static AnalysisWriter of(Format format) {
        return new AnalysisWriter(Objects.requireNonNull(format, "format"), false, false);
    }

    /**
     * @param include whether JSON records carry their tokens (the CSV has no token column)
     * @return this writer with tokens included or not
     */
    public AnalysisWriter withTokens(boolean include) {
        return new AnalysisWriter(format, include, byteOrderMark);
    }

    /**
     * @param write whether to start the output with a UTF-8 byte-order mark, which spreadsheets (Excel) need
     *              to read a CSV file as UTF-8
     * @return this writer with or without the mark
     */
    public AnalysisWriter withByteOrderMark(boolean write) {
        return new AnalysisWriter(format, tokens, write);
    }

    /** @return the format */
    public Format format() {
        return format;
    }

    /**
     * Starts writing to a stream, in UTF-8.
     *
     * @param out the stream; {@link Output#close()} closes it
     * @return the output
     * @throws IOException when the byte-order mark cannot be written
     */
    public Output open(OutputStream out) throws IOException {
        return open(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    /**
     * Starts writing to a writer.
     *
     * @param out the writer; {@link Output#close()} closes it
     * @return the output
     * @throws IOException when the byte-order mark cannot be written
     */
    public Output open(Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        if (format == Format.CSV) {
            return new Output(null, AnalysisCsv.open(out, byteOrderMark), tokens);
        }
        if (byteOrderMark) {
            out.write('\uFEFF');
        }
        return new Output(out, null, tokens);
    }

    /** Records written to one stream, in order. Not thread-safe. Every write error is an IOException. */
    public static final class Output implements Closeable, Flushable {
        private final Writer json;
        private final AnalysisCsv csv;
        private final boolean tokens;

        private Output(Writer json, AnalysisCsv csv, boolean tokens) {
            this.json = json;
            this.csv = csv;
            this.tokens = tokens;
        }

        /**
         * Writes one analysis.
         *
         * @param analysis the analysis
         * @throws IOException when the output fails
         */
        public void write(NewsAnalysis analysis) throws IOException {
            if (csv != null) {
                csv.write(analysis.toRecord());
            } else {
                json.write(AnalysisJson.write(analysis.toRecord(), tokens));
                json.write('\n');
            }
        }

        /**
         * Writes the error record of an input that gave no analysis.
         *
         * @param id      the record's id, or {@code null}
         * @param line    its line in the input, or 0
         * @param type    the kind of error ({@code InvalidRecord}, {@code AnalysisFailed}...)
         * @param message what went wrong
         * @throws IOException when the output fails
         */
        public void writeError(String id, long line, String type, String message)
                throws IOException {
            if (csv != null) {
                csv.writeError(id, line, type, message);
            } else {
                json.write(AnalysisJson.error(id, line, type, message));
                json.write('\n');
            }
        }

        @Override
        public void flush() throws IOException {
            if (csv != null) {
                csv.flush();
            } else {
                json.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (csv != null) {
                csv.close();
            } else {
                json.close();
            }
        }
    }
}
