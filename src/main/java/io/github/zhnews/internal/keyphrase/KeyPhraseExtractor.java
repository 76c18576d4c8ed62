package io.github.zhnews.internal.keyphrase;

import io.github.zhnews.internal.document.CoreLexicon;
import io.github.zhnews.internal.document.Document;
import io.github.zhnews.internal.document.Ranking;
import io.github.zhnews.internal.resources.ModelResources;
import io.github.zhnews.internal.resources.WordLists;
import io.github.zhnews.internal.text.HanScript;
import io.github.zhnews.internal.text.TextSpan;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.KeyPhrase;
import io.github.zhnews.model.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the phrases of a document by how characteristic they are of it.
 *
 * <p><b>Candidates.</b> Pieces of a word the segmenter split apart are first joined back where the IDF table
 * knows the whole (储/层 as 储层). The words of the text are then cut into runs at punctuation, line breaks,
 * numbers, function words (particles, prepositions, conjunctions, pronouns, adverbs) and stop words; every run of one
 * to {@value #MAX_WORDS} adjacent words inside a run is a candidate, taken verbatim from the text, provided its
 * first and last words may bound a phrase (no stop word, no locative or measure word at the start, no
 * adjective or adverb at the end) and it is within the configured length. A phrase therefore never crosses
 * punctuation or a clause boundary. A single word must be a noun-like word of two or more characters; a
 * phrase of several words must occur at least twice, or be a known word of the IDF table, or be two common nouns
 * side by side (文化符号), or be in the domain lexicon, so that chance neighbours (主题教育调查研究) do not pass as
 * phrases.
 *
 * <p><b>News articles.</b> In a text whose body goes on in another paragraph after the lead, the key phrases
 * are its topics, and a candidate is held to more than in an abstract (whose author keywords are often a method
 * named by a verb): no bare verb (共建), no phrase opening with a one-character verb (进社区) or with a verb the
 * dictionary seldom uses as a noun (带头调研), no single word
 * with an IDF below {@value #ARTICLE_WORD_IDF} (工厂, 居民; in the title too) or nominalised verb below
 * {@value #ARTICLE_VERB_IDF} (改造, 行动), nothing said once outside the title whose rarest word is below
 * {@value #ARTICLE_WORD_IDF} (重点任务, 农村人口), no pair of nouns said once that runs on into a content word
 * (开发区重点 of 开发区重点培育), no role right after a name (常委 of 自治区党委常委) and no counted noun with its
 * verb (单位调研 of 90家单位调研).
 *
 * <p><b>Weights.</b> Each candidate is scored
 * {@code (1 + ln count) * specificity * (1 + centrality) * position * length}:
 * <ul>
 *   <li>specificity: the IDF of the phrase when the table knows it, otherwise of its rarest word plus a share
 *       of the others ({@link IdfTable}, a large body of general Chinese text);</li>
 *   <li>centrality: the mean TextRank of its words in a graph whose edges join words that occur within three
 *       words of each other in one sentence, with a restart distribution that favours the title and early
 *       sentences (PositionRank), scaled so that the most central word is 1;</li>
 *   <li>position: a bonus for phrases in the title and in the lead (the first paragraph, or the first
 *       sentence of a one-paragraph text), decaying with the sentence of the first occurrence;</li>
 *   <li>length: 1 up to {@value #PLAIN_LENGTH} characters, then {@code 1 / (1 + 0.7 * extra characters)}.</li>
 * </ul>
 * A word of the domain lexicon weighs more; a meeting named by what it does (推进会) weighs half.
 * A phrase whose every occurrence is inside one and the same longer candidate is not closed and is dropped
 * (肾活血汤 inside 补肾活血汤). When choosing, best first, a phrase that is part of an already chosen one is
 * skipped (no fragment of a better phrase); a longer phrase that contains chosen ones is kept, and the chosen
 * ones that never occur outside it are then removed as its fragments (持卡 and 卡人 once 持卡人 comes). A pair of
 * short nouns that the IDF table does not know and that crosses a chosen phrase wherever it occurs is another
 * reading of the same words and is skipped (旅游精品 after 乡村旅游 in 乡村旅游精品线路). Ties are broken by first
 * occurrence and then text, so the result is deterministic. Cost is linear in the number of words (a fixed
 * number of graph iterations). Immutable and thread-safe.
 */
public final class KeyPhraseExtractor implements KeyPhraseRanker {
    static final int MAX_WORDS = 6;

    /** A single word this common (IDF below) is too general to characterise an article: 合作, 协议. */
    private static final double MIN_SINGLE_WORD_IDF = 5.5;

    /**
     * In a news article a single word as common as this (IDF below) is too general to be a topic (工厂, 居民), and
     * a phrase said once must hold a word at least this rare (not 重点任务, 农村人口).
     */
    private static final double ARTICLE_WORD_IDF = 6.5;

    /** In a news article a single nominalised verb must be rarer still: 改造, 行动 are no topic; 整改 is. */
    private static final double ARTICLE_VERB_IDF = 7.0;

    /** Share of the IDF of the other words of a compound added to that of its rarest word. */
    private static final double OTHER_WORDS_SHARE = 0.8;

    /** Centrality floor: a phrase of peripheral words still counts by its specificity. */
    private static final double CENTRALITY_FLOOR = 1.0;

    /** Longer than this many characters, a phrase loses weight: 斜拉桥主塔施工质量 is a clause, not a term. */
    private static final int PLAIN_LENGTH = 5;

    private static final double LENGTH_PENALTY = 0.7;
    private static final double FIRST_SENTENCE_BONUS = 0.3;
    private static final double TITLE_BOOST = 1.6;
    private static final double LEAD_BOOST = 1.25;
    private static final double LEXICON_BOOST = 1.5;
    private static final int WINDOW = 3;

    /** At most this many adjacent pieces are joined back into one word of the IDF table (储/层, 渗透/率). */
    private static final int MAX_JOIN = 3;

    /** Single-character verbs that never end a term: a copula or a modal leads into the rest of a clause. */
    private static final String COPULAS_AND_MODALS = "是为有可能会要将";

    /**
     * The weight of a meeting named by what it does (推进会, 座谈会, 部署会议) against other phrases: it says
     * what took place, not what it was about, and ranks below the topics it was held on.
     */
    private static final double MEETING_WEIGHT = 0.5;

    /** Roles of people (常委, 负责人, 记者): right after a name they are someone's role, not a topic. */
    private static final Set<String> ROLES = WordLists.set("lists/person-titles.tsv", "title");

    /** From this many characters on, a text is an article rather than an abstract or a sentence. */
    private static final int LONG_DOCUMENT = 800;

    private static final int ITERATIONS = 20;
    private static final double DAMPING = 0.85;

    /** The graph iteration stops when the ranks (which sum to 1) move less than this in total. */
    private static final double CONVERGED = 1e-3;

    private final IdfTable idf;
    private final Set<String> stopWords;
    private final Set<String> lexicon;

    /** Terms of the segmenter's news lexicon: known words even where the IDF table lacks them. */
    private final Set<String> newsTerms;

    private final KeyPhraseOptions options;

    /** The segmenter's dictionary: how often a verb is used as a noun. */
    private final CoreLexicon words;

    public KeyPhraseExtractor(IdfTable idf, KeyPhraseOptions options, CoreLexicon words) {
        this.idf = idf;
        this.options = options;
        this.words = words;
        Set<String> stop = new HashSet<>(ModelResources.lines("stopwords.txt"));
        stop.addAll(options.extraStopWords());
        this.stopWords = Set.copyOf(stop);
        this.lexicon = options.lexicon();
        this.newsTerms = Set.copyOf(ModelResources.firstColumn("news-lexicon.txt"));
    }

    /**
     * The key phrases of a document and the weight of every content word (its TextRank centrality times its
     * IDF, the best word scaled to 1), which the summary uses to judge sentences.
     *
     * @param doc   the prepared document: its content words, sentences, title and lead
     * @param names the names found in it (organisations, people, places): a phrase inside a name is the name's
     *              business, not a key phrase
     * @param limit how many phrases at most
     */
    @Override
    public Ranking rank(Document doc, List<Entity> names, int limit) {
        String text = doc.text();
        BitSet covered = new BitSet(text.length());
        for (Entity e : names) {
            e.mentions().forEach(m -> covered.set(m.start(), m.end()));
        }
        int titleStart = doc.title() == null ? -1 : doc.title().start();
        int titleEnd = doc.title() == null ? -1 : doc.title().end();
        int lead = doc.lead() == null ? 0 : doc.lead().end();
        return rank(doc, doc.content(), titleStart, titleEnd, lead, covered, limit);
    }

    private Ranking rank(
            Document doc,
            List<Token> tokens,
            int titleStart,
            int titleEnd,
            int lead,
            BitSet names,
            int limit) {
        String text = doc.text();
        boolean article = severalParagraphs(text, lead);
        tokens = joinKnownWords(text, tokens, article);
        int n = tokens.size();
        // word classes and sentence numbers
        byte[] kind = new byte[n];
        int[] sentence = new int[n];
        boolean[] stop = new boolean[n];
        List<TextSpan> sentences = doc.sentences();
        int s = 0; // the last sentence starting at or before the word (the words are in text order)
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            while (s + 1 < sentences.size() && sentences.get(s + 1).start() <= t.start()) {
                s++;
            }
            sentence[i] = s;
            stop[i] = stopWords.contains(t.text());
            kind[i] = classify(t, stop[i]);
        }

        Map<String, Integer> wordIds = new HashMap<>();
        int[] wordOf = new int[n];
        Arrays.fill(wordOf, -1);
        for (int i = 0; i < n; i++) {
            if (kind[i] >= WORD) {
                wordOf[i] = wordIds.computeIfAbsent(tokens.get(i).text(), w -> wordIds.size());
            }
        }
        double[] centrality =
                textRank(tokens, kind, sentence, wordOf, wordIds.size(), titleStart, titleEnd);
        String[] byId = new String[wordIds.size()];
        for (Map.Entry<String, Integer> e : wordIds.entrySet()) {
            byId[e.getValue()] = e.getKey();
        }
        double[] wordIdf = idf.idf(byId);

        Map<String, Candidate> candidates = new LinkedHashMap<>();
        byte[] insideAWord = new byte[n]; // endsInsideAWord of each word, once: 0 not known yet
        for (int i = 0; i < n; i++) {
            if (kind[i] < WORD
                    || !mayStart(tokens.get(i), kind[i], stop[i])
                    || unitOfNumber(tokens, i)) {
                continue;
            }
            for (int w = 1; w <= MAX_WORDS && i + w <= n; w++) {
                int j = i + w - 1;
                Token last = tokens.get(j);
                if (kind[j] < WORD || (w > 1 && last.start() != tokens.get(j - 1).end())) {
                    break;
                }
                int start = tokens.get(i).start();
                if (last.end() - start > options.maxLength()) {
                    break;
                }
                // a place or person a text of one paragraph names at least twice is its topic (宁夏
                // in an abstract on Ningxia); counted below, and only there
                boolean topic = !article && w == 1 && topicName(tokens.get(i), kind[i]);
                boolean fits =
                        last.end() - start >= options.minLength()
                                && mayEnd(last, kind[j], w, stop[j])
                                && !endsInside(insideAWord, tokens, j)
                                && (w > 1 || topic || maySingle(tokens.get(i), kind[i]));
                if (!fits && lexicon.isEmpty()) {
                    continue; // nothing could rescue it: spare the substring
                }
                String phrase = text.substring(start, last.end());
                boolean known = lexicon.contains(phrase);
                if (!known && !fits) {
                    continue;
                }
                if (!known
                        && !topic
                        && (names.nextClearBit(start) >= last.end()
                                || cutsName(names, start, last.end()))) {
                    continue;
                }
                if (!known
                        && (governs(tokens, i, j, names, article)
                                || article
                                        && (countedThenVerb(tokens, i, j)
                                                || roleAfterName(tokens, i, j, names)))) {
                    continue;
                }
                Candidate c = candidates.get(phrase);
                if (c == null) {
                    c = new Candidate(phrase, start, sentence[i], w, known);
                    candidates.put(phrase, c);
                    c.firstToken = i;
                    c.verbal = w == 1 && tokens.get(i).pos().startsWith("v");
                    c.bareVerb = c.verbal && !tokens.get(i).pos().equals("vn");
                    c.topicName = topic;
                    c.meeting = w == 1 && meeting(tokens.get(i).text());
                    c.nounPair =
                            w == 2
                                    && plainNoun(tokens.get(i))
                                    && plainNoun(last)
                                    && last.end() - start <= PLAIN_LENGTH;
                }
                c.occurrence(start);
                if (titleStart >= 0 && start >= titleStart && start < titleEnd) {
                    c.inTitle = true;
                } else if (start < lead) {
                    c.inLead = true;
                }
                // closedness: remember the neighbours of each occurrence
                String left =
                        i > 0
                                        && glues(tokens.get(i - 1), kind[i - 1], stop[i - 1])
                                        && tokens.get(i - 1).end() == start
                                ? tokens.get(i - 1).text()
                                : null;
                String right =
                        j + 1 < n
                                        && glues(tokens.get(j + 1), kind[j + 1], stop[j + 1])
                                        && tokens.get(j + 1).start() == last.end()
                                ? tokens.get(j + 1).text()
                                : null;
                c.neighbour(left, right);
                if (c.nounPair
                        && j + 1 < n
                        && kind[j + 1] >= MODIFIER
                        && !stop[j + 1]
                        && tokens.get(j + 1).start() == last.end()) {
                    c.openPair = true; // 开发区重点 of 开发区重点培育, 周边整车 of 周边整车企业
                }
            }
        }

        List<Candidate> ranked = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            if (c.words > 1 && c.count < 2 && !c.known && c.text.length() > idf.longest()) {
                continue; // a chance neighbourhood the table cannot know
            }
            measure(c, wordOf, wordIdf, centrality);
            if (c.topicName && c.count < 2) {
                continue; // a name said once is left to the entity stage
            }
            if (!c.known && !keep(c, text.length() >= LONG_DOCUMENT, article)) {
                continue;
            }
            c.score = weight(c);
            ranked.add(c);
        }
        ranked.sort(
                Comparator.comparingDouble((Candidate c) -> -c.score)
                        .thenComparingInt(c -> c.first)
                        .thenComparing(c -> c.text));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : ranked) {
            if (chosen.size() >= limit) {
                break;
            }
            if (insideChosen(c, chosen, article)
                    || c.nounPair && !c.inTable && crossesChosen(c, chosen)) {
                continue;
            }
            // a chosen phrase that never occurs outside this longer one was only a fragment of it:
            // 持卡, 卡人
            // before 持卡人
            if (article) {
                chosen.removeIf(k -> c.text.contains(k.text) && k.count <= c.count);
            } else {
                // in one paragraph only when it is found nowhere else and the IDF table does not
                // know it: a piece of a word; one the table knows stays (抗压强度 of 边缘抗压强度)
                chosen.removeIf(
                        k -> c.text.contains(k.text) && allWithin(k, c) && !k.inTable && !k.known);
            }
            chosen.add(c);
        }
        List<KeyPhrase> out = new ArrayList<>(chosen.size());
        for (Candidate c : chosen) {
            out.add(new KeyPhrase(c.text, Math.round(c.score * 1000) / 1000.0, c.count));
        }
        double[] weights = new double[wordIdf.length];
        double best = 0;
        for (int w = 0; w < weights.length; w++) {
            weights[w] = centrality[w] * wordIdf[w];
            best = Math.max(best, weights[w]);
        }
        return new Ranking(out, tokens, wordIds, weights, best);
    }

    /**
     * Mends segmentation slips in technical text: up to {@value #MAX_JOIN} adjacent pieces, at least one of them
     * a single character, that together make a word of the IDF table become that word (储/层 as 储层, 渗透/率 as
     * 渗透率, 基准/面 as 基准面), taken as a noun. The longest such word wins. Words that are already whole are
     * not joined: 国家/主权 stays two words, and its compound is found as a phrase. The unit of a number is not
     * joined either (日/电 of 20日电), nor a one-character verb with the adjective of its result (压/实) or with a
     * whole word after it ({@link #verbAndObject}).
     */
    private List<Token> joinKnownWords(String text, List<Token> tokens, boolean article) {
        int n = tokens.size();
        // each piece is judged once: whether it may be joined, and whether it glues to the piece
        // before it
        boolean[] piece = new boolean[n];
        boolean[] glued = new boolean[n];
        for (int k = 0; k < n; k++) {
            Token t = tokens.get(k);
            piece[k] = joinable(t) && HanScript.onlyHan(t.text());
            glued[k] = k > 0 && tokens.get(k - 1).end() == t.start();
        }
        List<Token> out = null;
        for (int i = 0; i < n; i++) {
            int best = -1;
            if (piece[i] && !unitOfNumber(tokens, i)) {
                boolean single = tokens.get(i).text().length() == 1;
                for (int j = i + 1; j < n && j < i + MAX_JOIN && piece[j] && glued[j]; j++) {
                    Token t = tokens.get(j);
                    single |= t.text().length() == 1;
                    if (t.end() - tokens.get(i).start() > idf.longest()) {
                        break;
                    }
                    if (single
                            && !resultative(tokens.get(i), t)
                            && !verbAndObject(tokens.get(i), tokens.get(i + 1), article)
                            && !Double.isNaN(idf.known(text, tokens.get(i).start(), t.end()))) {
                        best = j;
                    }
                }
            }
            if (best < 0) {
                if (out != null) {
                    out.add(tokens.get(i));
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            int from = tokens.get(i).start();
            int to = tokens.get(best).end();
            String joined = text.substring(from, to);
            out.add(new Token(joined, joinedTag(joined), from, to));
            i = best;
        }
        return out == null ? tokens : out;
    }

    /**
     * The part of speech of a word joined from pieces: a noun, unless the dictionary knows the word first as a
     * verb or an adjective, which then bounds a phrase as one.
     */
    private String joinedTag(String word) {
        String tag = words.mainTag(word);
        return tag != null && (tag.startsWith("v") || tag.startsWith("a")) ? tag : "n";
    }

    /** A one-character copula or modal verb (是, 要, 将): it opens a predicate, never a term. */
    private static boolean modal(Token t) {
        return t.text().length() == 1
                && t.pos().startsWith("v")
                && COPULAS_AND_MODALS.indexOf(t.text().charAt(0)) >= 0;
    }

    /**
     * A one-character verb before a whole word: a verb and its object or the verb it leads (进/社区, 要/带头),
     * not a word the segmenter split. Outside news articles only a modal is kept apart: in technical terms the
     * verb opens the term (抗/氧化).
     */
    private static boolean verbAndObject(Token verb, Token next, boolean article) {
        if (verb.text().length() != 1 || !verb.pos().startsWith("v") || next.text().length() < 2) {
            return false;
        }
        return article || modal(verb);
    }

    /** A one-character verb and the adjective of its result (压/v 实/a): a verb, not a word to mend. */
    private static boolean resultative(Token first, Token last) {
        return first.text().length() == 1 && first.pos().equals("v") && last.pos().startsWith("a");
    }

    /**
     * A piece that may be joined: content words, measure words, morphemes, never a function word. Names are
     * joinable, as the name recogniser's slips are among those mended (宣/nr 传 as 宣传, 苏丹/ns 红 as 苏丹红).
     */
    private static boolean joinable(Token t) {
        char c = t.pos().isEmpty() ? 'x' : t.pos().charAt(0);
        return switch (c) {
            case 'n', 'v', 'a', 'b', 'q', 'g', 'k', 'j', 'x' -> true;
            default -> false;
        };
    }

    private void measure(Candidate c, int[] wordOf, double[] wordIdf, double[] centrality) {
        double sum = 0;
        double rarest = 0;
        double idfSum = 0;
        for (int k = c.firstToken; k < c.firstToken + c.words; k++) {
            sum += centrality[wordOf[k]];
            double v = wordIdf[wordOf[k]];
            rarest = Math.max(rarest, v);
            idfSum += v;
        }
        c.centrality = sum / c.words;
        c.rarest = rarest;
        double tableIdf = c.words == 1 ? wordIdf[wordOf[c.firstToken]] : idf.known(c.text);
        c.inTable =
                c.words == 1
                        ? tableIdf < idf.max() || idf.contains(c.text)
                        : !Double.isNaN(tableIdf);
        c.specificity =
                c.inTable
                        ? tableIdf
                        : c.words == 1
                                ? unknownWordIdf(c.text)
                                : rarest + OTHER_WORDS_SHARE * (idfSum - rarest);
        if (c.words == 1 && !c.inTable && HanScript.onlyHan(c.text) && c.text.length() >= 2) {
            int mid = (c.text.length() + 1) / 2; // a word the table lacks: its rarer half (重点/任务)
            c.rarest = Math.max(idf.idf(c.text.substring(0, mid)), idf.idf(c.text.substring(mid)));
        }
    }

    /** Below this share of noun uses (vn against v in the dictionary), a verb is a verb: 为期 0.02, 供水 0.41. */
    private static final double NOMINAL_VERB_SHARE = 0.2;

    /** A phrase may open with a verb used as a noun this rarely only if it is a term: 履行 0.02, 召开 0.04. */
    private static final double OPENING_VERB_SHARE = 0.05;

    /**
     * Whether the phrase of tokens {@code [i, j]} is a verb with what it governs rather than a term: a bare verb
     * (投产, 为期), a phrase opening with a verb that takes the rest as its object (履行主题教育), or a name
     * followed by its verb, inside the phrase or at its end (市委召开主题教育调查研究, 西藏自治区党委组织部召开).
     * Verbs often used as nouns stay (供水 in 供水工程, 调研), and so does a verb closing a noun (生态修复,
     * 电池回收). One-character verbs are left alone: in technical
     * terms they open the term (抗氧化), and on CSL dev removing them cost a point of recall; in a news article
     * (several paragraphs) they govern the rest (进社区).
     */
    private boolean governs(List<Token> tokens, int i, int j, BitSet names, boolean article) {
        if (i == j) {
            return isVerb(tokens.get(i), NOMINAL_VERB_SHARE);
        }
        if (article && tokens.get(i).text().length() == 1 && tokens.get(i).pos().equals("v")) {
            return true; // in an article a one-character verb opens a predicate: 进社区
        }
        if (isVerb(tokens.get(i), OPENING_VERB_SHARE)) {
            return true;
        }
        if (article && opensPredicate(tokens.get(i))) {
            return true; // 带头调研
        }
        for (int k = i + 1; k <= j; k++) {
            if (names.get(tokens.get(k - 1).end() - 1)
                    && isVerb(tokens.get(k), NOMINAL_VERB_SHARE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * In a news article, a phrase that opens with a counted noun and ends with a verb (单位调研 of 90家单位调研,
     * 企业整改 of 3家企业整改): what was counted and what it did, a clause, not a term such as 问题整改.
     */
    private static boolean countedThenVerb(List<Token> tokens, int i, int j) {
        if (i < 2 || i == j || !tokens.get(j).pos().startsWith("v")) {
            return false;
        }
        Token measure = tokens.get(i - 1);
        Token number = tokens.get(i - 2);
        return measure.pos().startsWith("q")
                && number.pos().startsWith("m")
                && number.end() == measure.start()
                && measure.end() == tokens.get(i).start();
    }

    /**
     * In a news article, a role of people right after a name (常委 of 自治区党委常委): the role of the person
     * named next. An abstract's keyword may be a role (教师, 农民).
     */
    private static boolean roleAfterName(List<Token> tokens, int i, int j, BitSet names) {
        int start = tokens.get(i).start();
        return i == j && start > 0 && names.get(start - 1) && ROLES.contains(tokens.get(i).text());
    }

    /**
     * A meeting named by what it does: a verb before 会 or 会议 (推进会, 座谈会, 部署会议); not 委员会, 博览会, whose
     * first part the dictionary knows first as another word class.
     */
    private boolean meeting(String word) {
        int stem =
                word.endsWith("会议")
                        ? word.length() - 2
                        : word.endsWith("会") ? word.length() - 1 : 0;
        if (stem < 2) {
            return false;
        }
        String tag = words.mainTag(word.substring(0, stem));
        return "v".equals(tag);
    }

    /**
     * In a news article, a word tagged as a verb here that the dictionary seldom uses as a noun (below {@value
     * #NOMINAL_VERB_SHARE}: 带头 0.09) or does not know at all: it governs what follows it.
     */
    private boolean opensPredicate(Token t) {
        // NaN (no verb reading in the dictionary) is no noun share either
        return verbOutsideLexicons(t) && !(words.nominalShare(t.text()) >= NOMINAL_VERB_SHARE);
    }

    /**
     * A word of two or more characters tagged as a verb here that the dictionary uses as a noun less than
     * {@code share} of the time; never a word of the news lexicon or of the user's lexicon.
     */
    private boolean isVerb(Token t, double share) {
        return verbOutsideLexicons(t) && words.nominalShare(t.text()) < share; // false for NaN
    }

    /** A word of two or more characters tagged as a verb here, in neither the news nor the user's lexicon. */
    private boolean verbOutsideLexicons(Token t) {
        return t.pos().equals("v")
                && t.text().length() >= 2
                && !lexicon.contains(t.text())
                && !newsTerms.contains(t.text());
    }

    /**
     * Whether the body goes on in another paragraph after the lead: a news article, whose key phrases are
     * topics, rather than an abstract, whose author keywords are often a method named by a verb (优化, 检测).
     */
    private static boolean severalParagraphs(String text, int leadEnd) {
        if (leadEnd <= 0) {
            return false;
        }
        boolean newLine = false;
        for (int i = leadEnd; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                newLine = true;
            } else if (!Character.isWhitespace(ch)) {
                return newLine;
            }
        }
        return false;
    }

    private boolean keep(Candidate c, boolean longDocument, boolean article) {
        if (article && c.count < 2 && !c.inTitle && c.rarest < ARTICLE_WORD_IDF) {
            return false; // 重点任务, 农村人口: common words said once
        }
        if (c.words == 1) {
            if (longDocument && c.count < 2 && !c.inTitle && !newsTerms.contains(c.text)) {
                return false; // in a whole article a single word said once is no topic of it (实招)
            }
            // a two-character word the table does not know is mostly a segmentation slip (法是, 付制)
            if (!HanScript.onlyHan(c.text)) {
                return c.count >= 2;
            }
            boolean word = c.inTable || c.text.length() >= 3 || newsTerms.contains(c.text);
            if (article) {
                // an article's topics are things: no bare verb (共建), no nominalised verb or noun
                // as common as 改造, 行动, 工厂, 居民, even in the title
                return word
                        && !c.bareVerb
                        && c.specificity >= (c.verbal ? ARTICLE_VERB_IDF : ARTICLE_WORD_IDF);
            }
            return word && (c.inTitle || c.specificity >= MIN_SINGLE_WORD_IDF);
        }
        if (c.count < 2 && !c.inTable && !(c.nounPair && !(article && c.openPair))) {
            return false;
        }

        // not closed: every occurrence has the same noun-like neighbour (肾活血汤 always after 补)
        return c.count < 2 || (c.sameLeft.isEmpty() && c.sameRight.isEmpty());
    }

    /** Whether the phrase {@code [start, end)} begins or ends inside a name: 智联董事长 of 星河智联董事长. */
    private static boolean cutsName(BitSet names, int start, int end) {
        return start > 0 && names.get(start - 1) && names.get(start)
                || names.get(end - 1) && names.get(end);
    }

    /** A neighbour that would make a longer phrase with its neighbour rather than stand apart from it. */
    private static boolean glues(Token t, byte kind, boolean stop) {
        return kind >= WORD && kind != MODIFIER && !stop
                || kind == MODIFIER && t.text().length() == 1;
    }

    /**
     * A word the table does not know (主题教育 kept whole by the segmenter): as rare as the rarer of its two
     * halves plus a share of the other, never more than the table's highest value.
     */
    private double unknownWordIdf(String word) {
        if (!HanScript.onlyHan(word) || word.length() < 2) {
            return idf.idf(word);
        }
        int mid = (word.length() + 1) / 2;
        double a = idf.idf(word.substring(0, mid));
        double b = idf.idf(word.substring(mid));
        return Math.min(idf.idf(word), Math.max(a, b) + OTHER_WORDS_SHARE * Math.min(a, b));
    }

    private double weight(Candidate c) {
        double position = c.inTitle ? TITLE_BOOST : c.inLead ? LEAD_BOOST : 1.0;
        position *= 1.0 + FIRST_SENTENCE_BONUS / (1 + c.firstSentence);
        double lex = c.known ? LEXICON_BOOST : c.meeting ? MEETING_WEIGHT : 1.0;
        double length = 1.0 / (1 + LENGTH_PENALTY * Math.max(0, c.text.length() - PLAIN_LENGTH));
        return (1 + Math.log(c.count))
                * c.specificity
                * (CENTRALITY_FLOOR + c.centrality)
                * position
                * lex
                * length;
    }

    /**
     * A phrase inside a chosen, better one. In a text of one paragraph (an abstract, a brief) a phrase said
     * more often than the chosen one that holds it stands on its own: 抗压强度 said three times beside
     * 混凝土抗压强度 said once (CSL dev micro R@10 0.369 -> 0.378), unless it is a single word as common as
     * 系统 (IDF under {@value #ARTICLE_WORD_IDF}). In an article it is dropped all the same:
     * there the shorter one is mostly a common word of several phrases (生态 of 河湖生态环境 and 生态修复). A
     * longer phrase that contains a chosen one stays: it ranks lower, so the chosen one is no fragment of a
     * better phrase, and readers tag both (智能网联汽车 and 智能网联汽车联合实验室).
     */
    /** Whether every occurrence of {@code k} lies inside an occurrence of {@code c}. */
    private static boolean allWithin(Candidate k, Candidate c) {
        for (int i = 0; i < k.count; i++) {
            int a = k.starts[i];
            int b = a + k.text.length();
            boolean in = false;
            for (int j = 0; j < c.count && !in; j++) {
                in = c.starts[j] <= a && b <= c.starts[j] + c.text.length();
            }
            if (!in) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideChosen(Candidate c, List<Candidate> chosen, boolean article) {
        for (Candidate k : chosen) {
            if (k.text.contains(c.text)
                    && (article
                            || c.count <= k.count
                            || c.words == 1 && c.specificity < ARTICLE_WORD_IDF)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every occurrence of the phrase crosses an occurrence of a chosen, better one, each holding part of
     * the other: 旅游精品 beside 乡村旅游 in 乡村旅游精品线路. The two are readings of one stretch of text, and
     * the better reading stands for it.
     */
    private static boolean crossesChosen(Candidate c, List<Candidate> chosen) {
        for (int i = 0; i < c.count; i++) {
            int a = c.starts[i];
            int b = a + c.text.length();
            boolean crossed = false;
            for (Candidate k : chosen) {
                for (int j = 0; j < k.count && !crossed; j++) {
                    int x = k.starts[j];
                    int y = x + k.text.length();
                    crossed = a < x && x < b && b < y || x < a && a < y && y < b;
                }
            }
            if (!crossed) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------------
    // the word graph

    private static double[] textRank(
            List<Token> tokens,
            byte[] kind,
            int[] sentence,
            int[] wordOf,
            int words,
            int titleStart,
            int titleEnd) {
        double[] restart = new double[words];
        long[] pairs = new long[Math.max(16, tokens.size() * WINDOW * 2)];
        int pairCount = 0;
        int[] window = new int[WINDOW];
        int filled = 0;
        int lastSentence = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (wordOf[i] < 0 || kind[i] < MODIFIER) {
                continue;
            }
            int w = wordOf[i];
            Token t = tokens.get(i);
            boolean title = titleStart >= 0 && t.start() >= titleStart && t.start() < titleEnd;
            restart[w] += (title ? 3.0 : 1.0) / (1.0 + sentence[i]);
            if (sentence[i] != lastSentence) {
                filled = 0;
                lastSentence = sentence[i];
            }
            for (int k = 0; k < Math.min(filled, WINDOW); k++) {
                int o = window[k];
                if (o != w) {
                    pairs[pairCount++] = ((long) w << 32) | o;
                    pairs[pairCount++] = ((long) o << 32) | w;
                }
            }
            window[filled % WINDOW] = w;
            filled++;
        }
        double total = 0;
        for (double r : restart) {
            total += r;
        }
        double[] rank = new double[words];
        if (total == 0) {
            return rank;
        }
        for (int i = 0; i < words; i++) {
            restart[i] /= total;
            rank[i] = restart[i];
        }
        // the graph in compressed rows: from[i]..from[i+1] index the neighbours of word i and their
        // weights
        Arrays.sort(pairs, 0, pairCount);
        int[] from = new int[words + 1];
        int[] nbr = new int[pairCount];
        double[] wt = new double[pairCount];
        double[] outWeight = new double[words];
        int edges = 0;
        for (int k = 0; k < pairCount; k++) {
            int a = (int) (pairs[k] >>> 32);
            int b = (int) pairs[k];
            if (edges > 0 && k > 0 && pairs[k] == pairs[k - 1]) {
                wt[edges - 1]++;
            } else {
                nbr[edges] = b;
                wt[edges] = 1;
                from[a + 1] = edges + 1;
                edges++;
            }
            outWeight[a]++;
        }
        for (int i = 1; i <= words; i++) {
            from[i] = Math.max(from[i], from[i - 1]);
        }
        double[] next = new double[words];
        for (int it = 0; it < ITERATIONS; it++) {
            double change = 0;
            double dangling = 0;
            for (int i = 0; i < words; i++) {
                if (outWeight[i] == 0) {
                    dangling += rank[i];
                }
            }
            for (int i = 0; i < words; i++) {
                next[i] = (1 - DAMPING + DAMPING * dangling) * restart[i];
            }
            for (int i = 0; i < words; i++) {
                if (outWeight[i] == 0) {
                    continue;
                }
                double share = DAMPING * rank[i] / outWeight[i];
                for (int k = from[i]; k < from[i + 1]; k++) {
                    next[nbr[k]] += share * wt[k];
                }
            }
            for (int i = 0; i < words; i++) {
                change += Math.abs(next[i] - rank[i]);
            }
            double[] tmp = rank;
            rank = next;
            next = tmp;
            if (change < CONVERGED) {
                break;
            }
        }
        double max = 0;
        for (double r : rank) {
            max = Math.max(max, r);
        }
        for (int i = 0; i < words; i++) {
            rank[i] = max == 0 ? 0 : rank[i] / max;
        }
        return rank;
    }

    // ---------------------------------------------------------------------------------------------------
    // word classes

    /** Ends a sentence. */
    private static final byte END = 0;

    /** Breaks a run of words: punctuation, numbers, function words, stop words. */
    private static final byte BREAK = 1;

    /** May stand inside a phrase but carries no content of its own: 期 in 收缩期, 内 in 血管内皮. */
    private static final byte WORD = 2;

    /** Adjectives, distinguishing words and verbs: content, but a phrase of one of them alone is rare. */
    private static final byte MODIFIER = 3;

    /** Nouns and noun-like words. */
    private static final byte NOUNISH = 4;

    private byte classify(Token t, boolean stop) {
        String w = t.text();
        String p = t.pos();
        if (p.startsWith("w")) {
            return isSentenceEnd(w) ? END : BREAK;
        }
        if (lexicon.contains(w)) {
            return NOUNISH;
        }
        if (stop && w.length() < 2 || modal(t)) {
            return BREAK; // a modal leads into a predicate: 干部要带头
        }
        if (!isWordText(w)) {
            return BREAK;
        }
        char c = p.isEmpty() ? 'x' : p.charAt(0);
        switch (c) {
            case 'n', 'j', 'l', 'g', 's':
                if (p.equals("nx") && !hasLetter(w)) {
                    return BREAK;
                }
                return p.equals("ng") || p.equals("g") ? WORD : NOUNISH;
            case 'v':
                if (p.equals("vd")) {
                    return BREAK; // a verb used as an adverb leads into a predicate: 持续回暖
                }
                return p.equals("vn") ? NOUNISH : p.equals("vg") ? WORD : MODIFIER;
            case 'a':
                return p.equals("an") ? NOUNISH : p.equals("ad") ? BREAK : MODIFIER;
            case 'b':
                return MODIFIER;
            case 't':
                return HanScript.onlyHan(w) && w.length() >= 2 ? MODIFIER : BREAK;
            case 'f', 'k', 'q':
                return HanScript.onlyHan(w) && w.length() == 1 ? WORD : BREAK;
            case 'x':
                return HanScript.onlyHan(w)
                        ? WORD
                        : BREAK; // a rare character of a technical name: 苷 in 芍药苷
            default:
                return BREAK;
        }
    }

    private boolean mayStart(Token t, byte kind, boolean stop) {
        String p = t.pos();
        if (stop && !lexicon.contains(t.text())) {
            return false;
        }
        return kind >= MODIFIER || p.startsWith("ng") || p.startsWith("g");
    }

    /** A single character right after a number is its unit, not the start of a phrase: 日电 in 20日电. */
    private static boolean unitOfNumber(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (i == 0 || t.text().length() != 1) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return before.end() == t.start() && before.pos().startsWith("m");
    }

    private boolean mayEnd(Token t, byte kind, int words, boolean stop) {
        if (stop) {
            return false;
        }
        String p = t.pos();
        if (kind == NOUNISH) {
            return true;
        }
        if (kind == WORD) {
            return words > 1 && !p.startsWith("f");
        }
        if (t.text().length() == 1 && COPULAS_AND_MODALS.indexOf(t.text().charAt(0)) >= 0) {
            return false; // 国家主权是, 沉淀法可: the clause goes on after them
        }
        return p.startsWith("v") || (p.equals("b") && words > 1);
    }

    /**
     * Whether a phrase ending with token {@code j} would end inside a word the segmenter cut: its last character
     * and the one-character content word right after it make a common word (社区商业网|点, 网点). Locatives and
     * function words after it are left alone (市场|上 stays 市场, though 场上 is a word).
     */
    /** {@link #endsInsideAWord}, worked out once per word: {@code memo[j]} 0 unknown, 1 no, 2 yes. */
    private boolean endsInside(byte[] memo, List<Token> tokens, int j) {
        if (memo[j] == 0) {
            memo[j] = endsInsideAWord(tokens, j) ? (byte) 2 : (byte) 1;
        }
        return memo[j] == 2;
    }

    private boolean endsInsideAWord(List<Token> tokens, int j) {
        if (j + 1 >= tokens.size()) {
            return false;
        }
        Token last = tokens.get(j);
        Token next = tokens.get(j + 1);
        if (next.start() != last.end() || next.text().length() != 1 || last.text().length() < 2) {
            return false;
        }
        String p = next.pos();
        if (p.isEmpty() || "fupcdrwyeo".indexOf(p.charAt(0)) >= 0) {
            return false;
        }
        return words.isCommonWord(last.text().substring(last.text().length() - 1) + next.text());
    }

    /** Whether a word is a place or person name that {@link #maySingle} leaves to the entity stage. */
    private static boolean topicName(Token t, byte kind) {
        return kind == NOUNISH
                && t.text().length() >= 2
                && (t.pos().startsWith("ns") || t.pos().startsWith("nr"));
    }

    private boolean maySingle(Token t, byte kind) {
        String p = t.pos();
        if (kind != NOUNISH || t.text().length() < 2) {
            return p.startsWith("v")
                    && !p.equals("vn")
                    && t.text().length() >= 2
                    && kind == MODIFIER
                    && idf.idf(t.text()) >= MIN_SINGLE_WORD_IDF + 2;
        }
        // a lone place or organisation name is reported as an entity, not as a key phrase (but see
        // topicName)
        return !p.startsWith("ns")
                && !p.startsWith("nt")
                && !p.startsWith("nr")
                && !p.equals("s")
                && (!p.equals("nx") || t.text().length() >= 3);
    }

    private static boolean isSentenceEnd(String w) {
        for (int i = 0; i < w.length(); i++) {
            switch (w.charAt(i)) {
                case '。', '！', '？', '；', '!', '?', ';', '.':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    private static boolean isWordText(String w) {
        boolean han = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (HanScript.isHan(c)) {
                han = true;
            } else if (!Character.isLetterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return han || hasLetter(w);
    }

    /**
     * A short common noun, two or three characters (not a name, not a bound morpheme): two of them side by side
     * make a compound even when said once (学校教育, 文化符号); two longer ones are two terms that happen to meet
     * (主题教育调查研究).
     */
    private static boolean plainNoun(Token t) {
        String p = t.pos();
        return t.text().length() >= 2
                && t.text().length() <= 3
                && (p.equals("n")
                        || p.equals("nz")
                        || p.equals("vn")
                        || p.equals("nl")
                        || p.equals("gm"));
    }

    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                return true;
            }
        }
        return false;
    }

    private static final class Candidate {
        final String text;
        final int first;
        final int firstSentence;
        final int words;
        final boolean known;
        int count;

        /** Where each occurrence starts, the first {@link #count} entries. */
        int[] starts = new int[2];

        boolean inTitle;
        boolean inLead;
        boolean inTable;
        boolean nounPair;

        /** A single word naming a meeting by what it does (推进会). */
        boolean meeting;

        /** A single word tagged as a verb (供水, 改造/vn). */
        boolean verbal;

        /** A single word tagged as a verb and not as a verb used as a noun (共建). */
        boolean bareVerb;

        /** A lone place or person name taken as a topic ({@link KeyPhraseExtractor#topicName}). */
        boolean topicName;

        /** The IDF of its rarest word. */
        double rarest;

        /** A noun pair said once that runs on into a content word: part of a longer phrase or clause. */
        boolean openPair;

        int firstToken;
        double centrality;
        double specificity;
        double score;

        /** The left neighbour shared by every occurrence so far; "" once they differ or one has none. */
        String sameLeft;

        String sameRight;

        Candidate(String text, int first, int firstSentence, int words, boolean known) {
            this.text = text;
            this.first = first;
            this.firstSentence = firstSentence;
            this.words = words;
            this.known = known;
        }

        /** Counts one more occurrence, starting at {@code start}. */
        void occurrence(int start) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = start;
        }

        void neighbour(String left, String right) {
            sameLeft = merge(sameLeft, left, count == 1);
            sameRight = merge(sameRight, right, count == 1);
        }

        private static String merge(String so, String now, boolean firstTime) {
            if (firstTime) {
                return now == null ? "" : now;
            }
            return so != null && so.equals(now) ? so : "";
        }
    }
}
