package io.github.zhnews.internal.segment;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.github.zhnews.internal.document.CoreLexicon;

/**
 * Read-only questions about the segmenter's core dictionary (HanLP's, from the portable jar), for the
 * recognisers that need to tell a name from an ordinary word. No HanLP type appears in this API; the
 * dictionary is immutable, so the methods are thread-safe.
 */
public final class CoreWords implements CoreLexicon {
    /** The one instance: the dictionary is HanLP's, loaded once per JVM. */
    public static final CoreWords INSTANCE = new CoreWords();

    private CoreWords() {}

    /** Whether {@code word} is in the core dictionary. */
    @Override
    public boolean contains(String word) {
        return CoreDictionary.contains(word);
    }

    /**
     * Whether {@code word} is an ordinary word of the core dictionary: it is listed, and its most frequent part
     * of speech is not a person's name (高峰, 宋朝 are words; 李鹏 is not listed).
     */
    @Override
    public boolean isCommonWord(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a != null && a.nature.length > 0 && !a.nature[0].toString().startsWith("nr");
    }

    /** Whether the dictionary's most frequent part of speech for {@code word} is a person's name. */
    @Override
    public boolean isNameFirst(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a != null && a.nature.length > 0 && a.nature[0].toString().startsWith("nr");
    }

    /** The dictionary's most frequent part of speech for {@code word} (HanLP's tag, such as "v"), or null. */
    @Override
    public String mainTag(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a == null || a.nature.length == 0 ? null : a.nature[0].toString();
    }

    /** How often {@code word} occurs in the dictionary's corpus (0 when it is not listed). */
    @Override
    public int frequency(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a == null ? 0 : a.totalFrequency;
    }

    @Override
    public double nominalShare(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return Double.NaN;
        }
        int verb = 0;
        int noun = 0;
        for (int k = 0; k < a.nature.length; k++) {
            String tag = a.nature[k].toString();
            if (tag.equals("v")) {
                verb += a.frequency[k];
            } else if (tag.equals("vn")) {
                noun += a.frequency[k];
            }
        }
        return verb + noun == 0 ? Double.NaN : noun / (double) (verb + noun);
    }
}
