package io.github.zhnews.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Splits Chinese (and mixed Chinese/Latin) text into sentences.
 *
 * <p>Rules, in order of the scan:
 * <ul>
 *   <li>a line break ({@code \n}, {@code \r}, U+2028, U+2029) always ends a sentence;</li>
 *   <li>{@code 。 ！ ？ ； ｡} end a sentence; {@code ! ? .} (and {@code ．}) end one only when what follows is
 *       whitespace, the end of the range, a non-ASCII character or a closing quote, so {@code 3.5},
 *       {@code www.gov.cn} and {@code a.php?id=1} stay whole; a {@code .} after an abbreviation
 *       ({@code Mr.}, {@code Dr.}, {@code U.S.}, a single initial …) does not end a sentence;</li>
 *   <li>a run of end marks and ellipses ({@code ！！}, {@code ？！}, {@code ……。}) stays together, and the
 *       closing quotes and brackets that follow it ({@code ” ’ 」 』 ） ) 》 】 " '}) are kept inside the
 *       sentence;</li>
 *   <li>an ellipsis ({@code ……}, {@code …}, {@code ...}) alone does not end a sentence;</li>
 *   <li>commas ({@code ， 、 ,}) and colons never split.</li>
 * </ul>
 * Spans are trimmed of whitespace (including U+3000 and U+00A0) and empty spans are dropped. One pass over
 * the text, constant look-behind: linear in the length of the range.
 *
 * <p>Immutable and thread-safe.
 */
public final class SentenceSplitter {
    private static final int MAX_ABBREVIATION = 6;
    private static final Set<String> ABBREVIATIONS =
            Set.of(
                    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "no", "vs", "etc", "inc",
                    "ltd", "co", "corp", "gov", "gen", "rep", "sen", "jan", "feb", "mar", "apr",
                    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "fig", "vol", "pp",
                    "approx", "dept", "est");

    public SentenceSplitter() {}

    /** Sentences of the whole text. */
    public List<TextSpan> split(String text) {
        return split(text, 0, text.length());
    }

    /**
     * Sentences inside {@code [from, to)}; the returned offsets index into {@code text}.
     *
     * @throws IllegalArgumentException if the range does not fit the text
     */
    public List<TextSpan> split(String text, int from, int to) {
        Objects.requireNonNull(text, "text");
        if (from < 0 || to < from || to > text.length()) {
            throw new IllegalArgumentException(
                    "range [" + from + ", " + to + ") outside text of length " + text.length());
        }
        List<TextSpan> out = new ArrayList<>();
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                add(text, start, i, out);
                i++;
                start = i;
            } else if (isEndMark(text, i, to) || isEllipsisStart(text, i, to)) {
                int j = i;
                boolean ends = false;
                // the run of end marks and ellipses
                while (j < to) {
                    if (isEndMark(text, j, to)) {
                        ends = true;
                        j++;
                    } else if (isEllipsisStart(text, j, to)) {
                        j = skipEllipsis(text, j, to);
                    } else {
                        break;
                    }
                }
                if (ends) {
                    while (j < to && isCloser(text.charAt(j))) {
                        j++;
                    }
                    add(text, start, j, out);
                    start = j;
                }
                i = j;
            } else {
                i++;
            }
        }
        add(text, start, to, out);
        return out;
    }

    private static void add(String text, int start, int end, List<TextSpan> out) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new TextSpan(start, end));
        }
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static boolean isCloser(char c) {
        return switch (c) {
            case '”', '’', '」', '』', '）', ')', '》', '】', ']', '〉', '"', '\'' -> true;
            default -> false;
        };
    }

    private static boolean isEllipsisStart(String text, int i, int to) {
        char c = text.charAt(i);
        if (c == '…' || c == '⋯') {
            return true;
        }
        return c == '.' && i + 2 < to && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.';
    }

    private static int skipEllipsis(String text, int i, int to) {
        char c = text.charAt(i);
        int j = i;
        while (j < to && text.charAt(j) == c) {
            j++;
        }
        return j;
    }

    /** An end mark at {@code i} that really ends a sentence (ellipses are handled separately). */
    private static boolean isEndMark(String text, int i, int to) {
        char c = text.charAt(i);
        switch (c) {
            case '。', '！', '？', '；', '｡', '‼', '⁇', '⁈', '⁉':
                return true;
            case '!', '?', ';':
                return asciiEndFollows(text, i, to);
            case '.', '．':
                if (isEllipsisStart(text, i, to)) {
                    return false;
                }
                if (i > 0 && text.charAt(i - 1) == '.') {
                    return false; // tail of an ellipsis handled by skipEllipsis
                }
                return asciiEndFollows(text, i, to)
                        && !isDecimal(text, i, to)
                        && !isAbbreviation(text, i);
            default:
                return false;
        }
    }

    /** ASCII marks end a sentence only before whitespace, the end, a closer, another mark or non-ASCII text. */
    private static boolean asciiEndFollows(String text, int i, int to) {
        if (i + 1 >= to) {
            return true;
        }
        char n = text.charAt(i + 1);
        return isSpace(n) || isLineBreak(n) || isCloser(n) || n == '!' || n == '?' || n > 0x7F;
    }

    private static boolean isDecimal(String text, int i, int to) {
        return i > 0 && i + 1 < to && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1));
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Looks back at most a few chars for a Latin abbreviation ending at the '.' at {@code i}. */
    private static boolean isAbbreviation(String text, int i) {
        int j = i;
        while (j > 0 && i - j <= MAX_ABBREVIATION && isAsciiLetter(text.charAt(j - 1))) {
            j--;
        }
        int len = i - j;
        if (len == 0 || len > MAX_ABBREVIATION) {
            return false;
        }
        if (j > 0 && isAsciiLetter(text.charAt(j - 1))) {
            return false; // longer word than we look at
        }
        if (len == 1) {
            return Character.isUpperCase(text.charAt(j)) || (j > 0 && text.charAt(j - 1) == '.');
        }
        return ABBREVIATIONS.contains(text.substring(j, i).toLowerCase(Locale.ROOT));
    }
}
