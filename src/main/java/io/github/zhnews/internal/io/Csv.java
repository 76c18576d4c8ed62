package io.github.zhnews.internal.io;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes CSV (RFC 4180, through Jackson's CSV format) for spreadsheets and data frames: a header row of plain
 * names, every text cell quoted, numbers bare, {@code null} as an empty cell, one line per row ({@code \n} between
 * rows, line breaks inside a cell written as spaces), and optionally a
 * UTF-8 byte-order mark first, so that Excel reads the file as UTF-8.
 *
 * <p>Text that a spreadsheet would run as a formula (a cell starting with {@code = + - @} or a tab, such as
 * {@code =cmd|x}) is written with a leading apostrophe, which spreadsheets show as text; a
 * list in one cell is its items joined by {@value #SEPARATOR}, an item's own {@code |} written as the
 * full-width {@code ｜}. Not thread-safe: one writer per output.
 */
public final class Csv implements Closeable, Flushable {
    /** Between the items of a list in one cell. */
    public static final String SEPARATOR = "|";

    private static final CsvFactory FACTORY = new CsvFactory();

    private final CsvGenerator out;
    private final int columns;

    private Csv(CsvGenerator out, int columns) {
        this.out = out;
        this.columns = columns;
    }

    /**
     * A CSV writer with these column names (plain ASCII names such as {@code published_at}); the header row
     * is written at once, unquoted.
     */
    public static Csv open(Writer out, List<String> header, boolean byteOrderMark)
            throws IOException {
        if (byteOrderMark) {
            out.write('\uFEFF');
        }
        for (String h : header) {
            if (!h.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("not a plain column name: " + h);
            }
        }
        out.write(String.join(",", header));
        out.write('\n');
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\n");
        header.forEach(schema::addColumn);
        CsvGenerator g = FACTORY.createGenerator(out);
        g.enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS);
        g.enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS);
        g.setSchema(schema.build());
        return new Csv(g, header.size());
    }

    /** Writes one row: a {@link Number} as a number, {@code null} as an empty cell, anything else as text. */
    public void row(Object... cells) throws IOException {
        if (cells.length != columns) {
            throw new IllegalArgumentException(
                    "a row has " + columns + " cells, not " + cells.length);
        }
        out.writeStartArray();
        for (Object c : cells) {
            if (c == null) {
                out.writeNull();
            } else if (c instanceof Integer || c instanceof Long) {
                out.writeNumber(((Number) c).longValue());
            } else if (c instanceof Number n) {
                out.writeNumber(n.doubleValue());
            } else {
                out.writeString(text(c.toString()));
            }
        }
        out.writeEndArray();
    }

    /** The items of a list in one cell. */
    public static String join(Collection<String> items) {
        return items.stream().map(s -> s.replace("|", "｜")).collect(Collectors.joining(SEPARATOR));
    }

    /**
     * The text as a cell that no spreadsheet runs as a formula, on one line (a line break, {@code \r}, U+2028 or
     * U+2029 becomes a space, so that every row is one line and line-based tools and {@code batch --resume}
     * can count rows) and encodable as UTF-8 (a lone surrogate becomes U+FFFD).
     */
    static String text(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c;
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                r = ' ';
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            } else if (Character.isSurrogate(c)) {
                r = '\uFFFD';
            }
            if (r != c) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, r);
            }
        }
        String t = b == null ? s : b.toString();
        if (!t.isEmpty() && "=+-@\t".indexOf(t.charAt(0)) >= 0) {
            return "'" + t;
        }
        return t;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Flushes and closes the underlying writer. */
    @Override
    public void close() throws IOException {
        out.close();
    }
}
