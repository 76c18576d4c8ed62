package io.github.zhnews.internal.segment;

import io.github.zhnews.internal.resources.ModelResources;
import io.github.zhnews.internal.resources.ResourceException;
import io.github.zhnews.internal.resources.WordLists;
import io.github.zhnews.model.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tokens an analysis gives out, written as the word standards write them: what all of them agree on (a
 * number with 第, 万, 亿 or %, {@link #joinNumbers}; a person's name whole, {@link #joinNames}) and where they
 * disagree (a Chinese name cut after its surname, {@link #cutNames}; a date's number with its unit, {@link
 * #joinDates}, or apart from it, {@link #splitDates}). The stages read the segmenter's own words; only the tokens
 * given out change. Stateless; the surnames are read once per JVM.
 */
public final class TokenStandards {
    private TokenStandards() {}

    /** Characters of transliterated names: a name of three or more of them stays whole (罗林斯). */
    private static final WordLists.CharSet FOREIGN =
            WordLists.chars("lists/person-transliteration.tsv", "foreign");

    private static final WordLists.Lazy<Set<String>> SURNAMES =
            new WordLists.Lazy<>(TokenStandards::readSurnames);

    private static Set<String> readSurnames() {
        Set<String> names = new HashSet<>();
        for (String line : ModelResources.lines("surnames.txt")) {
            for (String s : line.split("\\s+")) {
                if (!s.isEmpty()) {
                    names.add(s);
                }
            }
        }
        return Set.copyOf(names);
    }

    /** Reads the surnames, the news lexicon and the PKU word table now, so that a damaged file fails when an analyzer is built. */
    public static void load() {
        if (SURNAMES.get().isEmpty()) {
            throw new ResourceException("zhnews model file surnames.txt lists no surname");
        }
        LEXICON.get();
        PkuWords.get();
    }

    /**
     * Person names as the Peking University standard writes them: a {@code nr} token of two to four characters
     * that opens with a surname of {@code surnames.txt} (a compound one first: 欧阳) becomes the surname and the
     * given name, both {@code nr}, unless it has three or more characters, all of them such as transliterate
     * foreign names (罗林斯). The list itself when no name is cut.
     */
    public static List<Token> cutNames(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int cut = surnameLength(t);
            if (cut > 0 && out == null) {
                out = new ArrayList<>(tokens.size() + 8);
                out.addAll(tokens.subList(0, i));
            }
            if (cut > 0) {
                String w = t.text();
                out.add(new Token(w.substring(0, cut), "nr", t.start(), t.start() + cut));
                out.add(new Token(w.substring(cut), "nr", t.start() + cut, t.end()));
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out;
    }

    /** The length of the surname that opens a person's name token, or 0 when it is no such name. */
    private static int surnameLength(Token t) {
        String w = t.text();
        if (!t.pos().equals("nr")
                || w.length() < 2
                || w.length() > 4
                || w.length() != t.end() - t.start()) {
            return 0;
        }
        int cut =
                w.length() >= 3 && SURNAMES.get().contains(w.substring(0, 2))
                        ? 2
                        : SURNAMES.get().contains(w.substring(0, 1)) ? 1 : 0;
        if (cut == 0) {
            return 0;
        }
        if (w.length() < 3) {
            return cut;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!FOREIGN.contains(w.charAt(i))) {
                return cut;
            }
        }
        return 0; // 罗林斯, 巴拉克: a transliterated name
    }

    /**
     * A date's number and its unit as one time word ({@code t}), as People's Daily, PKU and MSR write them: digits
     * with 月 or 日 (1月, 26日), four digits with 年 unless a span of time follows (1997年, not 2000年前 "2000 years
     * ago"), a year in Chinese digits (一九九七年), and a Chinese number with 日 after a month (一月二十六日). The
     * list itself when nothing is joined.
     */
    public static List<Token> joinDates(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token unit = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            boolean join =
                    unit != null
                            && unit.start() == t.end()
                            && isDateNumber(
                                    t.text(),
                                    unit.text(),
                                    i > 0 && tokens.get(i - 1).end() == t.start()
                                            ? tokens.get(i - 1)
                                            : null)
                            && !(unit.text().equals("年")
                                    && i + 2 < tokens.size()
                                    && SPAN_AFTER_YEARS.contains(tokens.get(i + 2).text()));
            if (join && out == null) {
                out = new ArrayList<>(tokens.size());
                out.addAll(tokens.subList(0, i));
            }
            if (join) {
                out.add(new Token(t.text() + unit.text(), "t", t.start(), unit.end()));
                i++;
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out;
    }

    /** Words after a number of years that make it a span of time (十年来, 2000年前), not a year. */
    private static final Set<String> SPAN_AFTER_YEARS =
            Set.of("前", "来", "后", "以来", "以前", "以后", "之前", "之后", "间", "内", "多", "左右", "里");

    private static boolean isDateNumber(String number, String unit, Token before) {
        if (number.isEmpty()) {
            return false;
        }
        boolean digits = number.chars().allMatch(TokenStandards::isDigit);
        switch (unit) {
            case "年":
                return digits
                        ? number.length() == 4
                        : number.length() >= 2 && isChineseDigits(number);
            case "月":
                return digits && number.length() <= 2;
            case "日":
                return digits
                        ? number.length() <= 2
                        : before != null
                                && before.text().endsWith("月")
                                && number.length() <= 3
                                && number.chars().allMatch(c -> "一二三四五六七八九十".indexOf(c) >= 0);
            default:
                return false;
        }
    }

    /** A number written one Chinese digit a character (一九九七, 二〇〇八). */
    private static boolean isChineseDigits(String s) {
        return s.chars().allMatch(c -> "〇○零一二三四五六七八九".indexOf(c) >= 0);
    }

    /** An ASCII or full-width digit. */
    static boolean isDigit(int c) {
        return c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19';
    }

    /**
     * A date's number apart from its unit, as Universal Dependencies' Chinese treebanks write them: a token of
     * digits followed by 年, 月 or 日 (1997年) becomes the number ({@code m}) and the unit ({@code q}). The list itself
     * when nothing is split.
     */
    public static List<Token> splitDates(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.text();
            int n = w.length() - 1;
            boolean split =
                    n >= 1
                            && w.length() == t.end() - t.start()
                            && "年月日".indexOf(w.charAt(n)) >= 0
                            && w.substring(0, n).chars().allMatch(TokenStandards::isDigit);
            if (split && out == null) {
                out = new ArrayList<>(tokens.size() + 8);
                out.addAll(tokens.subList(0, i));
            }
            if (split) {
                out.add(new Token(w.substring(0, n), "m", t.start(), t.start() + n));
                out.add(new Token(w.substring(n), "q", t.start() + n, t.end()));
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * A number as one word ({@code m}), as every standard here writes it (People's Daily, PKU, MSR and UD alike):
     * an ordinal with 第 (第三, 第10), a number with 万 or 亿 (3万, 3.5万, 12亿, 两万亿), a percentage (50%, ５０．５％),
     * a negative number (－9, not 3－5). Two misreadings of the segmenter are mended first ({@link
     * #mendMeasures}). The list itself when nothing is joined.
     */
    public static List<Token> joinNumbers(List<Token> tokens) {
        tokens = mendMeasures(tokens);
        List<Token> out = null;
        Token pending = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (pending != null
                    && pending.end() == t.start()
                    && (joinsNumber(pending.text(), t.text())
                            || isMinus(pending.text())
                                    && isDigits(t.text())
                                    && !(i >= 2
                                            && tokens.get(i - 2).end() == pending.start()
                                            && isDigits(tokens.get(i - 2).text())))) {
                if (out == null) {
                    out = new ArrayList<>(tokens.size());
                    out.addAll(tokens.subList(0, i - 1));
                }
                pending = new Token(pending.text() + t.text(), "m", pending.start(), t.end());
                continue;
            }
            if (pending != null && out != null) {
                out.add(pending);
            }
            pending = t;
        }
        if (pending != null && out != null) {
            out.add(pending);
        }
        return out == null ? tokens : out;
    }

    /**
     * Measure words the segmenter glued to the wrong neighbour: a numeral with 个 after 第 (第/一个 is 第一 个, as
     * People's Daily and PKU write it) and 万千 before 瓦 (60/万千/瓦 is 60万 千瓦: kilowatts, not "myriad"). The
     * list itself when nothing is mended.
     */
    static List<Token> mendMeasures(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token before = i > 0 && tokens.get(i - 1).end() == t.start() ? tokens.get(i - 1) : null;
            Token after =
                    i + 1 < tokens.size() && tokens.get(i + 1).start() == t.end()
                            ? tokens.get(i + 1)
                            : null;
            String w = t.text();
            Token[] mended = null;
            if (before != null
                    && before.text().equals("第")
                    && w.length() >= 2
                    && w.endsWith("个")
                    && isNumber(w.substring(0, w.length() - 1), false)) {
                int cut = t.end() - 1;
                mended =
                        new Token[] {
                            new Token(w.substring(0, w.length() - 1), "m", t.start(), cut),
                            new Token("个", "q", cut, t.end())
                        };
            } else if (w.equals("万千")
                    && before != null
                    && isNumber(before.text(), false)
                    && after != null
                    && after.text().startsWith("瓦")) {
                mended =
                        new Token[] {
                            new Token("万", "m", t.start(), t.start() + 1),
                            new Token("千" + after.text(), "q", t.start() + 1, after.end())
                        };
            }
            if (mended != null && out == null) {
                out = new ArrayList<>(tokens.size() + 2);
                out.addAll(tokens.subList(0, i));
            }
            if (mended != null) {
                out.addAll(List.of(mended));
                if (w.equals("万千")) {
                    i++; // 瓦 is in 千瓦
                }
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out;
    }

    private static final String NUMERALS = "〇○零一二三四五六七八九十百千两";

    /** A minus sign: before digits it makes a negative number (－9), unless digits stand before it (3－5). */
    private static boolean isMinus(String s) {
        return s.equals("－") || s.equals("-");
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(TokenStandards::isDigit);
    }

    private static boolean joinsNumber(String before, String word) {
        if (before.equals("第")) {
            return isNumber(word, false);
        }
        if (word.equals("万") || word.equals("亿") || word.equals("万亿")) {
            return isNumber(before, true) && !before.endsWith("亿");
        }
        if (word.equals("%") || word.equals("％")) {
            return !before.isEmpty()
                    && before.chars().allMatch(c -> isDigit(c) || c == '.' || c == '．');
        }
        return false;
    }

    /** Digits (with a decimal point) or Chinese numerals, with 万 at the end if {@code withWan} (3万 before 亿). */
    private static boolean isNumber(String s, boolean withWan) {
        if (s.isEmpty() || s.charAt(0) == '.' || s.charAt(0) == '．') {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean ok =
                    isDigit(c)
                            || c == '.'
                            || c == '．'
                            || NUMERALS.indexOf(c) >= 0
                            || withWan && c == '万' && k == s.length() - 1 && k > 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each person's name the entity stage found as one token ({@code nr}), as every standard here writes a name
     * (PKU then cuts a Chinese one after its surname, {@link #cutNames}): the words the segmenter made of it
     * (阿拉法/特, 王/小明) become one where the mention starts and ends at a word boundary. The list itself when
     * nothing is joined.
     *
     * @param people the people's mentions, as {start, end} pairs in any order
     */
    public static List<Token> joinNames(List<Token> tokens, List<int[]> people) {
        if (people.isEmpty()) {
            return tokens;
        }
        java.util.Map<Integer, Integer> ends = new java.util.HashMap<>();
        for (int[] m : people) {
            ends.merge(m[0], m[1], Math::max);
        }
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Integer end = ends.get(t.start());
            int last = i;
            if (end != null && end > t.end()) {
                while (last + 1 < tokens.size()
                        && tokens.get(last).end() < end
                        && tokens.get(last + 1).start() == tokens.get(last).end()) {
                    last++;
                }
            }
            if (last > i && tokens.get(last).end() == end) {
                if (out == null) {
                    out = new ArrayList<>(tokens.size());
                    out.addAll(tokens.subList(0, i));
                }
                StringBuilder name = new StringBuilder();
                for (int k = i; k <= last; k++) {
                    name.append(tokens.get(k).text());
                }
                out.add(new Token(name.toString(), "nr", t.start(), end));
                i = last;
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out;
    }

    /** The news lexicon's words (主题教育, 领导干部), which the segmenters keep whole. */
    private static final WordLists.Lazy<Set<String>> LEXICON =
            new WordLists.Lazy<>(() -> Set.copyOf(ModelResources.firstColumn("news-lexicon.txt")));

    /**
     * The news lexicon's compounds in the words the Peking University standard writes (领导干部 is 领导 干部,
     * 中国特色社会主义 is 中国 特色 社会主义): a token that is a lexicon word the core dictionary does not list
     * becomes the fewest core-dictionary words that spell it, each with the dictionary's part of speech. A word
     * they cannot spell stays whole. The list itself when nothing is cut.
     */
    public static List<Token> cutCompounds(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.text();
            int[] cuts =
                    w.length() >= 4
                                    && w.length() == t.end() - t.start()
                                    && LEXICON.get().contains(w)
                                    && !CoreWords.INSTANCE.contains(w)
                            ? fewestWords(w)
                            : null;
            if (cuts != null && out == null) {
                out = new ArrayList<>(tokens.size() + 8);
                out.addAll(tokens.subList(0, i));
            }
            if (cuts != null) {
                int from = 0;
                for (int to : cuts) {
                    String piece = w.substring(from, to);
                    String tag = CoreWords.INSTANCE.mainTag(piece);
                    out.add(
                            new Token(
                                    piece,
                                    tag == null ? t.pos() : tag,
                                    t.start() + from,
                                    t.start() + to));
                    from = to;
                }
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out;
    }

    /** The ends of the fewest core-dictionary words (two or more) that spell {@code w}, or null. */
    private static int[] fewestWords(String w) {
        int n = w.length();
        int[] best = new int[n + 1]; // fewest words spelling w[0, k), or MAX
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - 6); start < end; start++) {
                if (best[start] != Integer.MAX_VALUE
                        && best[start] + 1 < best[end]
                        && (start > 0 || end < n)
                        && CoreWords.INSTANCE.contains(w.substring(start, end))) {
                    best[end] = best[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE) {
            return null;
        }
        int[] ends = new int[best[n]];
        for (int k = ends.length - 1, end = n; k >= 0; k--) {
            ends[k] = end;
            end = from[end];
        }
        return ends;
    }

    /**
     * The words of {@code pku-words.tsv} ({@code zhnews train pku-words}): kept whole, and cut with their tags.
     * Read at the first {@link #get()}; a missing or malformed file fails with a {@link ResourceException} each
     * time it is asked for, never with an {@code ExceptionInInitializerError}.
     */
    private static final class PkuWords {
        private static volatile PkuWords table;

        final Map<String, String> whole = new HashMap<>();
        final Map<String, String[]> cut = new HashMap<>();

        static PkuWords get() {
            PkuWords t = table;
            if (t == null) {
                t = new PkuWords();
                table = t;
            }
            return t;
        }

        private PkuWords() {
            for (ModelResources.Row row : ModelResources.numberedRows("pku-words.tsv", 4)) {
                if (row.columns().size() < 2) {
                    throw row.bad("expected a word and its reading");
                }
                String word = row.get(0);
                String[] pieces = row.get(1).split(" ");
                StringBuilder spelled = new StringBuilder();
                for (String piece : pieces) {
                    int slash = piece.lastIndexOf('/');
                    if (slash <= 0 || slash == piece.length() - 1) {
                        throw row.bad("a reading is word/tag pieces: " + row.get(1));
                    }
                    spelled.append(piece, 0, slash);
                }
                if (!spelled.toString().equals(word)) {
                    throw row.bad("the reading " + row.get(1) + " does not spell " + word);
                }
                if (pieces.length == 1) {
                    whole.put(word, pieces[0].substring(pieces[0].lastIndexOf('/') + 1));
                } else {
                    cut.put(word, pieces);
                }
            }
            if (whole.isEmpty() || cut.isEmpty()) {
                throw new ResourceException("zhnews model file pku-words.tsv has no words");
            }
        }
    }

    /** Tokens joined into a word of the PKU table: at most this many. */
    private static final int MAX_JOIN = 3;

    /**
     * Words as People's Daily January 1998 writes them, the Peking University standard (the table of {@code
     * pku-words.tsv}): a token the corpus writes as several words is cut into them (不能 is 不 能, 新世纪 is 新 世纪),
     * then adjacent tokens that spell a word it writes whole become that word (几 十 is 几十), longest first, each
     * piece with the corpus's commonest tag. The list itself when nothing changes.
     */
    public static List<Token> pkuWords(List<Token> tokens) {
        PkuWords table = PkuWords.get();
        List<Token> cut = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String[] pieces = table.cut.get(t.text());
            if (pieces != null && cut == null) {
                cut = new ArrayList<>(tokens.size() + 8);
                cut.addAll(tokens.subList(0, i));
            }
            if (pieces != null) {
                int at = t.start();
                for (String piece : pieces) {
                    int slash = piece.lastIndexOf('/');
                    cut.add(
                            new Token(
                                    piece.substring(0, slash),
                                    piece.substring(slash + 1),
                                    at,
                                    at + slash));
                    at += slash;
                }
            } else if (cut != null) {
                cut.add(t);
            }
        }
        List<Token> in = cut == null ? tokens : cut;
        List<Token> out = null;
        for (int i = 0; i < in.size(); ) {
            int joined = 0;
            String tag = null;
            for (int n = Math.min(MAX_JOIN, in.size() - i); n >= 2 && joined == 0; n--) {
                tag = table.whole.get(spelled(in, i, n));
                joined = tag == null ? 0 : n;
            }
            if (joined > 0 && out == null) {
                out = new ArrayList<>(in.size());
                out.addAll(in.subList(0, i));
            }
            if (joined > 0) {
                Token last = in.get(i + joined - 1);
                out.add(new Token(spelled(in, i, joined), tag, in.get(i).start(), last.end()));
                i += joined;
            } else {
                if (out != null) {
                    out.add(in.get(i));
                }
                i++;
            }
        }
        return out != null ? out : in;
    }

    /** The text of {@code n} tokens from {@code i} when each begins where the one before ends, else null. */
    private static String spelled(List<Token> tokens, int i, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = i; k < i + n; k++) {
            Token t = tokens.get(k);
            if (k > i && tokens.get(k - 1).end() != t.start()) {
                return null;
            }
            b.append(t.text());
        }
        return b.toString();
    }
}
