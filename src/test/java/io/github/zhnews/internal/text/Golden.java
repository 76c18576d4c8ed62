package io.github.zhnews.internal.text;

import io.github.zhnews.TestResources;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated golden files under src/test/resources/text and articles. */
final class Golden {
    private Golden() {}

    /** Rows of a TSV file: comment lines (#) and blank lines skipped, each row split at the first tab. */
    static List<String[]> rows(String path) {
        List<String[]> out = new ArrayList<>();
        for (String line : TestResources.text(path).split("\n", -1)) {
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
