package io.github.zhnews;

/**
 * Which word guidelines an analysis's tokens follow where the standards disagree: people's names, and the number
 * of a date with its unit ({@link NewsAnalyzer.Builder#wordStandard}). Only the tokens differ: people, places,
 * organisations, key phrases, dates and every offset are the same under all three, since the stages read the
 * segmenter's own words.
 */
public enum WordStandard {
    /**
     * The default, for news, as People's Daily 1998 (the evaluation data's files) and MSR write words: a person's
     * name is one token (江泽民/nr), and so is a date's number with its unit (1997年/t, 1月/t, 26日/t).
     */
    NEWS,
    /**
     * The Peking University standard of SIGHAN 2005 PKU: as {@link #NEWS}, but a Chinese name is two tokens, the
     * surname and the given name, both {@code nr} (江/nr 泽民/nr, 欧阳/nr 修文/nr). A transliterated name
     * (罗林斯) stays whole.
     */
    PKU,
    /**
     * Universal Dependencies' Chinese treebanks (GSD): names whole, a date's number apart from its unit (1997/m
     * 年/q).
     */
    UD
}
