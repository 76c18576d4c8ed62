package io.github.zhnews;

/**
 * Which annotation guidelines the trained entity labeller follows ({@link NewsAnalyzer.Builder#entityStandard}).
 * The corpora it was trained on disagree on what is a name; it learned each corpus's guidelines apart, and
 * tags as the chosen one marks names. Only {@link EntityRecognition#MODEL_AND_RULES} reads it.
 */
public enum EntityStandard {
    /**
     * The default, for news: names as MSRA NER marks them. Abbreviations and bare bodies are names (中 and 美
     * of 中美 places, 欧盟, 人大, 市委 and 解放军 organisations), and so are the people in the names of
     * doctrines (马克思 of 马克思主义).
     */
    MSRA,
    /**
     * Names as People's Daily 1998 (PFR, Peking University) gives them through its parts of speech: only full
     * names; abbreviations (美, 欧盟, 人大), bare bodies (市委) and the names inside a doctrine's name are none.
     */
    PEOPLES_DAILY_1998,
    /**
     * Names as CLUENER2020 marks them: organisations, government bodies and companies, people, and places
     * only as addresses (provinces, cities, streets), not countries or regions named in passing.
     */
    CLUENER
}
