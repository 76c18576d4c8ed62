package io.github.zhnews.spark;

import io.github.zhnews.Article;
import io.github.zhnews.NewsAnalyzer;
import io.github.zhnews.model.NewsTime;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Objects;

/**
 * The function for {@code mapPartitions}: each input row (the layout of {@link #INPUT}) becomes exactly one row
 * of the {@linkplain FlatColumns flat columns}, its analysis or, for a record that cannot be analysed, an error
 * row with its id, {@code error_type} and {@code error_message}. Rows come out in input order, one at a time
 * (a partition is never held in memory).
 *
 * <p>The analyzer is not part of the function (which Spark serialises with every task): the first partition on
 * an executor builds it from the {@link AnalyzerConfig}, and the executor's later partitions share it
 * ({@link ExecutorAnalyzers}).
 *
 * <pre>{@code
 * Dataset<Row> out = in.select(...the INPUT columns...)
 *         .mapPartitions(new AnalyzePartition(config), Encoders.row(FlatColumns.schema()));
 * }</pre>
 * {@link ZhnewsSpark#analyze} does that selection for you.
 *
 * <p>Error types, as the core's batch command names them: {@code InvalidRecord} (a malformed JSON line, no
 * text, an unreadable {@code publishedAt} or {@code zone}), {@code TooLarge} (over
 * {@link AnalyzerConfig#maxChars()}), {@code AnalysisFailed} (the analysis threw: a bug, please report it),
 * {@code OutOfMemory}.
 */
public final class AnalyzePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    /**
     * The input row: {@code id} (string), {@code text} (string), {@code publishedAt} (an ISO-8601 string as
     * {@link NewsTime#parseIso} reads it, a timestamp, a timestamp without time zone, or a date), {@code title},
     * {@code source}, {@code zone} (a time zone id) and {@code _corrupt_record} (Spark's JSON reader's raw text of
     * a malformed line), every one nullable. The type of {@code publishedAt} here is a string; the function takes
     * any of the types named.
     */
    public static final StructType INPUT = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[]{
        DataTypes.createStructField("id", DataTypes.StringType, true),
        DataTypes.createStructField("text", DataTypes.StringType, true),
        DataTypes.createStructField("publishedAt", DataTypes.StringType, true),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("source", DataTypes.StringType, true),
        DataTypes.createStructField("zone", DataTypes.StringType, true),
        DataTypes.createStructField(ZhnewsSpark.CORRUPT_RECORD, DataTypes.StringType, true)});

    private static final int ID = 0;
    private static final int TEXT = 1;
    private static final int PUBLISHED = 2;
    private static final int TITLE = 3;
    private static final int SOURCE = 4;
    private static final int ZONE = 5;
    private static final int CORRUPT = 6;

    private final AnalyzerConfig config;

    /** @param config how the executors' analyzer is built */
    public AnalyzePartition(AnalyzerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        NewsAnalyzer analyzer = ExecutorAnalyzers.get(config);
        FlatColumns flat = new FlatColumns();
        int max = config.maxChars();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return RowFactory.create(analyze(rows.next(), analyzer, flat, max));
            }
        };
    }

    /** One row's flat values: its analysis or its error. */
    static Object[] analyze(Row r, NewsAnalyzer analyzer, FlatColumns flat, int maxChars) {
        String id = string(r, ID);
        if (string(r, CORRUPT) != null) {
            return flat.error(id, "InvalidRecord", "not a valid JSON record: Spark's JSON reader could not read "
                    + "the line as one JSON object");
        }
        String text = string(r, TEXT);
        if (text == null) {
            return flat.error(id, "InvalidRecord", "the record has no string field 'text'");
        }
        Article article = Article.of(text);
        if (id != null) {
            article = article.id(id);
        }
        String title = string(r, TITLE);
        if (title != null) {
            article = article.title(title);
        }
        String source = string(r, SOURCE);
        if (source != null) {
            article = article.source(source);
        }
        String zone = string(r, ZONE);
        if (zone != null) {
            try {
                article = article.zone(ZoneId.of(zone));
            } catch (DateTimeException e) {
                return flat.error(id, "InvalidRecord", "zone is not a time zone id: '" + zone + "'");
            }
        }
        Object published = r.isNullAt(PUBLISHED) ? null : r.get(PUBLISHED);
        if (published != null) {
            try {
                article = article.publishedAt(temporal(published));
            } catch (DateTimeException e) {
                return flat.error(id, "InvalidRecord", "publishedAt is not an ISO-8601 date or time: '"
                        + published + "'");
            }
        }
        if (text.length() > maxChars) {
            return flat.error(id, "TooLarge", "the document has " + text.length()
                    + " characters, over the limit of " + maxChars + " (raise it with AnalyzerConfig.withMaxChars "
                    + "or --max-chars)");
        }
        try {
            return flat.of(analyzer.analyze(article));
        } catch (OutOfMemoryError e) {
            return flat.error(id, "OutOfMemory", describe(e));
        } catch (RuntimeException | StackOverflowError e) {
            return flat.error(id, "AnalysisFailed", describe(e));
        }
    }

    private static java.time.temporal.Temporal temporal(Object v) {
        if (v instanceof String s) {
            return NewsTime.parseIso(s);
        }
        if (v instanceof Timestamp t) {
            return t.toInstant();
        }
        if (v instanceof Date d) {
            return d.toLocalDate();
        }
        if (v instanceof Instant || v instanceof LocalDateTime || v instanceof LocalDate) {
            return (java.time.temporal.Temporal) v;
        }
        throw new DateTimeException("not a date or time: a " + v.getClass().getSimpleName());
    }

    private static String string(Row r, int i) {
        return r.isNullAt(i) ? null : r.get(i).toString();
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
