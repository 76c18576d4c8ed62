package io.github.zhnews.spark;

import io.github.zhnews.ConfigurationException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Spark job: articles from JSON Lines or Parquet, analysed, written as Parquet with one row per input
 * record (the {@linkplain FlatColumns flat columns}). Run it with {@code spark-submit --class
 * io.github.zhnews.spark.AnalyzeJob zhnews-spark-VERSION-all.jar --input IN --output OUT}; see the README.
 *
 * <p>JSON Lines records are those of the core's batch command ({@code {"id", "text", "title"?, "source"?,
 * "publishedAt"?, "zone"?}}), read with a fixed schema of strings, so a line that is not one JSON object
 * becomes an {@code InvalidRecord} row instead of failing the job. A Parquet input needs a string column
 * {@code text}; see {@link ZhnewsSpark#analyze}.
 */
public final class AnalyzeJob {
    static final String USAGE = """
            Usage: AnalyzeJob --input PATH --output PATH [options]
              --input PATH             JSON Lines (plain or .gz; a file, a folder or a glob) or Parquet
              --output PATH            the Parquet output (a folder)
              --format jsonl|parquet   the input's format (default: parquet when the path ends in .parquet,
                                       jsonl otherwise)
              --overwrite              replace an existing output (default: fail when it exists)
              --partitions N           repartition the input into N partitions first (default: as read)
              --key-phrases N          key phrases per article
              --summary-sentences N    summary sentences per article
              --reference-time T       resolve dates of undated articles against T (2024-05-01T08:00), not the
                                       clock, so that a rerun gives the same output
              --max-chars N            longest text analysed (default 1000000); longer ones get a TooLarge row
              --master URL             Spark master (default: the one spark-submit gives, or local[*])
            """;

    private AnalyzeJob() {
    }

    /** The job's options. */
    record Options(String input, String output, String format, boolean overwrite, int partitions, String master,
                   AnalyzerConfig config) {
        static Options parse(String[] args) {
            String input = null;
            String output = null;
            String format = null;
            boolean overwrite = false;
            int partitions = 0;
            String master = null;
            AnalyzerConfig config = AnalyzerConfig.defaults();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--overwrite")) {
                    overwrite = true;
                    continue;
                }
                if (a.equals("--help") || a.equals("-h")) {
                    throw new UsageException(null);
                }
                if (i + 1 >= args.length) {
                    throw new UsageException("option " + a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--input" -> input = v;
                    case "--output" -> output = v;
                    case "--format" -> {
                        format = v.toLowerCase(Locale.ROOT);
                        if (!format.equals("jsonl") && !format.equals("parquet")) {
                            throw new UsageException("--format must be jsonl or parquet, not " + v);
                        }
                    }
                    case "--partitions" -> partitions = positive(a, v);
                    case "--master" -> master = v;
                    case "--key-phrases" -> config = config.withKeyPhrases(positive(a, v));
                    case "--summary-sentences" -> config = config.withSummarySentences(positive(a, v));
                    case "--max-chars" -> config = config.withMaxChars(positive(a, v));
                    case "--reference-time" -> {
                        try {
                            config = config.withReferenceTime(LocalDateTime.parse(v));
                        } catch (DateTimeParseException e) {
                            throw new UsageException("--reference-time must be a local date-time such as "
                                    + "2024-05-01T08:00, not " + v);
                        }
                    }
                    default -> throw new UsageException("unknown option " + a);
                }
            }
            if (input == null || output == null) {
                throw new UsageException("--input and --output are required");
            }
            if (format == null) {
                format = input.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".parquet")
                        ? "parquet" : "jsonl";
            }
            return new Options(input, output, format, overwrite, partitions, master, config);
        }

        private static int positive(String option, String v) {
            try {
                int n = Integer.parseInt(v);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new UsageException(option + " must be a positive whole number, not " + v);
        }
    }

    /** A wrong command line. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The counts of a finished job. */
    record Counts(long read, long analysed, long failed) {
    }

    /**
     * Runs the job: 0 when it ran (whatever the number of failed records, which are in the output), 2 for a
     * wrong command line; a failure of Spark (unreadable input, existing output) is thrown.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (UsageException | ConfigurationException e) {
            if (e.getMessage() != null) {
                err.println("error: " + e.getMessage());
            }
            err.print(USAGE);
            return e.getMessage() == null ? 0 : 2;
        }
        SparkSession.Builder b = SparkSession.builder().appName("zhnews analyze");
        if (o.master() != null) {
            b.master(o.master());
        } else if (!SparkSession.getActiveSession().isDefined() && System.getProperty("spark.master") == null) {
            b.master("local[*]");
        }
        SparkSession spark = b.getOrCreate();
        long start = System.nanoTime();
        Counts c = run(spark, o);
        out.printf(Locale.ROOT, "zhnews-spark: read %d, analysed %d, failed %d, in %.1f s; output %s%n",
                c.read(), c.analysed(), c.failed(), (System.nanoTime() - start) / 1e9, o.output());
        return 0;
    }

    /** Reads, analyses and writes; the counts are read back from the written output. */
    static Counts run(SparkSession spark, Options o) {
        Dataset<Row> in = o.format().equals("parquet")
                ? spark.read().parquet(o.input())
                : spark.read().schema(jsonSchema()).option("mode", "PERMISSIVE")
                        .option("columnNameOfCorruptRecord", ZhnewsSpark.CORRUPT_RECORD).json(o.input());
        if (o.partitions() > 0) {
            in = in.repartition(o.partitions());
        }
        ZhnewsSpark.analyze(in, o.config()).write().mode(o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
                .parquet(o.output());
        Row r = spark.read().parquet(o.output())
                .agg(functions.count(functions.lit(1)), functions.count(functions.col("error_type")))
                .first();
        long read = r.getLong(0);
        long failed = r.getLong(1);
        return new Counts(read, read - failed, failed);
    }

    /** JSON Lines records: every field a string, and the raw text of a line that is not a JSON object. */
    static StructType jsonSchema() {
        List<StructField> fields = new ArrayList<>();
        for (String f : List.of("id", "text", "title", "source", "publishedAt", "zone", ZhnewsSpark.CORRUPT_RECORD)) {
            fields.add(DataTypes.createStructField(f, DataTypes.StringType, true));
        }
        return DataTypes.createStructType(fields);
    }
}
