package io.github.zhnews;

/**
 * How an analyzer finds words and their parts of speech ({@link NewsAnalyzer.Builder#segmentation}). Both
 * keep the news lexicon and the analyzer's user words whole.
 */
public enum Segmentation {
    /**
     * HanLP's dictionary-based Viterbi segmenter with its person-name recogniser (the default). The entity,
     * key-phrase and summary stages were tuned on its words; it is also the better one on MSR and UD text.
     */
    DICTIONARY,
    /**
     * The segmenter and tagger trained on People's Daily 1998 ({@code zhnews train segment}): closer to the
     * Peking University standard (SIGHAN 2005 PKU, People's Daily), with trained parts of speech.
     */
    TRAINED
}
