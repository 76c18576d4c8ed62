package io.github.zhnews.internal.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CI floors: a TSV of {@code task<TAB>dataset<TAB>metric<TAB>floor} lines ({@code #} starts a comment, a
 * header line starting with {@code task} is skipped). {@link #check} names every zhnews figure below its
 * floor. A floor whose task was run but whose figure is missing also fails; floors of tasks that were not
 * run are ignored. A metric ending in {@value #RULES} ({@code ORG-F1@rules}) is checked against the
 * rules-only figure of the row ({@link Row#rules()}).
 */
public final class Floors {
    /** One floor. */
    public record Floor(String task, String dataset, String metric, double floor) {
        public String key() {
            return task + "/" + dataset + "/" + metric;
        }
    }

    /** Suffix of a metric whose floor applies to the rules-only figure. */
    public static final String RULES = "@rules";

    private Floors() {}

    public static List<Floor> parse(List<String> lines) {
        List<Floor> out = new ArrayList<>();
        int no = 0;
        for (String line : lines) {
            no++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("task\t")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length != 4) {
                throw new IllegalArgumentException(
                        "floors line " + no + ": expected 4 tab-separated columns: " + line);
            }
            try {
                out.add(
                        new Floor(
                                c[0].strip(),
                                c[1].strip(),
                                c[2].strip(),
                                Double.parseDouble(c[3].strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("floors line " + no + ": bad number " + c[3], e);
            }
        }
        return out;
    }

    /** Messages for every figure below its floor; empty when all pass. */
    public static List<String> check(List<Row> rows, List<Floor> floors, Set<String> tasksRun) {
        Map<String, Row> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.put(r.key(), r));
        List<String> failures = new ArrayList<>();
        for (Floor f : floors) {
            if (!tasksRun.contains(f.task())) {
                continue;
            }
            boolean rules = f.metric().endsWith(RULES);
            String key = rules ? f.key().substring(0, f.key().length() - RULES.length()) : f.key();
            Row r = byKey.get(key);
            Double v = r == null ? null : rules ? r.rules() : r.zhnews();
            if (v == null || v.isNaN()) {
                failures.add(f.key() + ": no figure (floor " + f.floor() + ")");
            } else if (v < f.floor()) {
                failures.add(
                        String.format(
                                Locale.ROOT,
                                "%s: %.4f is below the floor %.4f",
                                f.key(),
                                v,
                                f.floor()));
            }
        }
        return failures;
    }
}
