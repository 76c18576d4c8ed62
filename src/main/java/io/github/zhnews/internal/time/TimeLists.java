package io.github.zhnews.internal.time;

import io.github.zhnews.internal.resources.ModelResources;
import io.github.zhnews.internal.resources.ModelResources.Row;
import io.github.zhnews.internal.resources.ResourceException;
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
            switch (r.get(2)) {
                case "gregorian": gregorian = true; break;
                case "lunar": gregorian = false; break;
                default: throw r.bad("calendar must be gregorian or lunar, not '" + r.get(2) + "'");
            }
            int year;
            try {
                year = Integer.parseInt(r.get(1));
            } catch (NumberFormatException e) {
                throw r.bad("first year is not a number: '" + r.get(1) + "'");
            }
            eras.computeIfAbsent(r.get(0).charAt(0), k -> new ArrayList<>()).add(new Era(r.get(0), year, gregorian));
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
                cal = RelativeWords.Cal.valueOf(r.get(1).toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.bad("calendar must be solar, lunar, term or nth_weekday, not '" + r.get(1) + "'");
            }
            if (!r.get(4).equals("guarded") && !r.get(4).equals("free")) {
                throw r.bad("last column must be guarded or free, not '" + r.get(4) + "'");
            }
            holidays.add(new RelativeWords.Holiday(r.get(0), number(r, 2), number(r, 3), r.get(4).equals("guarded"),
                    cal));
        }
        holidays.sort((a, b) -> b.word().length() - a.word().length());
        List<String> cues = new ArrayList<>();
        for (Row r : rows("time-holiday-cues.txt", 1)) {
            cues.add(r.get(0));
        }
        List<String> present = new ArrayList<>();
        List<String> vague = new ArrayList<>();
        for (Row r : rows("time-vague.tsv", 2)) {
            switch (r.get(1)) {
                case "PRESENT_REF": present.add(r.get(0)); break;
                case "none": vague.add(r.get(0)); break;
                default: throw r.bad("value must be PRESENT_REF or none, not '" + r.get(1) + "'");
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
            return Integer.parseInt(r.get(col));
        } catch (NumberFormatException e) {
            throw r.bad("column " + (col + 1) + " is not a number: '" + r.get(col) + "'");
        }
    }

    /** The data lines of a model file, each with exactly {@code columns} columns ({@link ModelResources#table}). */
    static List<Row> rows(String file, int columns) {
        return ModelResources.table(file, columns);
    }
}
