package io.github.zhnews.internal.eval;

import io.github.zhnews.NewsAnalysis;
import io.github.zhnews.NewsAnalyzer;
import io.github.zhnews.model.DateGrain;
import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.DateType;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.KeyPhrase;
import io.github.zhnews.model.Mention;
import io.github.zhnews.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * zhnews through its public API: {@code NewsAnalyzer.analyze(String)}. Entity spans are every mention of
 * every organisation, person and place (not only the canonical names); time spans are the {@code dates()} that
 * name a point or stretch of time — types DATE, TIME and INTERVAL. Durations (DURATION: 三年, 为期两天) and
 * recurrences (SET: 每天, 每年) are left out: the gold they are scored against, People's Daily {@code /t}, tags
 * time words that place an event in time and never a count of time units or a frequency (三/m 年/q, 每天/r).
 */
public final class ZhnewsAnnotator implements Annotator {
    private final NewsAnalyzer analyzer;

    public ZhnewsAnnotator(NewsAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** An annotator over a default analyzer ({@code NewsAnalyzer.builder().build()}). */
    public static ZhnewsAnnotator withDefaults() {
        return new ZhnewsAnnotator(NewsAnalyzer.builder().build());
    }

    @Override
    public String name() {
        return "zhnews";
    }

    @Override
    public List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : analyzer.analyze(text).tokens()) {
            if (!t.text().isBlank()) {
                out.add(t.text());
            }
        }
        return out;
    }

    /** The words of {@code text} with their parts of speech and offsets, whitespace left out. */
    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        for (Token t : analyzer.analyze(text).tokens()) {
            if (!t.text().isBlank()) {
                out.add(t);
            }
        }
        return out;
    }

    @Override
    public List<Span> entities(String text) {
        NewsAnalysis a = analyzer.analyze(text);
        List<Span> out = new ArrayList<>();
        add(out, a.organizations(), Readers.ORG);
        add(out, a.people(), Readers.PER);
        add(out, a.places(), Readers.LOC);
        return out;
    }

    private static void add(List<Span> out, List<Entity> entities, String type) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                out.add(new Span(m.start(), m.end(), type));
            }
        }
    }

    @Override
    public List<Span> times(String text) {
        List<Span> out = new ArrayList<>();
        for (DateMention d : analyzer.analyze(text).dates()) {
            if (d.type() == DateType.DURATION || d.type() == DateType.SET || d.duration() != null) {
                continue; // lengths of time (三天, 近五年) and recurrences: People's Daily never tags
                // them /t
            }
            if ((d.grain() == DateGrain.DECADE || d.grain() == DateGrain.CENTURY)
                    && !RELATIVE_CENTURY.matcher(d.text()).matches()) {
                continue; // People's Daily tags decades and centuries as a number and a noun (９０/m
                // 年代/n), 本世纪/t alone as a time word
            }
            int cut = d.type() == DateType.INTERVAL ? windowWord(d.text()) : 0;
            if (cut > 0) {
                // People's Daily tags the word that opens a window apart (１９９６年/t 以来/f, １９９９年/t
                // 前/f)
                piece(text, d.start(), d.end() - cut, out);
                continue;
            }
            int sep = d.type() == DateType.INTERVAL ? separator(d.text()) : -1;
            if (sep > 0) {
                // People's Daily tags the two ends of a range apart (１９９７年/t 至/p ２００１年/t)
                int k = sep + (d.text().startsWith("——", sep) ? 2 : 1);
                // and the words that close them (６月１日/t 起/f 至/p ５日/t 止/v)
                int firstEnd = d.text().charAt(sep - 1) == '起' ? sep - 1 : sep;
                int lastEnd = d.text().endsWith("止") ? d.end() - 1 : d.end();
                piece(text, d.start(), d.start() + firstEnd, out);
                piece(text, d.start() + k, lastEnd, out);
            } else {
                piece(text, d.start(), d.end(), out);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern RELATIVE_CENTURY =
            java.util.regex.Pattern.compile("[本上下]世纪");

    private static final String[] PART_WORDS = {
        "初期", "中期", "末期", "后期", "前期", "早期", "晚期", "中叶", "初叶", "末叶", "伊始", "初", "末", "底"
    };

    /**
     * Adds one time expression as People's Daily segments it: the word for a part of a unit apart after a
     * written year, a month, a decade or a century (１９９７年/t 底/f, ４月/t 初/f, 本世纪/t 末/f, ８０年代/n 初/f,
     * so no /t at all for the decade), but 年底 whole after a year word (去年底/t; 去年/t 年底/t).
     */
    static void piece(String text, int start, int end, List<Span> out) {
        String t = text.substring(start, end);
        for (String w : PART_WORDS) {
            if (!t.endsWith(w) || t.length() <= w.length()) {
                continue;
            }
            String unit = t.substring(0, t.length() - w.length());
            char last = unit.charAt(unit.length() - 1);
            boolean writtenYear =
                    last == '年' && unit.length() > 1 && isNumeral(unit.charAt(unit.length() - 2));
            if (unit.endsWith("年代")
                    || unit.endsWith("世纪") && !RELATIVE_CENTURY.matcher(unit).matches()) {
                return;
            }
            if (writtenYear || last == '月' || unit.endsWith("世纪")) {
                out.add(new Span(start, end - w.length(), Readers.TIME));
                return;
            }
            if (w.length() == 1
                    && last == '年'
                    && unit.length() > 2
                    && unit.charAt(unit.length() - 2) == '年') {
                // 去年年底: 去年/t 年底/t
                out.add(new Span(start, end - 2, Readers.TIME));
                out.add(new Span(end - 2, end, Readers.TIME));
                return;
            }
            break;
        }
        out.add(new Span(start, end, Readers.TIME));
    }

    private static boolean isNumeral(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９' || "〇零一二三四五六七八九十".indexOf(c) >= 0;
    }

    private static final String[] WINDOW_WORDS = {"起至今", "至今", "迄今", "以来", "之前", "以前", "起", "前"};

    /** The length of the word ending a window on the publication time (2018年以来, 2025年前), or 0. */
    static int windowWord(String text) {
        for (String w : WINDOW_WORDS) {
            if (text.endsWith(w) && text.length() > w.length()) {
                return w.length();
            }
        }
        return 0;
    }

    /** The offset of the word or mark that joins the two ends of a range written out (至, 到, —, -, ~), or -1. */
    static int separator(String range) {
        for (int i = 1; i < range.length() - 1; i++) {
            if ("至到—–~～-－".indexOf(range.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public List<String> keyPhrases(String text, int k) {
        List<String> out = new ArrayList<>();
        for (KeyPhrase p : analyzer.withKeyPhrases(k).analyze(text).keyPhrases()) {
            out.add(p.text());
        }
        return out;
    }

    @Override
    public int analyzeForTiming(String text) {
        NewsAnalysis a = analyzer.analyze(text);
        return a.tokens().size()
                + a.organizations().size()
                + a.keyPhrases().size()
                + a.dates().size();
    }
}
