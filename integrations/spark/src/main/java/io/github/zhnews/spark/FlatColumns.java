package io.github.zhnews.spark;

import io.github.zhnews.AnalysisWriter;
import io.github.zhnews.NewsAnalysis;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The flat analysis columns: those of the core's per-article CSV ({@link AnalysisWriter#csv()}, described in the
 * core README's "CSV output"), as string columns of a Spark row, less the CSV's {@code line} column (Spark does
 * not know the input line of a record; the id names it).
 *
 * <p>The core has no public accessor for the flat fields of an analysis, only the CSV writer, so the columns
 * and every value are taken from what that writer writes: its header names the columns, and each row is the
 * writer's CSV row of the analysis, read back. Nothing of the flat format is restated here, so a column added to
 * the CSV appears in the Spark output too. Two things of the CSV are undone, because a Parquet column is not
 * a spreadsheet cell: an empty unquoted cell is {@code null} (a quoted empty cell, such as an empty list,
 * stays {@code ""}), and the apostrophe that the CSV puts before a cell starting with {@code = + - @}, a tab or a
 * carriage return (so that spreadsheets do not run it as a formula) is taken off again. The one value this
 * cannot give back exactly is a text that itself starts with an apostrophe followed by one of those characters.
 *
 * <p>An instance converts the analyses of one partition; it is not thread-safe.
 */
public final class FlatColumns {
    /** The CSV column that the Spark output leaves out. */
    private static final String LINE = "line";
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final List<String> CSV_COLUMNS = csvHeader();
    private static final int LINE_INDEX = CSV_COLUMNS.indexOf(LINE);
    private static final List<String> COLUMNS = CSV_COLUMNS.stream().filter(c -> !c.equals(LINE)).toList();
    private static final StructType SCHEMA = schemaOf(COLUMNS);

    private final StringWriter buffer = new StringWriter();
    private final AnalysisWriter.Output out;

    /** A converter for one partition. */
    public FlatColumns() {
        try {
            out = AnalysisWriter.csv().open(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the output column names, in order (the CSV's, less {@code line}) */
    public static List<String> names() {
        return COLUMNS;
    }

    /** @return the output schema: every column a nullable string */
    public static StructType schema() {
        return SCHEMA;
    }

    /**
     * @param analysis an analysis
     * @return its flat values, in the order of {@link #names()}
     */
    public Object[] of(NewsAnalysis analysis) {
        buffer.getBuffer().setLength(0);
        try {
            out.write(analysis);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return cells();
    }

    /**
     * @param id      the record's id, or {@code null}
     * @param type    the kind of error ({@code InvalidRecord}, {@code TooLarge}, {@code AnalysisFailed}...)
     * @param message what went wrong
     * @return the error row's values: the id and the error, every other column {@code null}
     */
    public Object[] error(String id, String type, String message) {
        buffer.getBuffer().setLength(0);
        try {
            out.writeError(id, 0, type, message);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells();
    }

    private Object[] cells() {
        List<String> row = new ArrayList<>(CSV_COLUMNS.size());
        int end = readRecord(buffer.getBuffer(), 0, row);
        if (end != buffer.getBuffer().length() || row.size() != CSV_COLUMNS.size()) {
            throw new IllegalStateException("the CSV writer wrote " + row.size() + " cells, not one row of "
                    + CSV_COLUMNS.size());
        }
        Object[] values = new Object[COLUMNS.size()];
        int j = 0;
        for (int i = 0; i < row.size(); i++) {
            if (i != LINE_INDEX) {
                values[j++] = unneutralised(row.get(i));
            }
        }
        return values;
    }

    private static String unneutralised(String cell) {
        if (cell != null && cell.length() >= 2 && cell.charAt(0) == '\''
                && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    /**
     * Reads one RFC 4180 record of the writer's dialect (text cells quoted, {@code ""} inside quotes for a quote,
     * numbers bare, {@code null} as an empty unquoted cell, {@code \n} after the record).
     *
     * @return the position after the record's line break
     */
    static int readRecord(CharSequence s, int from, List<String> cells) {
        int i = from;
        int n = s.length();
        while (true) {
            String cell;
            if (i < n && s.charAt(i) == '"') {
                StringBuilder b = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalStateException("unterminated quoted CSV cell");
                    }
                    char c = s.charAt(i++);
                    if (c == '"') {
                        if (i < n && s.charAt(i) == '"') {
                            b.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        b.append(c);
                    }
                }
                cell = b.toString();
            } else {
                int start = i;
                while (i < n && s.charAt(i) != ',' && s.charAt(i) != '\n') {
                    i++;
                }
                cell = i == start ? null : s.subSequence(start, i).toString();
            }
            cells.add(cell);
            if (i >= n) {
                return i;
            }
            char sep = s.charAt(i++);
            if (sep == '\n') {
                return i;
            }
            if (sep != ',') {
                throw new IllegalStateException("unexpected character after a CSV cell: " + sep);
            }
        }
    }

    private static List<String> csvHeader() {
        StringWriter w = new StringWriter();
        try (AnalysisWriter.Output o = AnalysisWriter.csv().open(w)) {
            o.writeError(null, 0, "none", "none");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = new ArrayList<>();
        readRecord(w.toString(), 0, header);
        return List.copyOf(header);
    }

    private static StructType schemaOf(List<String> columns) {
        List<StructField> fields = new ArrayList<>();
        for (String c : columns) {
            fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
        }
        return DataTypes.createStructType(fields);
    }
}
