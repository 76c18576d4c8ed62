package io.github.zhnews.spark;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.zhnews.AnalysisWriter;
import io.github.zhnews.Article;
import io.github.zhnews.BatchOptions;
import io.github.zhnews.BatchResult;
import io.github.zhnews.InvalidRecordException;
import io.github.zhnews.NewsAnalysis;
import io.github.zhnews.NewsAnalyzer;
import io.github.zhnews.model.Entity;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark transform and job in local mode, against the single-machine batch of the core on the same records:
 * {@link NewsAnalyzer#analyzeAll(java.util.stream.Stream, BatchOptions)} written by {@link AnalysisWriter#csv()},
 * the CSV read back with Jackson's CSV reader, compared cell by cell.
 */
class ZhnewsSparkTest {
    private static final int RECORDS = 300;
    private static final LocalDateTime REFERENCE = LocalDateTime.of(2024, 6, 1, 8, 0);
    private static final AnalyzerConfig CONFIG = AnalyzerConfig.defaults().withReferenceTime(REFERENCE)
            .withMaxChars(Fixtures.MAX_CHARS);

    private static SparkSession spark;
    private static NewsAnalyzer analyzer;
    private static List<Fixtures.Input> records;
    /** The single-machine batch: id -> CSV column -> cell, as the core's CSV writer wrote it. */
    private static Map<String, Map<String, String>> expected;
    private static Map<String, NewsAnalysis> analyses;

    @BeforeAll
    static void setUp() throws IOException {
        spark = SparkTestSession.start();
        analyzer = NewsAnalyzer.builder().referenceTime(REFERENCE).build();
        records = Fixtures.records(RECORDS);
        analyses = new HashMap<>();
        expected = singleMachineBatch(records);
    }

    @AfterAll
    static void tearDown() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** The core's batch over the records read as JSON Lines records, written as the core's CSV. */
    private static Map<String, Map<String, String>> singleMachineBatch(List<Fixtures.Input> in) throws IOException {
        StringWriter csv = new StringWriter();
        List<Article> valid = new ArrayList<>();
        Map<String, String> invalid = new LinkedHashMap<>();
        for (Fixtures.Input r : in) {
            try {
                valid.add(Article.fromJson(r.json()));
            } catch (InvalidRecordException e) {
                invalid.put(r.id(), e.getMessage());
            }
        }
        try (AnalysisWriter.Output out = AnalysisWriter.csv().open(csv)) {
            List<BatchResult> results;
            try (var s = analyzer.analyzeAll(valid.stream(),
                    BatchOptions.defaults().withThreads(2).withMaxChars(Fixtures.MAX_CHARS))) {
                results = s.toList();
            }
            assertEquals(valid.size(), results.size());
            for (BatchResult b : results) {
                String id = b.article().id().orElseThrow();
                if (b.isSuccess()) {
                    out.write(b.analysis().orElseThrow());
                    analyses.put(id, b.analysis().orElseThrow());
                } else {
                    assertEquals(BatchResult.Kind.TOO_LARGE, b.failure().orElseThrow(), b.toString());
                    out.writeError(id, 0, "TooLarge", b.message().orElseThrow());
                }
            }
            for (Map.Entry<String, String> e : invalid.entrySet()) {
                out.writeError(e.getKey(), 0, "InvalidRecord", e.getValue());
            }
        }
        return readCsv(csv.toString());
    }

    private static Map<String, Map<String, String>> readCsv(String text) throws IOException {
        CsvMapper mapper = new CsvMapper();
        Map<String, Map<String, String>> rows = new HashMap<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).with(CsvParser.Feature.EMPTY_UNQUOTED_STRING_AS_NULL)
                .readValues(text)) {
            String[] header = it.next();
            while (it.hasNext()) {
                String[] cells = it.next();
                assertEquals(header.length, cells.length);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                assertNull(rows.put(row.get("id"), row), "two rows for " + row.get("id"));
            }
        }
        return rows;
    }

    private static Dataset<Row> inputDataset(List<Fixtures.Input> in, int partitions) {
        List<Row> rows = in.stream().map(Fixtures.Input::row).toList();
        return spark.createDataFrame(rows, AnalyzePartition.INPUT).repartition(partitions);
    }

    /** What the CSV writer makes of a value: a formula-like text gets its apostrophe. */
    private static String asCsvCell(String v) {
        return v != null && !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }

    private static void assertSameAsBatch(List<Row> rows) {
        assertEquals(records.size(), rows.size(), "one output row per input record");
        Map<String, Row> byId = rows.stream().collect(Collectors.toMap(r -> r.getString(0), r -> r));
        assertEquals(records.size(), byId.size(), "ids unique");
        List<String> columns = FlatColumns.names();
        int failures = 0;
        for (Fixtures.Input r : records) {
            Row got = byId.get(r.id());
            assertNotNull(got, r.id());
            Map<String, String> want = expected.get(r.id());
            assertNotNull(want, r.id());
            assertEquals(want.size() - 1, columns.size(), "the CSV columns less 'line'");
            for (int i = 0; i < columns.size(); i++) {
                String c = columns.get(i);
                String v = got.getString(i);
                if (c.equals("error_message") && "TooLarge".equals(want.get("error_type"))) {
                    assertTrue(v.startsWith("the document has " + r.text().length() + " characters, over the "
                            + "limit of " + Fixtures.MAX_CHARS), v);
                } else {
                    assertEquals(want.get(c), asCsvCell(v), r.id() + " column " + c);
                }
            }
            if (want.get("error_type") != null) {
                failures++;
            }
        }
        // 300 records, every 50 of them with 4 bad ones: no text, unreadable publishedAt, unknown zone, too large
        assertEquals(24, failures);
    }

    @Test
    void theTransformGivesTheSingleMachineBatchCellByCell() {
        List<Row> rows = ZhnewsSpark.analyze(inputDataset(records, 4), CONFIG).collectAsList();
        assertSameAsBatch(rows);
        Map<String, Row> byId = rows.stream().collect(Collectors.toMap(r -> r.getString(0), r -> r));
        int title = FlatColumns.names().indexOf("title");
        int people = FlatColumns.names().indexOf("people");
        int organizations = FlatColumns.names().indexOf("organizations");
        for (Map.Entry<String, NewsAnalysis> e : analyses.entrySet()) {
            Row r = byId.get(e.getKey());
            NewsAnalysis a = e.getValue();
            assertEquals(a.summary().title(), r.getString(title), e.getKey());
            assertEquals(a.people().stream().map(Entity::name).collect(Collectors.joining("|")),
                    r.getString(people), e.getKey());
            assertEquals(a.organizations().stream().map(Entity::name).collect(Collectors.joining("|")),
                    r.getString(organizations), e.getKey());
        }
        // the caller's titles that start with a formula character come out as they went in
        assertEquals("+86开头的陌生来电请谨慎接听", byId.get("art-0005").getString(title));
        assertEquals("-5℃：华北迎来大范围降温", byId.get("art-0025").getString(title));
        assertTrue(analyses.values().stream().anyMatch(a -> !a.organizations().isEmpty()), "some organisations");
    }

    @Test
    void errorRowsCarryTheIdAndTheErrorOnly() {
        List<Row> rows = ZhnewsSpark.analyze(inputDataset(records.subList(0, 40), 2), CONFIG).collectAsList();
        Row noText = rows.stream().filter(r -> r.getString(0).equals("art-0007")).findFirst().orElseThrow();
        assertEquals("InvalidRecord", noText.getString(1));
        assertEquals("the record has no string field 'text'", noText.getString(2));
        for (int i = 3; i < noText.length(); i++) {
            assertNull(noText.get(i), FlatColumns.names().get(i));
        }
        Row empty = rows.stream().filter(r -> r.getString(0).equals("art-0003")).findFirst().orElseThrow();
        assertNull(empty.getString(1), "an empty text is analysed, to an empty result");
    }

    @Test
    void theMapPartitionsFunctionSharesOneAnalyzerPerExecutor() throws Exception {
        Dataset<Row> in = inputDataset(records.subList(0, 60), 6);
        List<Row> a = in.mapPartitions(new AnalyzePartition(CONFIG), Encoders.row(FlatColumns.schema()))
                .collectAsList();
        List<Row> b = in.mapPartitions(new AnalyzePartition(CONFIG), Encoders.row(FlatColumns.schema()))
                .collectAsList();
        assertEquals(60, a.size());
        assertEquals(a.stream().map(Row::toString).sorted().toList(), b.stream().map(Row::toString).sorted().toList());
        // local mode: one executor, the driver's JVM; six partitions twice, one configuration, one analyzer
        assertEquals(1, ExecutorAnalyzers.size());
        assertEquals(ExecutorAnalyzers.get(CONFIG), ExecutorAnalyzers.get(AnalyzerConfig.defaults()
                .withMaxChars(Fixtures.MAX_CHARS).withReferenceTime(REFERENCE)), "equal configurations, one analyzer");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
            o.writeObject(new AnalyzePartition(CONFIG.withKeyPhrases(3)));
        }
        try (ObjectInputStream i = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertTrue(i.readObject() instanceof AnalyzePartition);
        }
    }

    @Test
    void publicationTimesOfSparkTypesAreReadAsTheCoreReadsTheirJavaTypes() {
        Instant instant = Instant.parse("2024-05-21T01:39:00Z");
        LocalDate day = LocalDate.of(2024, 5, 21);
        String text = Fixtures.sentences().get(0) + Fixtures.sentences().get(6);
        StructType ts = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.LongType, false),
                DataTypes.createStructField("text", DataTypes.StringType, false),
                DataTypes.createStructField("publishedAt", DataTypes.TimestampType, true)));
        StructType date = DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.LongType, false),
                DataTypes.createStructField("text", DataTypes.StringType, false),
                DataTypes.createStructField("publishedAt", DataTypes.DateType, true)));
        Row t = ZhnewsSpark.analyze(spark.createDataFrame(List.of(RowFactory.create(1L, text,
                Timestamp.from(instant))), ts), CONFIG).first();
        Row d = ZhnewsSpark.analyze(spark.createDataFrame(List.of(RowFactory.create(2L, text,
                Date.valueOf(day))), date), CONFIG).first();
        FlatColumns flat = new FlatColumns();
        assertArrayEquals(flat.of(analyzer.analyze(Article.of(text).id("1").publishedAt(instant))), values(t));
        assertArrayEquals(flat.of(analyzer.analyze(Article.of(text).id("2").publishedAt(day))), values(d));
        assertEquals("2024-05-21T09:39:00+08:00", t.getString(FlatColumns.names().indexOf("published_at")));
    }

    private static Object[] values(Row r) {
        Object[] v = new Object[r.length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.get(i);
        }
        return v;
    }

    @Test
    void aTransformWithoutTextOrWithAWrongTypeIsRefused() {
        Dataset<Row> noText = spark.createDataFrame(List.of(RowFactory.create("x")),
                DataTypes.createStructType(List.of(DataTypes.createStructField("body", DataTypes.StringType, true))));
        assertThrows(IllegalArgumentException.class, () -> ZhnewsSpark.analyze(noText, CONFIG));
        Dataset<Row> numericTime = spark.createDataFrame(List.of(RowFactory.create("x", 5L)),
                DataTypes.createStructType(List.of(DataTypes.createStructField("text", DataTypes.StringType, true),
                        DataTypes.createStructField("publishedAt", DataTypes.LongType, true))));
        assertThrows(IllegalArgumentException.class, () -> ZhnewsSpark.analyze(numericTime, CONFIG));
    }

    @Test
    void theJobReadsJsonLinesAndParquetAndWritesOneParquetRowPerRecord(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(records.stream().map(Fixtures.Input::json).toList());
        lines.add(120, "{\"id\": \"broken-1\", \"text\": \"没有结尾的记录");
        lines.add(200, "这一行不是JSON");
        Path jsonl = dir.resolve("articles.jsonl");
        Files.write(jsonl, lines, StandardCharsets.UTF_8);
        String ref = REFERENCE.toString();

        AnalyzeJob.Counts json = AnalyzeJob.run(spark, AnalyzeJob.Options.parse(new String[]{"--input",
            jsonl.toString(), "--output", dir.resolve("from-jsonl").toString(), "--reference-time", ref,
            "--max-chars", String.valueOf(Fixtures.MAX_CHARS), "--partitions", "3"}));
        assertEquals(new AnalyzeJob.Counts(302, 276, 26), json);
        List<Row> fromJson = spark.read().parquet(dir.resolve("from-jsonl").toString()).collectAsList();
        assertEquals(FlatColumns.names(), List.of(spark.read().parquet(dir.resolve("from-jsonl").toString())
                .schema().fieldNames()));
        assertSameAsBatch(fromJson.stream().filter(r -> r.isNullAt(0) || !r.getString(0).startsWith("broken"))
                .filter(r -> !r.isNullAt(0)).toList());
        List<Row> broken = fromJson.stream().filter(r -> r.isNullAt(0) || r.getString(0).startsWith("broken"))
                .toList();
        assertEquals(2, broken.size());
        broken.forEach(r -> assertEquals("InvalidRecord", r.getString(1)));

        Path parquet = dir.resolve("articles.parquet");
        inputDataset(records, 2).write().parquet(parquet.toString());
        AnalyzeJob.Counts pq = AnalyzeJob.run(spark, AnalyzeJob.Options.parse(new String[]{"--input",
            parquet.toString(), "--output", dir.resolve("from-parquet").toString(), "--reference-time", ref,
            "--max-chars", String.valueOf(Fixtures.MAX_CHARS)}));
        assertEquals(new AnalyzeJob.Counts(300, 276, 24), pq);
        assertSameAsBatch(spark.read().parquet(dir.resolve("from-parquet").toString()).collectAsList());
    }
}
