package io.github.zhnews;

/**
 * Which word guidelines an analysis's tokens follow where the standards disagree on people's names
 * ({@link NewsAnalyzer.Builder#wordStandard}). Only the tokens differ: people, places, organisations, key
 * phrases, dates and every offset are the same under both.
 */
public enum WordStandard {
    /**
     * The default: a person's name is one token (江泽民/nr, 欧阳修文/nr), as MSR, UD and the People's Daily 1998
     * files of the evaluation data write it.
     */
    NAMES_WHOLE,
    /**
     * The Peking University standard of SIGHAN 2005 PKU: a Chinese name is two tokens, the surname and the given
     * name, both {@code nr} (江/nr 泽民/nr, 欧阳/nr 修文/nr). A name without a known surname (a transliterated
     * one, 普京) stays whole.
     */
    PKU
}
