package io.github.zhnews.internal.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Reads the project's own data files ({@code models/} in the source tree, packaged into the jar under
 * {@code io/github/zhnews/models/}). Each file is read once per JVM and shared, immutable, by every analyzer.
 * A missing, undecodable or malformed file is a {@link ResourceException} naming the file and the line.
 */
public final class ModelResources {
    private static final String ROOT = "/io/github/zhnews/models/";
    private static final Map<String, List<String>> LINES = new ConcurrentHashMap<>();
    private static final Map<String, List<List<String>>> ROWS = new ConcurrentHashMap<>();
    private static final Map<String, List<Row>> TABLES = new ConcurrentHashMap<>();

    /**
     * One data line of a table file: its columns, with the file and line number for the error messages of the
     * rules that read it.
     */
    public record Row(String file, int line, List<String> columns) {
        /** The column at {@code index} (from 0). */
        public String get(int index) {
            return columns.get(index);
        }

        /** A {@link ResourceException} naming this row's file and line and the reason. */
        public ResourceException bad(String reason) {
            return malformed(file, line, reason);
        }
    }

    private ModelResources() {}

    /**
     * The non-blank, non-comment lines ({@code #} starts a comment line) of a model file, stripped; {@code .gz}
     * files are decompressed. Read once per JVM.
     */
    public static List<String> lines(String name) {
        List<String> cached = LINES.get(name);
        if (cached == null) {
            cached = read(name);
            LINES.putIfAbsent(name, cached);
        }
        return cached;
    }

    /** The first tab-separated column of each line of a model file. */
    public static List<String> firstColumn(String name) {
        List<String> out = new ArrayList<>();
        for (String line : lines(name)) {
            int tab = line.indexOf('\t');
            out.add(tab < 0 ? line : line.substring(0, tab));
        }
        return out;
    }

    /**
     * The rows of a word-list file: each line's tab-separated columns, the first of them an entry without
     * whitespace that occurs on no other line, and at most {@code maxColumns} columns. Read once per JVM.
     *
     * @throws ResourceException naming the file and line of the first malformed line
     */
    public static List<List<String>> rows(String name, int maxColumns) {
        List<List<String>> cached = ROWS.get(name);
        if (cached == null) {
            cached = parseRows(name, maxColumns);
            ROWS.putIfAbsent(name, cached);
        }
        return cached;
    }

    /**
     * The rows of a word-list file as {@link #rows(String, int)} checks them, each with its line number, for a
     * reader that checks more and reports the line. Not cached: its callers keep what they build from it.
     *
     * @throws ResourceException naming the file and line of the first malformed line
     */
    public static List<Row> numberedRows(String name, int maxColumns) {
        return parse(name, maxColumns);
    }

    /**
     * The bytes of a binary model file (a trained model; {@code .gz} files are decompressed), for its owner to
     * parse and keep; not cached here.
     *
     * @throws ResourceException when the file is missing from the classpath
     */
    public static byte[] bytes(String name) {
        try (InputStream raw = open(name)) {
            if (name.endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
                    return in.readAllBytes();
                }
            }
            return raw.readAllBytes();
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new ResourceException(
                    "zhnews model file 'models/" + name + "' is corrupt: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read zhnews model file 'models/" + name + "'", e);
        }
    }

    /**
     * The whole text of a model file ({@code .gz} files are decompressed), for its owner to parse and keep;
     * not cached here.
     *
     * @throws ResourceException when the file is missing from the classpath or is not valid UTF-8
     */
    public static String text(String name) {
        try {
            return strictUtf8().decode(java.nio.ByteBuffer.wrap(bytes(name))).toString();
        } catch (CharacterCodingException e) {
            throw new ResourceException(
                    "zhnews model file 'models/" + name + "' is not valid UTF-8", e);
        }
    }

    /**
     * The rows of a table file: as {@link #rows(String, int)}, but every line has exactly {@code columns}
     * non-empty tab-separated columns without surrounding spaces, and each row keeps its line number. Read once
     * per JVM.
     *
     * @throws ResourceException naming the file and line of the first malformed line
     */
    public static List<Row> table(String name, int columns) {
        List<Row> cached = TABLES.get(name);
        if (cached == null) {
            List<Row> out = new ArrayList<>();
            for (Row row : parse(name, columns)) {
                if (row.columns().size() != columns) {
                    throw row.bad(
                            "expected "
                                    + columns
                                    + " tab-separated columns, found "
                                    + row.columns().size());
                }
                for (String c : row.columns()) {
                    if (c.isBlank() || !c.equals(c.strip())) {
                        throw row.bad("empty column or stray spaces");
                    }
                }
                out.add(row);
            }
            cached = List.copyOf(out);
            TABLES.putIfAbsent(name, cached);
        }
        return cached;
    }

    private static List<List<String>> parseRows(String name, int maxColumns) {
        List<List<String>> out = new ArrayList<>();
        for (Row row : parse(name, maxColumns)) {
            out.add(row.columns());
        }
        return List.copyOf(out);
    }

    private static List<Row> parse(String name, int maxColumns) {
        List<String> raw = rawLines(name);
        List<Row> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int number = i + 1;
            List<String> columns = List.of(line.strip().split("\t", -1));
            String entry = columns.get(0);
            if (columns.size() > maxColumns) {
                throw malformed(
                        name,
                        number,
                        "expected at most "
                                + maxColumns
                                + " tab-separated columns, found "
                                + columns.size());
            }
            for (int k = 0; k < entry.length(); k++) {
                if (Character.isWhitespace(entry.charAt(k))
                        || Character.isSpaceChar(entry.charAt(k))) {
                    throw malformed(name, number, "entry '" + entry + "' contains whitespace");
                }
            }
            if (entry.isEmpty()) {
                throw malformed(name, number, "empty entry");
            }
            Integer first = seen.putIfAbsent(entry, number);
            if (first != null) {
                throw malformed(
                        name,
                        number,
                        "duplicate entry '" + entry + "' (first on line " + first + ")");
            }
            out.add(new Row(name, number, columns));
        }
        return out;
    }

    private static ResourceException malformed(String name, int line, String reason) {
        return new ResourceException(
                "zhnews model file 'models/" + name + "' line " + line + ": " + reason);
    }

    private static List<String> read(String name) {
        List<String> lines = new ArrayList<>();
        for (String line : rawLines(name)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                lines.add(t);
            }
        }
        return List.copyOf(lines);
    }

    /** The model file as bundled, or a {@link ResourceException} naming it when it is missing. */
    private static InputStream open(String name) {
        InputStream raw = ModelResources.class.getResourceAsStream(ROOT + name);
        if (raw == null) {
            throw new ResourceException(
                    "zhnews model file 'models/"
                            + name
                            + "' is missing from the classpath ("
                            + ROOT
                            + name
                            + ")");
        }
        return raw;
    }

    /** A UTF-8 decoder that reports bytes that are not UTF-8 instead of replacing them. */
    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static List<String> rawLines(String name) {
        try (InputStream raw = open(name)) {
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, strictUtf8()))) {
                List<String> lines = new ArrayList<>();
                for (String line; (line = reader.readLine()) != null; ) {
                    lines.add(line);
                }
                return lines;
            }
        } catch (CharacterCodingException e) {
            throw new ResourceException(
                    "zhnews model file 'models/" + name + "' is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read zhnews model file 'models/" + name + "'", e);
        }
    }
}
