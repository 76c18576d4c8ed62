package io.github.zhnews.internal.time;

import io.github.zhnews.internal.resources.ResourceException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists of the date finder, read from {@code models/} once per JVM into immutable values shared by
 * every finder. The first {@link #get()} reads them (a {@link ChineseDateFinder} calls it when it is built, so
 * that a broken file fails there); a missing or malformed file fails with an {@link ResourceException}
 * naming the file and the line, every time it is asked for, never with an {@code ExceptionInInitializerError}.
 */
final class TimeLists {
    private static final String ROOT = "/io/github/zhnews/models/";
    private static volatile TimeLists instance;

    /** An era (民国, 乾隆): the Gregorian year of its first year, and whether its months are Gregorian. */
    record Era(String name, int firstYear, boolean gregorianMonths) {
    }

    /** Eras by their first character, longest names first (time-eras.tsv). */
    final Map<Character, List<Era>> eras;
    /** Holidays, longest words first (time-holidays.tsv). */
    final List<RelativeWords.Holiday> holidays;
    /** Words after a guarded holiday that vouch for it (time-holiday-cues.txt). */
    final List<String> holidayCues;
    /** Words for the present, longest first (time-vague.tsv, value PRESENT_REF). */
    final String[] present;
    /** Vague words without a value, longest first (time-vague.tsv, value none). */
    final String[] vague;

    private TimeLists(Map<Character, List<Era>> eras, List<RelativeWords.Holiday> holidays, List<String> holidayCues,
                      String[] present, String[] vague) {
        this.eras = eras;
        this.holidays = holidays;
        this.holidayCues = holidayCues;
        this.present = present;
        this.vague = vague;
    }

    static TimeLists get() {
        TimeLists t = instance;
        if (t == null) {
            synchronized (TimeLists.class) {
                t = instance;
                if (t == null) {
                    t = load();
                    instance = t;
                }
            }
        }
        return t;
    }

    private static TimeLists load() {
        Map<Character, List<Era>> eras = new HashMap<>();
        for (Row r : rows("time-eras.tsv", 3)) {
            boolean gregorian;
            switch (r.cols[2]) {
                case "gregorian": gregorian = true; break;
                case "lunar": gregorian = false; break;
                default: throw r.bad("calendar must be gregorian or lunar, not '" + r.cols[2] + "'");
            }
            int year;
            try {
                year = Integer.parseInt(r.cols[1]);
            } catch (NumberFormatException e) {
                throw r.bad("first year is not a number: '" + r.cols[1] + "'");
            }
            eras.computeIfAbsent(r.cols[0].charAt(0), k -> new ArrayList<>()).add(new Era(r.cols[0], year, gregorian));
        }
        Map<Character, List<Era>> frozen = new HashMap<>();
        eras.forEach((k, v) -> {
            v.sort((a, b) -> b.name().length() - a.name().length());
            frozen.put(k, List.copyOf(v));
        });
        List<RelativeWords.Holiday> holidays = new ArrayList<>();
        for (Row r : rows("time-holidays.tsv", 5)) {
            RelativeWords.Cal cal;
            try {
                cal = RelativeWords.Cal.valueOf(r.cols[1].toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.bad("calendar must be solar, lunar, term or nth_weekday, not '" + r.cols[1] + "'");
            }
            if (!r.cols[4].equals("guarded") && !r.cols[4].equals("free")) {
                throw r.bad("last column must be guarded or free, not '" + r.cols[4] + "'");
            }
            holidays.add(new RelativeWords.Holiday(r.cols[0], number(r, 2), number(r, 3), r.cols[4].equals("guarded"),
                    cal));
        }
        holidays.sort((a, b) -> b.word().length() - a.word().length());
        List<String> cues = new ArrayList<>();
        for (Row r : rows("time-holiday-cues.txt", 1)) {
            cues.add(r.cols[0]);
        }
        List<String> present = new ArrayList<>();
        List<String> vague = new ArrayList<>();
        for (Row r : rows("time-vague.tsv", 2)) {
            switch (r.cols[1]) {
                case "PRESENT_REF": present.add(r.cols[0]); break;
                case "none": vague.add(r.cols[0]); break;
                default: throw r.bad("value must be PRESENT_REF or none, not '" + r.cols[1] + "'");
            }
        }
        java.util.Comparator<String> longest = (a, b) -> b.length() - a.length();
        present.sort(longest);
        vague.sort(longest);
        return new TimeLists(Map.copyOf(frozen), List.copyOf(holidays), List.copyOf(cues),
                present.toArray(new String[0]), vague.toArray(new String[0]));
    }

    private static int number(Row r, int col) {
        try {
            return Integer.parseInt(r.cols[col]);
        } catch (NumberFormatException e) {
            throw r.bad("column " + (col + 1) + " is not a number: '" + r.cols[col] + "'");
        }
    }

    /** One data line of a list file: its columns, with the file and line for error messages. */
    record Row(String file, int line, String[] cols) {
        ResourceException bad(String why) {
            return new ResourceException("zhnews model file " + file + ", line " + line + ": " + why);
        }
    }

    /** The data lines of a model file, each with exactly {@code columns} tab-separated non-empty columns. */
    static List<Row> rows(String file, int columns) {
        List<Row> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (InputStream in = TimeLists.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new ResourceException("zhnews model file " + file + " is missing from the classpath ("
                        + ROOT + file + ")");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                Row row = new Row(file, n, cols);
                if (cols.length != columns) {
                    throw row.bad("expected " + columns + " tab-separated columns, found " + cols.length);
                }
                for (String c : cols) {
                    if (c.isBlank() || !c.equals(c.strip())) {
                        throw row.bad("empty column or stray spaces");
                    }
                }
                if (!seen.add(cols[0])) {
                    throw row.bad("duplicate entry '" + cols[0] + "'");
                }
                out.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read zhnews model file " + file, e);
        }
        return out;
    }
}
