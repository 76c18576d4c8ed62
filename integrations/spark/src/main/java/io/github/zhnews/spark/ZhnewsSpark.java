package io.github.zhnews.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The Dataset-to-Dataset transform: articles in, one row of {@linkplain FlatColumns flat analysis columns} out
 * per article.
 *
 * <pre>{@code
 * Dataset<Row> articles = spark.read().parquet("articles.parquet");      // id, text, publishedAt, ...
 * Dataset<Row> analysed = ZhnewsSpark.analyze(articles, AnalyzerConfig.defaults());
 * analysed.write().parquet("analysed.parquet");
 * }</pre>
 */
public final class ZhnewsSpark {
    /** The column in which Spark's JSON reader keeps a line it could not read (PERMISSIVE mode). */
    public static final String CORRUPT_RECORD = "_corrupt_record";

    private ZhnewsSpark() {
    }

    /**
     * Analyses every row of a dataset. It must have a string column {@code text}; it may have {@code id} (any
     * type, written as a string), {@code publishedAt} (an ISO-8601 string, a timestamp, a timestamp without time
     * zone, or a date), and string columns {@code title}, {@code source}, {@code zone} and
     * {@value #CORRUPT_RECORD}; other columns are ignored. A missing optional column is taken as null in every
     * row.
     *
     * @param articles the articles
     * @param config   how each executor's analyzer is built
     * @return one row per input row, with the columns of {@link FlatColumns#schema()}; lazy, like any
     *         transform
     * @throws IllegalArgumentException when {@code text} is missing or a column has a type the analysis cannot
     *                                  read
     */
    public static Dataset<Row> analyze(Dataset<Row> articles, AnalyzerConfig config) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(config, "config");
        StructType schema = articles.schema();
        List<String> names = Arrays.asList(schema.fieldNames());
        if (!names.contains("text")) {
            throw new IllegalArgumentException("the articles have no column 'text' (columns: " + names + ")");
        }
        List<Column> input = new ArrayList<>();
        for (StructField f : AnalyzePartition.INPUT.fields()) {
            String name = f.name();
            if (!names.contains(name)) {
                input.add(functions.lit(null).cast(DataTypes.StringType).as(name));
                continue;
            }
            DataType type = schema.apply(name).dataType();
            Column c = articles.col(name);
            if (name.equals("id")) {
                input.add(c.cast(DataTypes.StringType).as(name));
            } else if (name.equals("publishedAt")) {
                if (!(type.equals(DataTypes.StringType) || type.equals(DataTypes.TimestampType)
                        || type.equals(DataTypes.TimestampNTZType) || type.equals(DataTypes.DateType))) {
                    throw new IllegalArgumentException("column 'publishedAt' must be a string, timestamp or date, "
                            + "not " + type.simpleString());
                }
                input.add(c.as(name));
            } else if (!type.equals(DataTypes.StringType)) {
                throw new IllegalArgumentException("column '" + name + "' must be a string, not "
                        + type.simpleString());
            } else {
                input.add(c.as(name));
            }
        }
        return articles.select(input.toArray(Column[]::new))
                .mapPartitions(new AnalyzePartition(config), Encoders.row(FlatColumns.schema()));
    }
}
