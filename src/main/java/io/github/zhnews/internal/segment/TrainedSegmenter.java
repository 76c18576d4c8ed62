package io.github.zhnews.internal.segment;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.github.zhnews.internal.document.Segmenter;
import io.github.zhnews.internal.resources.ModelResources;
import io.github.zhnews.internal.resources.ResourceException;
import io.github.zhnews.internal.text.SentenceSplitter;
import io.github.zhnews.internal.text.TextSpan;
import io.github.zhnews.model.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Segments Chinese text into words with parts of speech: a word segmenter and tagger trained on People's Daily
 * (averaged perceptrons, see {@link LexicalModel} and {@code zhnews train segment}), with the zhnews news
 * lexicon and the analyzer's own user dictionary on top.
 *
 * <p>A user word always wins: wherever it occurs (longest first, left to right) it is one word with its own
 * part of speech, whatever the model would say. A news-lexicon word is one word where the model's boundaries
 * agree with its ends (主题/教育 becomes 主题教育, but 问题整改 is not made of 的问题/整改措施). Runs of Latin
 * letters or digits are never cut inside, nor is a surrogate pair.
 *
 * <p>Beside {@link NewsSegmenter} (HanLP's dictionary-based Viterbi segmenter, the default) this is the other
 * segmenter an analyzer may choose. The words added here live in dictionaries
 * owned by this instance, never in HanLP's JVM-wide {@code CustomDictionary}, so two analyzers with different
 * user dictionaries do not see each other's words.
 *
 * <p>Thread-safe: {@link #segment(String)} keeps no state between calls.
 */
public final class TrainedSegmenter implements Segmenter {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    /** Longest stretch handed to the model at once; longer sentences are cut at a comma or, failing that, hard. */
    static final int MAX_CHUNK = NewsSegmenter.MAX_CHUNK;

    private final LexicalModel model;
    private final Words lexicon;
    private final Words user;

    /** A segmenter with the news lexicon and the given user words; the trained models come from models/. */
    public TrainedSegmenter(UserDictionary user) {
        this(LexicalModel.shipped(), user);
    }

    TrainedSegmenter(LexicalModel model, UserDictionary userDictionary) {
        this.model = model;
        Map<String, String> news = new HashMap<>();
        for (String line : ModelResources.lines("news-lexicon.txt")) {
            String[] parts = line.split("\t");
            news.put(parts[0], parts[1]);
        }
        Map<String, String> users = new HashMap<>();
        for (UserDictionary.Entry e : userDictionary.entries()) {
            if (CoreDictionary.Attribute.create(e.pos() + " 1") == null) {
                throw new ResourceException(
                        "unknown part of speech '" + e.pos() + "' for " + e.word());
            }
            users.put(e.word(), e.pos());
        }
        this.lexicon = new Words(news);
        this.user = new Words(users);
    }

    /**
     * Words of {@code text} with offsets into it; whitespace is not returned as tokens. The text is read in the
     * sentences of {@link SentenceSplitter}, as a prepared document reads it.
     */
    public List<Token> segment(String text) {
        return segment(text, SPLITTER.split(text));
    }

    /** Words of each sentence, in text order; a sentence longer than {@value #MAX_CHUNK} is read in pieces. */
    @Override
    public List<Token> segment(String text, List<TextSpan> sentences) {
        List<Token> out = new ArrayList<>();
        for (TextSpan sentence : sentences) {
            int start = sentence.start();
            while (start < sentence.end()) {
                int end = NewsSegmenter.chunkEnd(text, start, sentence.end());
                segmentChunk(text, start, end, out);
                start = end;
            }
        }
        return out;
    }

    private void segmentChunk(String text, int from, int to, List<Token> out) {
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < to && !Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j > i) {
                segmentRun(text, i, j, out);
            }
            i = j;
        }
    }

    /** One stretch without whitespace: user words first, the model between them, then the lexicon and tags. */
    private void segmentRun(String text, int from, int to, List<Token> out) {
        List<int[]> spans = new ArrayList<>(); // [start, end, 1 if a user word]
        int done = from;
        int i = from;
        while (i < to) {
            int len = user.longestAt(text, i, to);
            if (len > 0) {
                modelWords(text, done, i, spans);
                spans.add(new int[] {i, i + len, 1});
                i += len;
                done = i;
            } else {
                i++;
            }
        }
        modelWords(text, done, to, spans);
        spans = joinLexiconWords(text, spans);
        List<String> words = new ArrayList<>(spans.size());
        for (int[] s : spans) {
            words.add(text.substring(s[0], s[1]));
        }
        String[] tags = model.tags(words);
        for (int k = 0; k < spans.size(); k++) {
            int[] s = spans.get(k);
            String word = words.get(k);
            String tag =
                    s[2] == 1
                            ? user.tag(word)
                            : word.length() == 1 && isPunctuation(word.charAt(0))
                                    ? "w" // ／ cut out above, which the tagger never saw alone
                                    : lexicon.tag(word);
            out.add(
                    new Token(
                            word,
                            tag != null ? tag : tags[k].toLowerCase(Locale.ROOT),
                            s[0],
                            s[1]));
        }
    }

    /** The model's words of text[from, to), with Latin/digit runs and surrogate pairs kept whole. */
    private void modelWords(String text, int from, int to, List<int[]> spans) {
        if (from >= to) {
            return;
        }
        int at = from;
        int[] last = null;
        for (String w : model.words(text.substring(from, to))) {
            int wordEnd = at + w.length();
            while (at < wordEnd) {
                int end = pieceEnd(text, at, wordEnd);
                if (last != null && mustJoin(text.charAt(at - 1), text.charAt(at))) {
                    last[1] = end;
                } else {
                    last = new int[] {at, end, 0};
                    spans.add(last);
                }
                at = end;
            }
        }
        if (at != to) { // defensive: the model's words always spell out their input
            throw new IllegalStateException(
                    "segmenter lost characters in: " + text.substring(from, to));
        }
    }

    /**
     * Where the piece of a model word that starts at {@code at} ends: ℃ is a word of its own, and so is a slash
     * that does not stand between two digits (3℃／－8℃ is 3 ℃ ／ －8 ℃; 1／3 stays one number). The model,
     * trained on text with few weather reports, joins them with the numbers around.
     */
    private static int pieceEnd(String text, int at, int wordEnd) {
        if (isAlone(text, at)) {
            return at + 1;
        }
        int end = at + 1;
        while (end < wordEnd && !isAlone(text, end) && !numberAfterWord(text, end)) {
            end++;
        }
        return end;
    }

    /** Whether a number starts at {@code i} right after a Han character other than 第 (晴－9, 多云4). */
    private static boolean numberAfterWord(String text, int i) {
        char before = text.charAt(i - 1);
        char c = text.charAt(i);
        boolean number =
                TokenStandards.isDigit(c)
                        || (c == '－' || c == '-')
                                && i + 1 < text.length()
                                && TokenStandards.isDigit(text.charAt(i + 1));
        return number
                && before != '第'
                && Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN;
    }

    private static boolean isAlone(String text, int i) {
        char c = text.charAt(i);
        if (c == '℃') {
            return true;
        }
        return (c == '／' || c == '/')
                && !(i > 0
                        && i + 1 < text.length()
                        && TokenStandards.isDigit(text.charAt(i - 1))
                        && TokenStandards.isDigit(text.charAt(i + 1)));
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type == Character.OTHER_PUNCTUATION
                || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION;
    }

    private static boolean mustJoin(char before, char after) {
        return Character.isHighSurrogate(before) && Character.isLowSurrogate(after)
                || latinOrDigit(before) && latinOrDigit(after);
    }

    private static boolean latinOrDigit(char c) {
        return c < 0x80
                ? Character.isLetterOrDigit(c)
                : c >= '\uFF10' && c <= '\uFF19'
                        || c >= '\uFF21' && c <= '\uFF3A'
                        || c >= '\uFF41' && c <= '\uFF5A';
    }

    /** Consecutive model words that together spell a news-lexicon word become that word. */
    private List<int[]> joinLexiconWords(String text, List<int[]> spans) {
        if (lexicon.isEmpty()) {
            return spans;
        }
        List<int[]> out = new ArrayList<>(spans.size());
        int k = 0;
        while (k < spans.size()) {
            int best = -1;
            if (spans.get(k)[2] == 0) {
                for (int m = k + 1;
                        m < spans.size()
                                && spans.get(m)[2] == 0
                                && spans.get(m)[1] - spans.get(k)[0] <= lexicon.maxLength();
                        m++) {
                    if (lexicon.contains(text, spans.get(k)[0], spans.get(m)[1])) {
                        best = m;
                    }
                }
            }
            if (best > k) {
                out.add(new int[] {spans.get(k)[0], spans.get(best)[1], 0});
                k = best + 1;
            } else {
                out.add(spans.get(k));
                k++;
            }
        }
        return out;
    }

    /** Words with a part of speech each, looked up by the substring of a text. */
    private static final class Words {
        private final Map<String, String> tags;
        private final int maxLength;

        Words(Map<String, String> tags) {
            this.tags = Map.copyOf(tags);
            this.maxLength = tags.keySet().stream().mapToInt(String::length).max().orElse(0);
        }

        boolean isEmpty() {
            return tags.isEmpty();
        }

        int maxLength() {
            return maxLength;
        }

        String tag(String word) {
            return tags.get(word);
        }

        boolean contains(String text, int from, int to) {
            return tags.containsKey(text.substring(from, to));
        }

        /** Length of the longest word starting at {@code at} and ending by {@code limit}, or 0. */
        int longestAt(String text, int at, int limit) {
            for (int len = Math.min(maxLength, limit - at); len >= 1; len--) {
                if (tags.containsKey(text.substring(at, at + len))) {
                    return len;
                }
            }
            return 0;
        }
    }
}
