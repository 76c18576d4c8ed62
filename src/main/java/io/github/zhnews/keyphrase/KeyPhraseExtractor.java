package io.github.zhnews.keyphrase;

import io.github.zhnews.io.ModelResources;
import io.github.zhnews.model.KeyPhrase;
import io.github.zhnews.model.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the phrases of a document by how characteristic they are of it.
 *
 * <p>Candidates are runs of one to four content words inside one clause (never across punctuation),
 * taken verbatim from the text; a phrase of several words must occur at least twice or be a known word,
 * so that chance neighbours (主题教育调查研究) do not pass as phrases. Each candidate is weighted by
 * {@code (1 + ln count) * idf * position}, where the IDF comes from {@link IdfTable} and the position factor
 * favours the title and the lead. A phrase that mostly occurs inside a better-ranked longer one is dropped, and so is a longer one
 * that only repeats a chosen phrase with something added.
 * Ties are broken by first occurrence, so the result is deterministic. Immutable and thread-safe.
 */
public final class KeyPhraseExtractor {
    private static final int MAX_WORDS = 4;
    /** A single word this common (IDF below) is too general to characterise an article: 合作, 协议. */
    private static final double MIN_SINGLE_WORD_IDF = 6.2;
    private static final double TITLE_BOOST = 1.6;
    private static final double LEAD_BOOST = 1.2;

    private final IdfTable idf;
    private final Set<String> stopWords;
    private final KeyPhraseOptions options;

    public KeyPhraseExtractor(IdfTable idf, KeyPhraseOptions options) {
        this.idf = idf;
        this.options = options;
        Set<String> stop = new HashSet<>(ModelResources.lines("stopwords.txt"));
        stop.addAll(options.extraStopWords());
        this.stopWords = Set.copyOf(stop);
    }

    /** The same extractor returning a different number of phrases. */
    public KeyPhraseExtractor withCount(int count) {
        return new KeyPhraseExtractor(idf, options.withCount(count));
    }

    public KeyPhraseOptions options() {
        return options;
    }

    /**
     * @param text       the analysed text
     * @param tokens     its words, without those of lines that are to yield nothing
     * @param titleStart start of the title line, or -1 when there is none
     * @param titleEnd   end of the title line, or -1
     * @param leadEnd    end of the lead (the first body paragraph)
     * @param names      characters covered by names (organisations, people, places): a phrase inside a name
     *                   is the name's business, not a key phrase
     * @param limit      how many phrases at most
     */
    public List<KeyPhrase> extract(String text, List<Token> tokens, int titleStart, int titleEnd, int leadEnd,
                                   BitSet names, int limit) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isContent(tokens.get(i))) {
                continue;
            }
            for (int n = 1; n <= MAX_WORDS && i + n <= tokens.size(); n++) {
                Token last = tokens.get(i + n - 1);
                if (!isContent(last) || (n > 1 && last.start() != tokens.get(i + n - 2).end())) {
                    break;
                }
                int start = tokens.get(i).start();
                String phrase = text.substring(start, last.end());
                if (phrase.length() > options.maxLength()) {
                    break;
                }
                if (phrase.length() < options.minLength() || !edgesAllowed(tokens.get(i), last)
                        || names.nextClearBit(start) >= last.end()) {
                    continue;
                }
                Candidate c = candidates.computeIfAbsent(phrase, p -> new Candidate(p, start));
                c.words = n;
                c.count++;
                if (titleStart >= 0 && start >= titleStart && start < titleEnd) {
                    c.inTitle = true;
                } else if (start < leadEnd) {
                    c.inLead = true;
                }
            }
        }
        List<Candidate> ranked = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            if (c.words > 1 && c.count < 2 && !idf.contains(c.text)
                    || c.words == 1 && !c.inTitle && idf.idf(c.text) < MIN_SINGLE_WORD_IDF) {
                continue;
            }
            c.score = weight(c);
            ranked.add(c);
        }
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingInt(c -> c.first)
                .thenComparing(c -> c.text));
        List<KeyPhrase> out = new ArrayList<>();
        for (Candidate c : ranked) {
            if (out.size() >= limit) {
                break;
            }
            if (isFragment(c, ranked) || containsChosen(c, out)) {
                continue;
            }
            out.add(new KeyPhrase(c.text, Math.round(c.score * 1000) / 1000.0, c.count));
        }
        return out;
    }

    private double weight(Candidate c) {
        double w = c.words == 1 || idf.contains(c.text) ? idf.idf(c.text) : compoundIdf(c.text);
        double position = c.inTitle ? TITLE_BOOST : c.inLead ? LEAD_BOOST : 1.0;
        double length = Math.min(1.0, 0.55 + 0.15 * c.text.length());
        return (1 + Math.log(c.count)) * w * position * length;
    }

    /** A compound the table does not know: a little more than the mean rarity of its two halves. */
    private double compoundIdf(String text) {
        int mid = text.length() / 2;
        return 0.6 * (idf.idf(text.substring(0, mid)) + idf.idf(text.substring(mid)));
    }

    /** True when most occurrences of {@code c} are inside a longer candidate that ranks above it. */
    private static boolean isFragment(Candidate c, List<Candidate> ranked) {
        for (Candidate longer : ranked) {
            if (longer == c) {
                return false; // everything after ranks lower
            }
            if (longer.text.length() > c.text.length() && longer.text.contains(c.text)
                    && longer.count * 2 >= c.count) {
                return true;
            }
        }
        return false;
    }

    /** A longer phrase made of one already chosen and no more frequent: 智能网联汽车联合实验室 after 智能网联汽车. */
    private static boolean containsChosen(Candidate c, List<KeyPhrase> chosen) {
        for (KeyPhrase k : chosen) {
            if (c.text.contains(k.text()) && k.count() >= c.count) {
                return true;
            }
        }
        return false;
    }

    private boolean edgesAllowed(Token first, Token last) {
        if (stopWords.contains(first.text()) || stopWords.contains(last.text())) {
            return false;
        }
        if (first == last) {
            String p = first.pos();
            // a lone place or organisation name is reported as an entity, not as a key phrase
            return first.text().length() >= 2 && !p.startsWith("ns") && !p.startsWith("nt");
        }
        return !last.pos().equals("b") && !first.pos().equals("f");
    }

    private boolean isContent(Token t) {
        String p = t.pos();
        String w = t.text();
        if (stopWords.contains(w) && w.length() < 2) {
            return false;
        }
        boolean noun = p.startsWith("n") && !p.startsWith("nr") && !p.equals("nx") && !p.equals("nnt");
        boolean ok = noun || p.equals("vn") || p.equals("j") || p.startsWith("g") || p.equals("b")
                || p.equals("an") || p.equals("nz");
        return ok && hasHan(w);
    }

    private static boolean hasHan(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.UnicodeScript.of(w.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }

    private static final class Candidate {
        final String text;
        final int first;
        int words;
        int count;
        boolean inTitle;
        boolean inLead;
        double score;

        Candidate(String text, int first) {
            this.text = text;
            this.first = first;
        }
    }
}
