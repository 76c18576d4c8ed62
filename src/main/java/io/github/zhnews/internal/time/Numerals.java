package io.github.zhnews.internal.time;

/**
 * Number reading for the time recognisers, on text that {@link io.github.zhnews.internal.text.TextNormalizer} has
 * normalised (ASCII digits and letters).
 */
final class Numerals {
    private static final String CHINESE_DIGITS = "〇零一二两三四五六七八九";

    private Numerals() {}

    /** A number read from the text. */
    record Num(int value, int start, int end, boolean chinese, boolean hasUnit) {
        int length() {
            return end - start;
        }

        /** Usable as a month, day, hour or minute: ASCII 1-2 digits, or a Chinese numeral read by value. */
        boolean smallForm() {
            if (chinese) {
                return hasUnit || length() == 1;
            }
            return length() <= 2;
        }

        /** Usable as a year: four ASCII digits or four Chinese digits (二〇二三). */
        boolean yearForm() {
            return length() == 4 && !hasUnit;
        }
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isChineseNumeral(char c) {
        return CHINESE_DIGITS.indexOf(c) >= 0 || c == '十' || c == '百' || c == '千';
    }

    static int chineseDigit(char c) {
        switch (c) {
            case '〇':
            case '零':
                return 0;
            case '一':
                return 1;
            case '二':
            case '两':
                return 2;
            case '三':
                return 3;
            case '四':
                return 4;
            case '五':
                return 5;
            case '六':
                return 6;
            case '七':
                return 7;
            case '八':
                return 8;
            case '九':
                return 9;
            default:
                return -1;
        }
    }

    /**
     * Reads a number starting exactly at {@code i}, or returns null. The number must start a run: an ASCII
     * number may not follow a digit, letter or dot; a Chinese numeral may not follow another numeral (廿 and 卅
     * included: 廿一世纪), 第 or 几.
     * Runs longer than nine characters are refused.
     */
    static Num read(String s, int i) {
        return read(s, i, i > 0 ? s.charAt(i - 1) : ' ');
    }

    /** Reads the number of an ordinal right after 第 (第3周, 第三十七个星期). */
    static Num readOrdinal(String s, int i) {
        return charAt(s, i - 1) == '第' ? read(s, i, ' ') : null;
    }

    private static Num read(String s, int i, char prev) {
        if (i < 0 || i >= s.length()) {
            return null;
        }
        char c = s.charAt(i);
        if (isAsciiDigit(c)) {
            if (isAsciiDigit(prev) || isAsciiLetter(prev) || prev == '.' || prev == '第') {
                return null;
            }
            int j = i;
            while (j < s.length() && isAsciiDigit(s.charAt(j))) {
                j++;
            }
            if (j - i > 9) {
                return null;
            }
            return new Num(Integer.parseInt(s, i, j, 10), i, j, false, false);
        }
        if (isChineseNumeral(c)) {
            if (isChineseNumeral(prev)
                    || isAsciiDigit(prev)
                    || prev == '第'
                    || prev == '几'
                    || prev == '廿'
                    || prev == '卅') {
                return null;
            }
            int j = i;
            while (j < s.length() && j - i < 10 && isChineseNumeral(s.charAt(j))) {
                j++;
            }
            if (j - i > 9) {
                return null;
            }
            return chinese(s, i, j);
        }
        return null;
    }

    private static Num chinese(String s, int i, int j) {
        boolean hasUnit = false;
        for (int k = i; k < j; k++) {
            char c = s.charAt(k);
            if (c == '十' || c == '百' || c == '千') {
                hasUnit = true;
            }
        }
        int value;
        if (!hasUnit) {
            value = 0;
            for (int k = i; k < j; k++) {
                value = value * 10 + chineseDigit(s.charAt(k));
            }
        } else {
            int total = 0;
            int cur = 0;
            for (int k = i; k < j; k++) {
                char c = s.charAt(k);
                int d = chineseDigit(c);
                if (d >= 0) {
                    cur = d;
                } else {
                    int mult = c == '十' ? 10 : c == '百' ? 100 : 1000;
                    total += (cur == 0 && (k == i || s.charAt(k - 1) != '零') ? 1 : cur) * mult;
                    cur = 0;
                }
            }
            value = total + cur;
        }
        return new Num(value, i, j, true, hasUnit);
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Whether {@code s} has {@code word} at {@code i}. */
    static boolean at(String s, int i, String word) {
        return i >= 0 && s.startsWith(word, i);
    }

    /** The first of {@code words} found at {@code i} (list longer words first), or null. */
    static String firstAt(String s, int i, String... words) {
        char c = charAt(s, i);
        for (String w : words) {
            if (w.charAt(0) == c && at(s, i, w)) {
                return w;
            }
        }
        return null;
    }

    static char charAt(String s, int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : '\0';
    }
}
