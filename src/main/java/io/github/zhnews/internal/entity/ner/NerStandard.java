package io.github.zhnews.internal.entity.ner;

/**
 * The annotation standards a model trained on several corpora tells apart (the numbers its standard features
 * carry, {@link NerFeatures#V4}): each training corpus marks names by its own guidelines, and a sentence is
 * trained under the standard of its corpus.
 */
public final class NerStandard {
    /** MSRA NER (and the People's Daily NER set, which is MSRA text): abbreviations and bodies are names. */
    public static final int MSRA = 0;

    /**
     * People's Daily 1998 (PFR) with names derived from its parts of speech: abbreviations (美, 欧盟, 人大)
     * and bare bodies (市委, 解放军) are no names.
     */
    public static final int PEOPLES_DAILY_1998 = 1;

    /** CLUENER2020: organisations, government and companies; places only as addresses. */
    public static final int CLUENER = 2;

    /** Weibo NER: named mentions in social media posts. */
    public static final int WEIBO = 3;

    private NerStandard() {}
}
