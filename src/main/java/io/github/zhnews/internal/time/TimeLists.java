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
    record Era(String name, int firstYear, boolean gregorianMonths) {}

    /** Eras by their first character, longest names first (time-eras.tsv). */
    final Map<Character, List<Era>> eras;

    /** Holidays, longest words first (time-holidays.tsv). */
    final List<RelativeWords.Holiday> holidays;

    /** The first characters of {@link #holidays}, each once: no holiday starts at any other. */
    final String holidayStarts;

    /** Words after a guarded holiday that vouch for it (time-holiday-cues.txt). */
    final List<String> holidayCues;

    /** A part of the day (time-day-parts.tsv): its TIMEX3 part and how a clock hour after it is read. */
    record DayPart(String word, String part, String hourRule) {}

    /** A season word (time-seasons.tsv): the year offset from the reference year and the TIMEX3 season. */
    record Season(String word, int yearOffset, String season) {}

    /** Parts of the day by word (time-day-parts.tsv). */
    final Map<String, DayPart> dayParts;

    /** Parts of the day before a clock time or alone after a date, longest first (use clock). */
    final String[] clockPeriods;

    /** Parts of the day standing alone, longest first (use alone). */
    final String[] lonePeriods;

    /** Parts of the day after 每天, longest first (use daily). */
    final String[] dailyPeriods;

    /** Season words in file order (time-seasons.tsv). */
    final List<Season> seasons;

    /** Relative year, month and day words, each in file order (time-relative-words.tsv). */
    final RelativeWords.Rel[] years;

    final RelativeWords.Rel[] months;
    final RelativeWords.Rel[] days;

    /** Words after a bare day and after a bare clock time, longest first (time-followers.tsv). */
    final String[] dayFollowers;

    final String[] clockFollowers;

    /** Frames before a length, longest first, and those counting ahead (time-duration-cues.tsv). */
    final String[] durationFrames;

    final java.util.Set<String> futureFrames;

    /** Verbs before a length and words after it (time-duration-cues.tsv). */
    final String[] durationVerbs;

    final String[] durationAfter;

    /** Words before a date that mark it as ahead of the reference (time-ahead-cues.txt). */
    final List<String> aheadCues;

    /** Words after 每日 that make it a title (time-title-words.txt), longest first. */
    final String[] titleWords;

    /** Words for the present, longest first (time-vague.tsv, value PRESENT_REF). */
    final String[] present;

    /** Vague words without a value, longest first (time-vague.tsv, value none). */
    final String[] vague;

    /** Words after a point that run its stretch to the present, longest first (time-to-now.txt). */
    final String[] toNow;

    /** What a window word after a point does (time-window-words.tsv). */
    enum WindowKind {
        SINCE,
        FROM,
        BEFORE
    }

    /** Window words after a point, longest first (time-window-words.tsv, kinds since, from, before). */
    final String[] windowWords;

    /** The kind of each window word. */
    final Map<String, WindowKind> windowKinds;

    /** Words that start like a window word and are none (time-window-words.tsv, kind not), longest first. */
    final String[] notWindows;

    /** Characters after a one-character part of the day that make it another word (time-day-part-breakers.txt). */
    private final java.util.BitSet dayPartBreakers;

    /** Whether {@code c} after a one-character part of the day (早, 晚) makes it another word (晚会, 早已). */
    boolean breaksDayPart(char c) {
        return dayPartBreakers.get(c);
    }

    /** Characters before 近 that make it another word (time-near-breakers.txt). */
    private final java.util.BitSet nearBreakers;

    /** Whether {@code c} before 近 makes it another word (接近, 附近, 将近, 已近), not a frame or 近日. */
    boolean breaksNear(char c) {
        return nearBreakers.get(c);
    }

    private TimeLists(
            Map<Character, List<Era>> eras,
            List<RelativeWords.Holiday> holidays,
            List<String> holidayCues,
            String[] present,
            String[] vague) {
        Map<String, DayPart> parts = new java.util.LinkedHashMap<>();
        List<String> clock = new ArrayList<>();
        List<String> alone = new ArrayList<>();
        List<String> daily = new ArrayList<>();
        for (Row r : rows("time-day-parts.tsv", 4)) {
            String part = oneOf(r, 1, "MO", "MI", "AF", "EV", "NI", "DT");
            String rule = oneOf(r, 2, "am", "pm", "noon", "night", "dawn", "-");
            List<String> uses = uses(r, 3, "clock", "alone", "daily");
            if (uses.contains("clock") == rule.equals("-")) {
                throw r.bad(
                        "a word read before a clock time (use clock) needs an hour rule, and only such a word");
            }
            parts.put(r.get(0), new DayPart(r.get(0), part, rule));
            if (uses.contains("clock")) {
                clock.add(r.get(0));
            }
            if (uses.contains("alone")) {
                alone.add(r.get(0));
            }
            if (uses.contains("daily")) {
                daily.add(r.get(0));
            }
        }
        this.dayParts = java.util.Collections.unmodifiableMap(parts);
        this.clockPeriods = longestFirst(nonEmpty("time-day-parts.tsv", "clock", clock));
        this.lonePeriods = longestFirst(nonEmpty("time-day-parts.tsv", "alone", alone));
        this.dailyPeriods = longestFirst(nonEmpty("time-day-parts.tsv", "daily", daily));
        List<Season> seasonList = new ArrayList<>();
        for (Row r : rows("time-seasons.tsv", 3)) {
            seasonList.add(new Season(r.get(0), number(r, 1), oneOf(r, 2, "SP", "SU", "FA", "WI")));
        }
        this.seasons = List.copyOf(seasonList);
        Map<String, List<RelativeWords.Rel>> rel = new HashMap<>();
        for (Row r : rows("time-relative-words.tsv", 5)) {
            String unit = oneOf(r, 1, "year", "month", "day");
            boolean anchored = oneOf(r, 3, "reference", "anchor").equals("anchor");
            String period = r.get(4).equals("-") ? null : r.get(4);
            if (period != null && !parts.containsKey(period)) {
                throw r.bad("part of the day '" + period + "' is not in time-day-parts.tsv");
            }
            rel.computeIfAbsent(unit, k -> new ArrayList<>())
                    .add(new RelativeWords.Rel(r.get(0), number(r, 2), anchored, period));
        }
        this.years = rel.getOrDefault("year", List.of()).toArray(new RelativeWords.Rel[0]);
        this.months = rel.getOrDefault("month", List.of()).toArray(new RelativeWords.Rel[0]);
        this.days = rel.getOrDefault("day", List.of()).toArray(new RelativeWords.Rel[0]);
        List<String> afterDay = new ArrayList<>();
        List<String> afterClock = new ArrayList<>();
        for (Row r : rows("time-followers.tsv", 2)) {
            List<String> uses = uses(r, 1, "day", "clock");
            if (uses.contains("day")) {
                afterDay.add(r.get(0));
            }
            if (uses.contains("clock")) {
                afterClock.add(r.get(0));
            }
        }
        this.dayFollowers = longestFirst(nonEmpty("time-followers.tsv", "day", afterDay));
        this.clockFollowers = longestFirst(nonEmpty("time-followers.tsv", "clock", afterClock));
        List<String> frames = new ArrayList<>();
        java.util.Set<String> future = new java.util.HashSet<>();
        List<String> verbs = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (Row r : rows("time-duration-cues.tsv", 2)) {
            switch (oneOf(r, 1, "past", "future", "verb", "after")) {
                case "past":
                    frames.add(r.get(0));
                    break;
                case "future":
                    frames.add(r.get(0));
                    future.add(r.get(0));
                    break;
                case "verb":
                    verbs.add(r.get(0));
                    break;
                default:
                    after.add(r.get(0));
                    break;
            }
        }
        this.durationFrames = longestFirst(frames);
        this.futureFrames = java.util.Set.copyOf(future);
        this.durationVerbs = verbs.toArray(new String[0]);
        this.durationAfter = longestFirst(after);
        this.aheadCues = words("time-ahead-cues.txt");
        this.toNow = longestFirst(words("time-to-now.txt"));
        List<String> windows = new ArrayList<>();
        List<String> notWindows = new ArrayList<>();
        Map<String, WindowKind> kinds = new HashMap<>();
        for (Row r : rows("time-window-words.tsv", 2)) {
            String kind = oneOf(r, 1, "since", "from", "before", "not");
            if (kind.equals("not")) {
                notWindows.add(r.get(0));
            } else {
                windows.add(r.get(0));
                kinds.put(r.get(0), WindowKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)));
            }
        }
        this.windowWords =
                longestFirst(nonEmpty("time-window-words.tsv", "since, from or before", windows));
        this.windowKinds = Map.copyOf(kinds);
        this.notWindows = longestFirst(notWindows);
        this.dayPartBreakers = chars("time-day-part-breakers.txt");
        this.nearBreakers = chars("time-near-breakers.txt");
        this.titleWords = longestFirst(words("time-title-words.txt"));
        this.eras = eras;
        this.holidays = holidays;
        StringBuilder starts = new StringBuilder();
        for (RelativeWords.Holiday h : holidays) {
            if (starts.indexOf(h.word().substring(0, 1)) < 0) {
                starts.append(h.word().charAt(0));
            }
        }
        this.holidayStarts = starts.toString();
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
                case "gregorian":
                    gregorian = true;
                    break;
                case "lunar":
                    gregorian = false;
                    break;
                default:
                    throw r.bad("calendar must be gregorian or lunar, not '" + r.get(2) + "'");
            }
            int year;
            try {
                year = Integer.parseInt(r.get(1));
            } catch (NumberFormatException e) {
                throw r.bad("first year is not a number: '" + r.get(1) + "'");
            }
            eras.computeIfAbsent(r.get(0).charAt(0), k -> new ArrayList<>())
                    .add(new Era(r.get(0), year, gregorian));
        }
        Map<Character, List<Era>> frozen = new HashMap<>();
        eras.forEach(
                (k, v) -> {
                    v.sort((a, b) -> b.name().length() - a.name().length());
                    frozen.put(k, List.copyOf(v));
                });
        List<RelativeWords.Holiday> holidays = new ArrayList<>();
        for (Row r : rows("time-holidays.tsv", 5)) {
            RelativeWords.Cal cal;
            try {
                cal = RelativeWords.Cal.valueOf(r.get(1).toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.bad(
                        "calendar must be solar, lunar, term or nth_weekday, not '"
                                + r.get(1)
                                + "'");
            }
            if (!r.get(4).equals("guarded") && !r.get(4).equals("free")) {
                throw r.bad("last column must be guarded or free, not '" + r.get(4) + "'");
            }
            holidays.add(
                    new RelativeWords.Holiday(
                            r.get(0), number(r, 2), number(r, 3), r.get(4).equals("guarded"), cal));
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
                case "PRESENT_REF":
                    present.add(r.get(0));
                    break;
                case "none":
                    vague.add(r.get(0));
                    break;
                default:
                    throw r.bad("value must be PRESENT_REF or none, not '" + r.get(1) + "'");
            }
        }
        java.util.Comparator<String> longest = (a, b) -> b.length() - a.length();
        present.sort(longest);
        vague.sort(longest);
        return new TimeLists(
                Map.copyOf(frozen),
                List.copyOf(holidays),
                List.copyOf(cues),
                present.toArray(new String[0]),
                vague.toArray(new String[0]));
    }

    /** The column's value, which must be one of {@code allowed}. */
    private static String oneOf(Row r, int col, String... allowed) {
        String v = r.get(col);
        if (!java.util.Arrays.asList(allowed).contains(v)) {
            throw r.bad(
                    "column "
                            + (col + 1)
                            + " must be one of "
                            + String.join(", ", allowed)
                            + ", not '"
                            + v
                            + "'");
        }
        return v;
    }

    /** The column's comma-separated uses, each one of {@code allowed}. */
    private static List<String> uses(Row r, int col, String... allowed) {
        List<String> uses = List.of(r.get(col).split(",", -1));
        for (String u : uses) {
            if (!java.util.Arrays.asList(allowed).contains(u)) {
                throw r.bad("unknown use '" + u + "' (uses: " + String.join(", ", allowed) + ")");
            }
        }
        return uses;
    }

    /** The entries of a list file of single characters. */
    private static java.util.BitSet chars(String file) {
        java.util.BitSet bits = new java.util.BitSet();
        for (Row r : rows(file, 1)) {
            if (r.get(0).length() != 1) {
                throw r.bad("entry '" + r.get(0) + "' is not one character");
            }
            bits.set(r.get(0).charAt(0));
        }
        if (bits.isEmpty()) {
            throw new ResourceException("zhnews model file 'models/" + file + "' has no entries");
        }
        return bits;
    }

    /** The entries of a one-column list file. */
    private static List<String> words(String file) {
        List<String> out = new ArrayList<>();
        for (Row r : rows(file, 1)) {
            out.add(r.get(0));
        }
        if (out.isEmpty()) {
            throw new ResourceException("zhnews model file 'models/" + file + "' has no entries");
        }
        return List.copyOf(out);
    }

    private static List<String> nonEmpty(String file, String use, List<String> words) {
        if (words.isEmpty()) {
            throw new ResourceException(
                    "zhnews model file 'models/" + file + "' has no entries marked '" + use + "'");
        }
        return words;
    }

    /** The words, longest first (a stable sort: words of one length keep their file order). */
    private static String[] longestFirst(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> b.length() - a.length());
        return sorted.toArray(new String[0]);
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
