package io.github.zhnews;

/** How an analyzer finds organisations, people and places ({@link NewsAnalyzer.Builder#entityRecognition}). */
public enum EntityRecognition {
    /**
     * The default: a sequence labeller trained on research corpora (MSRA NER, People's Daily 1998, CLUENER2020,
     * Weibo NER; see {@code models/README.md} for their terms) finds the names, reading the names the rules
     * find as features; the rules add organisation kinds, short forms grouped under a full name of the text,
     * places the labeller missed, and the user's organisations, which always win.
     */
    MODEL_AND_RULES,
    /**
     * Hand-written rules and word lists only, no trained weights: for users who want nothing trained on
     * research corpora. Less accurate (see the README's scoreboard).
     */
    RULES_ONLY
}
