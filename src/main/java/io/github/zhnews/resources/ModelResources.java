package io.github.zhnews.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the project's own data files ({@code models/} in the source tree, packaged into the jar under
 * {@code io/github/zhnews/models/}). Failures are reported as an {@link UncheckedIOException} naming the file.
 */
public final class ModelResources {
    private static final String ROOT = "/io/github/zhnews/models/";

    private ModelResources() {
    }

    /**
     * The non-blank, non-comment lines ({@code #} starts a comment line) of a model file; {@code .gz}
     * files are decompressed.
     */
    public static List<String> lines(String name) {
        try (InputStream raw = ModelResources.class.getResourceAsStream(ROOT + name)) {
            if (raw == null) {
                throw new UncheckedIOException(new IOException(
                        "zhnews model file '" + name + "' is missing from the classpath (" + ROOT + name + ")"));
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                List<String> lines = new ArrayList<>();
                for (String line; (line = reader.readLine()) != null; ) {
                    String t = line.strip();
                    if (!t.isEmpty() && !t.startsWith("#")) {
                        lines.add(t);
                    }
                }
                return lines;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read zhnews model file '" + name + "'", e);
        }
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
}
