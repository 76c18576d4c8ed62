package io.github.zhnews.internal.text;

import io.github.zhnews.internal.resources.ModelResources;
import io.github.zhnews.internal.resources.ResourceException;
import io.github.zhnews.internal.resources.WordLists;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands a news page pasted as plain text: finds the title, the publication time, the source, the editor,
 * the body lines, section headings and the page furniture (breadcrumbs, metadata lines, copyright, ICP, share
 * and print links).
 *
 * <p>The text is matched on its {@linkplain TextNormalizer normalised} form (same length), so full-width and
 * half-width labels, colons, digits and spaces are all recognised; every span and every returned string refers
 * to the text as given. The parser is conservative: a text without page furniture gets no boilerplate, a single
 * paragraph never gets a title, and a line that reads like a sentence is never taken for furniture unless it
 * carries an unmistakable copyright/ICP marker.
 *
 * <p>Immutable and thread-safe. Runs in time linear in the length of the text (lines longer than a few
 * hundred characters are always body and are not matched against the patterns).
 */
public final class ArticleParser {
    /** Lines longer than this are always content. */
    private static final int MAX_FURNITURE_LINE = 300;

    private static final int MAX_TITLE = 40;
    private static final int MAX_HEADING = 25;
    private static final int MAX_NUMBERED_HEADING = 40;

    private static final String DATE =
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?";
    private static final String TIME =
            "(?:\\s*(\\d{1,2})\\s*[:：时]\\s*(\\d{1,2})\\s*分?(?:\\s*[:：]\\s*\\d{1,2}\\s*秒?)?)?";
    private static final Pattern TIMESTAMP = Pattern.compile(DATE + TIME);
    private static final Pattern LEADING_TIMESTAMP =
            Pattern.compile("^" + DATE + TIME + "(?=\\s|$)");

    /** The metadata labels of a page and the patterns built from them, once per JVM (models/lists/article-labels.tsv). */
    private static final class Labels {
        private static volatile Labels instance;

        /** Group 1: a time label, 2: a source label, 3: an editor label; the other labels have no group. */
        final Pattern label;

        final Pattern leadingLabel;
        final Pattern editorNote;
        final Pattern location;

        private Labels() {
            java.util.Map<String, java.util.List<String>> byKind = new java.util.HashMap<>();
            for (ModelResources.Row row : ModelResources.table("lists/article-labels.tsv", 2)) {
                if (!java.util.List.of("time", "source", "editor", "other").contains(row.get(1))) {
                    throw row.bad(
                            "kind must be time, source, editor or other, not '" + row.get(1) + "'");
                }
                byKind.computeIfAbsent(row.get(1), k -> new java.util.ArrayList<>())
                        .add(row.get(0));
            }
            String editors = alternatives(byKind.get("editor"));
            label =
                    Pattern.compile(
                            "(?:("
                                    + alternatives(byKind.get("time"))
                                    + ")|("
                                    + alternatives(byKind.get("source"))
                                    + ")|("
                                    + editors
                                    + ")|(?:"
                                    + alternatives(byKind.get("other"))
                                    + "))\\s*[:：]");
            leadingLabel = Pattern.compile("^[【\\[（(]?\\s*" + label.pattern());
            editorNote =
                    Pattern.compile(
                            "[（(【\\[]\\s*(?:" + editors + ")\\s*[:：][^）)】\\]]{1,40}[）)】\\]]\\s*$");
            location = Pattern.compile(alternatives(WordLists.list("lists/article-locations.txt")));
        }

        /** The words as a regular-expression alternation, longest first, each matched literally. */
        private static String alternatives(java.util.List<String> words) {
            if (words == null || words.isEmpty()) {
                throw new ResourceException(
                        "zhnews model file 'models/lists/article-labels.tsv' lacks a kind of label "
                                + "(time, source, editor and other are all needed)");
            }
            return words.stream()
                    .sorted((a, b) -> b.length() - a.length())
                    .map(Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("|"));
        }

        static Labels get() {
            Labels l = instance;
            if (l == null) {
                synchronized (Labels.class) {
                    l = instance;
                    if (l == null) {
                        l = new Labels();
                        instance = l;
                    }
                }
            }
            return l;
        }
    }

    private static final Pattern BYLINE =
            Pattern.compile(
                    "^(?:本报|本台|本网|新华社|中新社|央视|[\\p{IsHan}]{2,8}(?:报|网|台|社))?(?:特约|实习)?记者\\s*[:：]?\\s*"
                            + "[\\p{IsHan}·]{2,4}(?:[\\s、,，]+[\\p{IsHan}·]{2,4}){0,5}\\s*(?:报道|摄影?|采写|整理)?$");

    private static final Pattern STRONG_FURNITURE =
            Pattern.compile("(?i)copyright|©|all\\s+rights\\s+reserved|icp\\s*[备证]|公网安备|违法和不良信息举报");
    private static final Pattern WEAK_FURNITURE =
            Pattern.compile(
                    "版权所有|未经.{0,12}授权|分享到|分享至|扫一扫|打印本页|关闭窗口|【纠错】|【打印】|【关闭】|【收藏】"
                            + "|返回顶部|收藏本页|字号\\s*[:：]|^[【\\[]?\\s*大\\s+中\\s+小\\s*[】\\]]?$|^[（(]完[）)]$");
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*(?:>>?|»|›|/|\\|)\\s*");
    private static final Pattern NUMBERED_HEADING =
            Pattern.compile(
                    "^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}[、.．]|第[一二三四五六七八九十]{1,3}[部分章节条])");

    private final TextNormalizer normalizer;

    public ArticleParser() {
        this(new TextNormalizer());
    }

    /** Uses the given normaliser for matching (it must preserve length, as {@link TextNormalizer} does). */
    public ArticleParser(TextNormalizer normalizer) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        Labels.get(); // reads the label lists now, so that a broken file fails when the parser is
        // built
    }

    /**
     * Parses a text; never throws for any non-null text.
     *
     * @throws NullPointerException if text is null
     */
    public ArticleLayout parse(String text) {
        Objects.requireNonNull(text, "text");
        return parse(text, normalizer.normalize(text));
    }

    /**
     * Parses a text whose normalised form the caller already has: patterns match {@code norm}, while every
     * returned string (title, source, editor) is cut from {@code text}, the characters as given.
     *
     * @throws IllegalArgumentException if the two differ in length
     */
    public ArticleLayout parse(String text, String norm) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(norm, "norm");
        if (norm.length() != text.length()) {
            throw new IllegalArgumentException("normalised text differs in length from the text");
        }
        List<TextSpan> lines = lines(norm);

        List<TextSpan> body = new ArrayList<>();
        List<TextSpan> boilerplate = new ArrayList<>();
        List<Boolean> bodyIsWholeLine = new ArrayList<>();
        String source = null;
        String editor = null;
        LocalDateTime published = null;

        for (TextSpan line : lines) {
            String n = line.of(norm);
            // a text of one line is what the user wrote, never page furniture: 2011-03-07 alone is
            // a date
            boolean metadata =
                    lines.size() > 1 && n.length() <= MAX_FURNITURE_LINE && isMetadata(n);
            if (metadata
                    || (lines.size() > 1 && n.length() <= MAX_FURNITURE_LINE && isFurniture(n))) {
                boilerplate.add(line);
                if (metadata) {
                    if (source == null) {
                        source = labelValue(text, norm, line, 2);
                    }
                    if (editor == null) {
                        editor = labelValue(text, norm, line, 3);
                    }
                    if (published == null) {
                        published = timestamp(n);
                    }
                }
                continue;
            }
            // a trailing （责编：李四） note on a content line
            int tailFrom = Math.max(0, n.length() - 60);
            Matcher note = Labels.get().editorNote.matcher(n).region(tailFrom, n.length());
            if (note.find()) {
                TextSpan noteSpan = new TextSpan(line.start() + note.start(), line.end());
                TextSpan rest = trim(norm, line.start(), noteSpan.start());
                if (editor == null) {
                    editor = labelValue(text, norm, noteSpan, 3);
                }
                if (rest != null) {
                    body.add(rest);
                    bodyIsWholeLine.add(false);
                }
                boilerplate.add(noteSpan);
                continue;
            }
            body.add(line);
            bodyIsWholeLine.add(true);
        }

        String title = null;
        TextSpan titleSpan = null;
        if (lines.size() > 1 && !body.isEmpty() && bodyIsWholeLine.get(0)) {
            TextSpan first = body.get(0);
            if (isTitle(first.of(norm))) {
                titleSpan = first;
                title = first.of(text);
            }
        }

        List<TextSpan> headings = new ArrayList<>();
        for (int i = 0; i < body.size() - 1; i++) {
            TextSpan b = body.get(i);
            if (b.equals(titleSpan) || !bodyIsWholeLine.get(i)) {
                continue;
            }
            if (isHeading(b.of(norm))) {
                headings.add(b);
            }
        }
        return new ArticleLayout(
                title, titleSpan, source, published, editor, body, boilerplate, headings);
    }

    /** Trimmed non-empty lines. */
    private static List<TextSpan> lines(String s) {
        List<TextSpan> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || SentenceSplitter.isLineBreak(s.charAt(i))) {
                TextSpan t = trim(s, start, i);
                if (t != null) {
                    out.add(t);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static TextSpan trim(String s, int start, int end) {
        while (start < end && SentenceSplitter.isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && SentenceSplitter.isSpace(s.charAt(end - 1))) {
            end--;
        }
        return start < end ? new TextSpan(start, end) : null;
    }

    // ---- classification
    // -------------------------------------------------------------------------------------

    private static boolean isFurniture(String n) {
        if (isBreadcrumb(n)) {
            return true;
        }
        if (n.length() <= 200 && STRONG_FURNITURE.matcher(n).find()) {
            return true;
        }
        Matcher m = WEAK_FURNITURE.matcher(n);
        int hits = 0;
        int firstHit = -1;
        while (m.find()) {
            if (hits == 0) {
                firstHit = m.start();
            }
            hits++;
        }
        if (hits >= 2) {
            return true;
        }
        return hits == 1
                && n.length() <= 60
                && (n.indexOf('，') < 0 || firstHit <= 1)
                && !endsLikeSentence(n);
    }

    private static boolean isBreadcrumb(String n) {
        if (n.length() > 80 || containsAny(n, "。！？，；")) {
            return false;
        }
        if (Labels.get().location.matcher(n).find()) {
            return true;
        }
        String[] parts = CRUMB_SEPARATOR.split(n, -1);
        if (parts.length < 2) {
            return false;
        }
        int nonEmpty = 0;
        boolean home = false;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.isEmpty()) {
                if (i == 0 || i == parts.length - 1) {
                    continue;
                }
                return false;
            }
            if (p.length() > 15 || !hasLetter(p)) {
                return false;
            }
            home |= p.equals("首页") || p.equalsIgnoreCase("home");
            nonEmpty++;
        }
        if (nonEmpty < 2) {
            return false;
        }
        boolean angle = n.indexOf('>') >= 0 || n.indexOf('»') >= 0 || n.indexOf('›') >= 0;
        return angle || home || nonEmpty >= 3;
    }

    private static boolean isMetadata(String n) {
        if (n.length() > MAX_FURNITURE_LINE) {
            return false;
        }
        if (Labels.get().editorNote.matcher(n).find()
                && (n.charAt(0) == '（'
                        || n.charAt(0) == '('
                        || n.charAt(0) == '【'
                        || n.charAt(0) == '[')) {
            return true;
        }
        Matcher ts = LEADING_TIMESTAMP.matcher(n);
        if (ts.find()) {
            String rest = n.substring(ts.end()).strip();
            return rest.isEmpty()
                    || Labels.get().leadingLabel.matcher(rest).find()
                    || (rest.length() <= 30 && !containsAny(rest, "，。！？,;；"));
        }
        Matcher lead = Labels.get().leadingLabel.matcher(n);
        if (lead.find()) {
            if (lead.group(1) != null) {
                String value = n.substring(lead.end()).strip();
                return !value.isEmpty() && Character.isDigit(value.charAt(0));
            }
            if (lead.group(2) != null) {
                return n.length() <= 80 && !endsLikeSentence(n) && n.indexOf('，') < 0;
            }
            if (n.length() <= 40 && !containsAny(n, "。！？!?")) {
                return true;
            }
        }
        if (n.length() <= 160 && n.indexOf('。') < 0) {
            Matcher m = Labels.get().label.matcher(n);
            int count = 0;
            while (m.find()) {
                count++;
            }
            if (count >= 2) {
                return true;
            }
        }
        return n.length() <= 30 && BYLINE.matcher(n).matches();
    }

    private static boolean isTitle(String n) {
        return n.codePointCount(0, n.length()) <= MAX_TITLE
                && hasLetter(n)
                && !endsLikeSentence(n)
                && !endsWithAny(n, "：:，,、");
    }

    private static boolean isHeading(String n) {
        int len = n.codePointCount(0, n.length());
        boolean numbered = NUMBERED_HEADING.matcher(n).find();
        if (len > (numbered ? MAX_NUMBERED_HEADING : MAX_HEADING)) {
            return false;
        }
        if (endsLikeSentence(n) || endsWithAny(n, "：:，,、；;…")) {
            return false;
        }
        int han = 0;
        for (int i = 0; i < n.length() && han < 2; i++) {
            if (Character.UnicodeScript.of(n.charAt(i)) == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        return han >= 2;
    }

    // ---- extraction
    // -----------------------------------------------------------------------------------------

    /** The value of the first label of the given group (2 = source, 3 = editor) in the line, from the original. */
    private static String labelValue(String text, String norm, TextSpan line, int group) {
        String n = line.of(norm);
        Matcher m = Labels.get().label.matcher(n);
        while (m.find()) {
            if (m.group(group) == null) {
                continue;
            }
            boolean bracketed = m.start() > 0 && "（(【[".indexOf(n.charAt(m.start() - 1)) >= 0;
            int from = m.end();
            while (from < n.length() && SentenceSplitter.isSpace(n.charAt(from))) {
                from++;
            }
            int nextLabel = n.length();
            Matcher next = Labels.get().label.matcher(n);
            if (next.find(from)) {
                nextLabel = next.start();
            }
            int to = from;
            while (to < nextLabel) {
                char c = n.charAt(to);
                if ("）)】]」|".indexOf(c) >= 0
                        || (!bracketed
                                && (SentenceSplitter.isSpace(c) || "，,；;".indexOf(c) >= 0))) {
                    break;
                }
                to++;
            }
            while (to > from
                    && (SentenceSplitter.isSpace(n.charAt(to - 1))
                            || "，,。；;".indexOf(n.charAt(to - 1)) >= 0)) {
                to--;
            }
            if (to > from) {
                return text.substring(line.start() + from, line.start() + to);
            }
        }
        return null;
    }

    private static LocalDateTime timestamp(String n) {
        Matcher m = TIMESTAMP.matcher(n);
        while (m.find()) {
            try {
                int year = Integer.parseInt(m.group(1));
                if (year < 1900 || year > 2100) {
                    continue;
                }
                int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
                int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
                return LocalDateTime.of(
                        year,
                        Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)),
                        hour,
                        minute);
            } catch (DateTimeException | NumberFormatException e) {
                // not a real date: try the next one
            }
        }
        return null;
    }

    // ---- helpers
    // --------------------------------------------------------------------------------------------

    private static boolean endsLikeSentence(String n) {
        return endsWithAny(n, "。！？!?；;…")
                || (n.length() > 1 && n.endsWith(".") && !n.endsWith(".."));
    }

    private static boolean endsWithAny(String n, String chars) {
        int i = n.length() - 1;
        while (i >= 0 && "”’」』）)\"'".indexOf(n.charAt(i)) >= 0 && i > 0) {
            i--;
        }
        return i >= 0 && chars.indexOf(n.charAt(i)) >= 0;
    }

    private static boolean containsAny(String n, String chars) {
        for (int i = 0; i < n.length(); i++) {
            if (chars.indexOf(n.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
