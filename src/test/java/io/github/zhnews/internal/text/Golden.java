package io.github.zhnews.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated golden files under src/test/resources/text and articles. */
final class Golden {
    private Golden() {}

    static String resource(String path) {
        try (InputStream in = Golden.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a TSV file: comment lines (#) and blank lines skipped, each row split at the first tab. */
    static List<String[]> rows(String path) {
        List<String[]> out = new ArrayList<>();
        for (String line : resource(path).split("\n", -1)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException("no tab in golden row: " + line);
            }
            out.add(new String[] {unescape(line.substring(0, tab)), line.substring(tab + 1)});
        }
        return out;
    }

    static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
    }
}
