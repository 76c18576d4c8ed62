package io.github.zhnews.internal.entity;

import io.github.zhnews.internal.document.CoreLexicon;
import io.github.zhnews.internal.resources.WordLists;
import io.github.zhnews.internal.text.HanScript;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.EntityType;
import io.github.zhnews.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds organisation names with a grammar of Chinese organisation names over the segmented text.
 *
 * <p>Three sources, longest span wins: known names (gazetteer, media outlets, the user's own);
 * titles in 《》 that name a newspaper, magazine or site; and the structure grammar, which takes a word that
 * ends like an organisation (党委, 组织部, 有限公司, 大学, 日报, 指导组...) and extends it to the left
 * over place names, other organisation names, proper nouns, ordinals (第十二) and a bracketed place
 * (（深圳）), so that nested names stay whole: 西藏自治区党委组织部, 中国共产党第十一次全国代表大会.
 * A name must open with a proper part (a place, an organisation, a proper noun, 中央, 国家...); names that
 * open with an administrative level (自治区党委) are short forms, and bare endings (组织部) are kept only
 * when a full name in the same text ends with them.
 */
final class OrganizationRecognizer {
    /** Levels of government that open a short form (自治区商务厅) or join a place to a name. */
    static final Set<String> ADMIN_LEVELS = WordLists.set("lists/admin-levels.tsv", "org");

    /** Words that open a name as a place would. */
    private static final Set<String> PROPER_OPENERS =
            WordLists.set("lists/org-openers.tsv", "proper");

    /** Openers of national and international bodies, also inside one word: 中央人民广播电台, 全国人大. */
    private static final List<String> NATIONAL_OPENERS =
            WordLists.list("lists/org-openers.tsv", "national");

    /** Common words that never belong inside a name. */
    private static final Set<String> NEVER_INSIDE = WordLists.set("lists/org-never-inside.txt");

    /** Single characters that end a geographic name inside an organisation's name: 深圳湾, 洱海, 长江. */
    private static final WordLists.CharSet GEOGRAPHIC =
            WordLists.chars("lists/place-end-chars.tsv", "geographic");

    /** Tags of single characters that only occur inside longer words (morphemes). */
    private static final Set<String> BOUND_TAGS =
            Set.of("vg", "ng", "ag", "tg", "dg", "g", "n", "j", "b", "k", "x");

    /** Endings that 工作 may precede inside a name (台湾工作办公室), though 工作 is otherwise never inside. */
    private static final Set<String> WORK_BODIES =
            WordLists.set("lists/org-task-bodies.tsv", "work");

    /** Verbs that stand before an organisation name rather than inside it (来到, 成立, 参加). */
    private static final Set<String> VERBS_BEFORE_NAMES =
            WordLists.set("lists/org-verbs-before.txt");

    /** Levels of autonomous areas (自治区, 自治旗), which end a place written as one word. */
    private static final List<String> AUTONOMOUS =
            WordLists.list("lists/admin-levels.tsv", "autonomous");

    /** A word of Han characters only, by their Unicode script as in a regular expression. */
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");

    private static final Pattern ORDINAL = Pattern.compile("第[0-9一二三四五六七八九十百零〇两]+[次届]?");

    /** Endings of the names of newspapers and broadcasters, for a title in book brackets: 《文汇报》. */
    private static final List<String> MEDIA_ENDINGS =
            WordLists.list("lists/org-media-endings.tsv", "title");

    /** The media title pattern, built from its list on first use (the list itself is read at build()). */
    private static final class MediaTitle {
        static final Pattern PATTERN =
                Pattern.compile(
                        ".{1,12}("
                                + String.join(
                                        "|", MEDIA_ENDINGS.stream().map(Pattern::quote).toList())
                                + ")");
    }

    private final OrganizationLexicon lexicon;

    private final CoreLexicon words;

    /**
     * No organisation name is longer than this many characters: the walk back from an ending stops there, so
     * that text dense with endings (公司协会集团...) costs time linear in its length.
     */
    private static final int MAX_NAME = 50;

    OrganizationRecognizer(OrganizationLexicon lexicon, CoreLexicon words) {
        this.lexicon = lexicon;
        this.words = words;
    }

    List<NameSpan> find(String text, List<Token> tokens) {
        List<NameSpan> found = new ArrayList<>();
        findMediaTitles(text, found);
        findKnownNames(text, tokens, found);
        List<NameSpan> companies = new ArrayList<>();
        for (int j = 0; j < tokens.size(); j++) {
            NameSpan s = byGrammar(text, tokens, j);
            if (s != null) {
                found.add(s);
                if (s.form() == NameSpan.Form.FULL
                        && Entity.Kind.COMPANY
                                == (kindOfSuffix(
                                        lexicon.suffixOf(text.substring(s.start(), s.end()))))) {
                    companies.add(s);
                }
            }
        }
        findBrands(text, tokens, companies, found);
        findTeams(text, tokens, found);
        return found;
    }

    /** Longest team name on either side of "vs" (characters). */
    private static final int MAX_TEAM = 10;

    /**
     * Teams on either side of "vs" in sports news: 那不勒斯vs锡耶纳, 汉诺威96队 VS 卡尔斯鲁厄队. A team is the run
     * of words glued to "vs" (one space allowed) up to a function word, a verb of two or more characters,
     * punctuation or a number that is not part of the name (1、国米).
     */
    private static void findTeams(String text, List<Token> tokens, List<NameSpan> out) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).text().equalsIgnoreCase("vs")) {
                continue;
            }
            int first = i;
            while (first - 1 >= 0
                    && gap(text, tokens.get(first - 1).end(), tokens.get(first).start(), first == i)
                    && isTeamPart(tokens, first - 1)
                    && tokens.get(i - 1).end() - tokens.get(first - 1).start() <= MAX_TEAM) {
                first--;
            }
            if (first < i && tokens.get(i - 1).end() - tokens.get(first).start() >= 2) {
                out.add(
                        new NameSpan(
                                tokens.get(first).start(),
                                tokens.get(i - 1).end(),
                                EntityType.ORGANIZATION,
                                NameSpan.Form.FULL));
            }
            int last = i;
            while (last + 1 < tokens.size()
                    && gap(text, tokens.get(last).end(), tokens.get(last + 1).start(), last == i)
                    && isTeamPart(tokens, last + 1)
                    && tokens.get(last + 1).end() - tokens.get(i + 1).start() <= MAX_TEAM) {
                last++;
            }
            if (last > i && tokens.get(last).end() - tokens.get(i + 1).start() >= 2) {
                out.add(
                        new NameSpan(
                                tokens.get(i + 1).start(),
                                tokens.get(last).end(),
                                EntityType.ORGANIZATION,
                                NameSpan.Form.FULL));
            }
        }
    }

    /** Whether two tokens are glued, or (next to "vs") one space apart. */
    private static boolean gap(String text, int end, int start, boolean besideVs) {
        return start == end || besideVs && start == end + 1 && text.charAt(end) == ' ';
    }

    private static boolean isTeamPart(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        String p = t.pos();
        if (p.startsWith("m")) { // 汉诺威96队, but not the 1 of 1、国米
            return t.text().chars().allMatch(Character::isDigit)
                    && k + 1 < tokens.size()
                    && tokens.get(k + 1).text().equals("队")
                    && tokens.get(k + 1).start() == t.end();
        }
        if (!isHan(t.text())
                || p.startsWith("w")
                || p.startsWith("p")
                || p.startsWith("c")
                || p.startsWith("u")
                || p.startsWith("d")
                || p.startsWith("r")
                || p.startsWith("y")
                || p.startsWith("f")
                || p.startsWith("t")
                || p.startsWith("e")
                || p.startsWith("o")) {
            return false;
        }
        return t.text().length() == 1 || !p.startsWith("v");
    }

    /**
     * Later mentions of a company by its brand: 星河智联 after 星河智联（深圳）科技有限公司. The brand is what
     * stands before the bracketed place, or the name's first word.
     */
    private static void findBrands(
            String text, List<Token> tokens, List<NameSpan> companies, List<NameSpan> out) {
        java.util.Map<String, String> brands = new java.util.LinkedHashMap<>();
        for (NameSpan c : companies) {
            String name = text.substring(c.start(), c.end());
            int bracket = Math.max(name.indexOf('（'), name.indexOf('('));
            String brand = null;
            if (bracket >= 2) {
                brand = name.substring(0, bracket);
            } else {
                int k = tokenAt(tokens, c.start());
                if (k >= 0) {
                    Token t = tokens.get(k);
                    brand = t.text().length() >= 2 && t.end() < c.end() ? t.text() : null;
                }
            }
            // 国家 in 国家集团 or 中国 in 中国集团 is no brand: later mentions of it name no company
            if (brand != null
                    && isHan(brand)
                    && !PROPER_OPENERS.contains(brand)
                    && !ADMIN_LEVELS.contains(brand)) {
                brands.putIfAbsent(brand, name);
            }
        }
        if (brands.isEmpty()) {
            return;
        }
        for (Token t : tokens) {
            for (java.util.Map.Entry<String, String> b : brands.entrySet()) {
                if (text.startsWith(b.getKey(), t.start())) {
                    int end = t.start() + b.getKey().length();
                    out.add(
                            new NameSpan(
                                    t.start(),
                                    end,
                                    EntityType.ORGANIZATION,
                                    NameSpan.Form.BARE,
                                    b.getValue()));
                }
            }
        }
    }

    /** The index of the token that starts at {@code offset}, or -1; tokens are in text order. */
    private static int tokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = tokens.get(mid).start();
            if (start == offset) {
                return mid;
            }
            if (start < offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** 《光明日报》: the title inside the brackets when it names a newspaper, magazine, station or site. */
    void findMediaTitles(String text, List<NameSpan> out) {
        int open = text.indexOf('《');
        while (open >= 0) {
            int close = text.indexOf('》', open + 1);
            if (close < 0) {
                return;
            }
            String title = text.substring(open + 1, close);
            if (title.indexOf('《') < 0
                    && title.length() >= 2
                    && title.length() <= 14
                    && (lexicon.isMedia(title) || MediaTitle.PATTERN.matcher(title).matches())) {
                out.add(new NameSpan(open + 1, close, EntityType.ORGANIZATION, NameSpan.Form.FULL));
            }
            open = text.indexOf('《', close + 1);
        }
    }

    /** Gazetteer names that start and end on word boundaries. */
    private void findKnownNames(String text, List<Token> tokens, List<NameSpan> out) {
        java.util.BitSet ends = new java.util.BitSet(text.length() + 1);
        for (Token t : tokens) {
            ends.set(t.end());
        }
        for (Token t : tokens) {
            int s = t.start();
            for (String name : lexicon.namesStartingWith(text.charAt(s))) { // longest first
                if (ends.get(s + name.length()) && text.startsWith(name, s)) {
                    out.add(
                            new NameSpan(
                                    s,
                                    s + name.length(),
                                    EntityType.ORGANIZATION,
                                    NameSpan.Form.FULL));
                    break;
                }
            }
        }
    }

    private NameSpan byGrammar(String text, List<Token> tokens, int j) {
        Token head = tokens.get(j);
        String word = head.text();
        boolean ministry = false;
        if (word.length() >= 4
                && word.endsWith("部长")
                && isHan(word)
                && !word.startsWith("副")
                && !word.endsWith("副部长")) {
            // 司法部长, 商务部长: a ministry run together with its minister's title; the name is 司法部
            head =
                    new Token(
                            word.substring(0, word.length() - 1),
                            "n",
                            head.start(),
                            head.end() - 1);
            word = head.text();
            ministry = true;
        }
        if (word.equals("委")
                && j > 0
                && tokens.get(j - 1).end() == head.start()
                && tokens.get(j - 1).pos().startsWith("ns")
                && tokens.get(j - 1).text().length() >= 2
                && ADMIN_LEVELS.contains(
                        tokens.get(j - 1)
                                .text()
                                .substring(tokens.get(j - 1).text().length() - 1))) {
            // 化州市/ns 委/j: the Party committee of a city or county, cut after its place
            Token place = tokens.get(j - 1);
            head = new Token(place.text() + word, "nt", place.start(), head.end());
            word = head.text();
            j--;
        }
        if (word.equals("部长")
                && j > 0
                && tokens.get(j - 1).end() == head.start()
                && tokens.get(j - 1).text().length() == 2
                && isHan(tokens.get(j - 1).text())
                && (tokens.get(j - 1).pos().equals("j")
                        || tokens.get(j - 1).pos().equals("n")
                        || tokens.get(j - 1).pos().equals("vn"))
                && !ACTING.contains(tokens.get(j - 1).text())) {
            // 芬兰/ns 农林/j 部长/n: the ministry is 农林部, run together with its minister's title
            Token field = tokens.get(j - 1);
            head = new Token(field.text() + "部", "n", field.start(), head.start() + 1);
            word = head.text();
            j--;
            ministry = true;
        }
        boolean taggedOrg = head.pos().startsWith("nt");
        String suffix = lexicon.suffixOf(word);
        if (suffix == null && !taggedOrg) {
            return null;
        }
        if (isVerbal(head.pos())
                || startsWithNumber(word)
                || containsNever(word)
                || lexicon.isCommonNoun(word)) {
            return null;
        }
        if (suffix != null && suffix.length() == 1 && word.length() == 2 && !taggedOrg) {
            // the one-character endings of org-suffixes.txt (部 党 队 处...) end many common
            // two-character words
            return null; // 西部, 干部, 到处, 排队, 入党: a two-character word, not a name's ending
        }
        if (suffix != null && suffix.length() == 1 && j + 1 < tokens.size()) {
            Token next = tokens.get(j + 1);
            if (next.start() == head.end()
                    && next.text().length() == 1
                    && isHan(next.text())
                    && BOUND_TAGS.contains(next.pos())) {
                return null; // 网 in 智能网联汽车: the ending is the start of a longer word
            }
        }
        boolean company = Entity.Kind.COMPANY == (kindOfSuffix(suffix));
        boolean bracketed = false;
        int k = j; // leftmost token included so far
        int startTok = -1; // leftmost token that may open the name
        while (k - 1 >= 0 && head.end() - tokens.get(k - 1).start() <= MAX_NAME) {
            Token t = tokens.get(k - 1);
            if (t.end() != tokens.get(k).start()) {
                break; // whitespace or a removed line between: not one name
            }
            if (isProper(t)) {
                k--;
                startTok = k;
            } else if (t.pos().startsWith("nr")
                    && t.text().length() >= 2
                    && suffix != null
                    && FOREIGN_BODIES.contains(suffix)
                    && PersonPlaceRecognizer.isTransliterated(t.text())) {
                k--; // 英国/ns 雷丁/nr 大学: a foreign proper noun the name recogniser took for a person
                startTok = k;
            } else if (t.text().equals("驻")
                    && startTok == k
                    && k - 2 >= 0
                    && suffix != null
                    && MISSIONS.contains(suffix)
                    && tokens.get(k - 2).end() == t.start()
                    && isProper(tokens.get(k - 2))) {
                k--; // 中国驻波兰大使馆: the sending country before 驻 and the host country
            } else if (company && isCompanyPart(t)) {
                k--;
                if (bracketed) {
                    startTok = k; // a brand before a bracketed place: 星河智联（深圳）
                }
            } else if (ADMIN_LEVELS.contains(t.text())
                    || isInnerWord(t)
                    || t.text().equals("工作") && k == j && WORK_BODIES.contains(word)) {
                k--; // 工作 inside 台湾工作办公室, 驻村工作队
            } else if (ordinalStart(tokens, k - 1) >= 1
                    && isNamePart(tokens.get(ordinalStart(tokens, k - 1) - 1))) {
                k = ordinalStart(tokens, k - 1);
            } else if (isClosingBracket(t.text())) {
                int open = bracketedPlaceStart(tokens, k - 1);
                if (open < 0) {
                    break;
                }
                k = open;
                bracketed = true;
            } else {
                break;
            }
        }
        if (startTok >= 0) {
            int start = tokens.get(startTok).start();
            String name = text.substring(start, head.end());
            boolean shortForm = ADMIN_LEVELS.stream().anyMatch(name::startsWith);
            return new NameSpan(
                    start,
                    head.end(),
                    EntityType.ORGANIZATION,
                    shortForm ? NameSpan.Form.ADMIN_SHORT : NameSpan.Form.FULL);
        }
        // no proper opener: the head alone, or an administrative short form such as 自治区商务厅
        for (int first = k; company && first < j; first++) {
            if (head.start() - tokens.get(first).start() > lexicon.longestName()) {
                continue; // longer than any known name: no substring to build (linear on 公司公司公司...)
            }
            if (lexicon.isKnownName(text.substring(tokens.get(first).start(), head.start()))) {
                // 微/ag 软/a 公司: a known company cut into pieces by the segmenter
                return new NameSpan(
                        tokens.get(first).start(),
                        head.end(),
                        EntityType.ORGANIZATION,
                        NameSpan.Form.FULL);
            }
        }
        if (company && k < j && word.equals(suffix)) {
            // 成飞/j 公司, 花旗 集团: a brand of words the dictionary does not know as ordinary words
            int first = j;
            boolean unknown = false;
            while (first - 1 >= k
                    && isBrandPart(tokens.get(first - 1))
                    && head.start() - tokens.get(first - 1).start() <= 6) {
                first--;
                String tag = tokens.get(first).pos();
                unknown |=
                        !words.isCommonWord(tokens.get(first).text())
                                || tag.equals("j")
                                || tag.equals("nz")
                                || tag.startsWith("nr")
                                || tag.equals("nx");
            }
            if (first < j && unknown && head.start() - tokens.get(first).start() >= 2) {
                return new NameSpan(
                        tokens.get(first).start(),
                        head.end(),
                        EntityType.ORGANIZATION,
                        NameSpan.Form.FULL);
            }
        }
        if (k < j && suffix != null && MULTI_WORD_BODIES.contains(suffix)) {
            // 旅游专项治理办公室, 卫生装备研究所: a body named by what it does, with no place in front
            int first = k;
            while (first < j && !isContentOpener(tokens.get(first))) {
                first++;
            }
            int len = head.end() - tokens.get(first).start();
            if (first < j && len >= word.length() + 2 && len <= 16) {
                return new NameSpan(
                        tokens.get(first).start(),
                        head.end(),
                        EntityType.ORGANIZATION,
                        NameSpan.Form.FULL);
            }
        }
        int adminTok = -1;
        for (int i = j - 1; i >= k && adminTok < 0; i--) {
            String w = tokens.get(i).text();
            if (ADMIN_LEVELS.contains(w)
                    || w.length() >= 2
                            && ADMIN_LEVELS.contains(w.substring(0, 1))
                            && w.endsWith("委")
                            && lexicon.suffixOf(w) != null) {
                adminTok = i; // 自治区 商务厅; 省委/n 宣传部
            }
        }
        if (adminTok >= 0) {
            return new NameSpan(
                    tokens.get(adminTok).start(),
                    head.end(),
                    EntityType.ORGANIZATION,
                    NameSpan.Form.ADMIN_SHORT);
        }
        for (String level : ADMIN_LEVELS) {
            if (word.startsWith(level)
                    && (word.length() > level.length() + 1
                            || word.length() == level.length() + 1
                                    && word.endsWith("委"))) { // 市委, 县委
                return new NameSpan(
                        head.start(),
                        head.end(),
                        EntityType.ORGANIZATION,
                        NameSpan.Form.ADMIN_SHORT);
            }
        }
        if (lexicon.isNotName(word)) {
            return null;
        }
        boolean bare = suffix != null && word.equals(suffix);
        if (ministry) {
            return new NameSpan(
                    head.start(), head.end(), EntityType.ORGANIZATION, NameSpan.Form.FULL);
        }
        if (suffix != null
                && !bare
                && k == j
                && word.length() >= suffix.length() + 2
                && NATIONAL_OPENERS.stream().anyMatch(word::startsWith)) {
            // 中央人民广播电台/n: one word that opens like a national body and ends like one
            return new NameSpan(
                    head.start(), head.end(), EntityType.ORGANIZATION, NameSpan.Form.FULL);
        }
        if (head.pos().equals("j") && word.length() >= 3 && suffix != null && !bare) {
            return new NameSpan(
                    head.start(), head.end(), EntityType.ORGANIZATION, NameSpan.Form.FULL); // 中联部
        }
        if (taggedOrg && word.length() >= 3 && !bare && !company) {
            return new NameSpan(
                    head.start(), head.end(), EntityType.ORGANIZATION, NameSpan.Form.FULL);
        }
        return new NameSpan(head.start(), head.end(), EntityType.ORGANIZATION, NameSpan.Form.BARE);
    }

    /** Endings of bodies abroad that are often named after a place or a founder: 雷丁大学, 塔宾根大学. */
    private static final Set<String> FOREIGN_BODIES =
            WordLists.set("lists/org-foreign-bodies.tsv", "org");

    /** Words before 部长 that qualify the minister, not the ministry: 代理部长. */
    private static final Set<String> ACTING = WordLists.set("lists/org-acting.txt");

    /** Endings of a body sent abroad or elsewhere, named 甲驻乙...: 中国驻波兰大使馆, 八路军驻重庆办事处. */
    private static final Set<String> MISSIONS = WordLists.set("lists/org-missions.txt");

    /** Endings of bodies that are often named by their task alone, without a place: 办公室, 研究所, 委员会. */
    private static final Set<String> MULTI_WORD_BODIES =
            WordLists.set("lists/org-task-bodies.tsv", "multi-word");

    /** A word that may open a name with no place in front: a noun-like content word, not a bare level. */
    private boolean isContentOpener(Token t) {
        String p = t.pos();
        return (p.equals("n")
                        || p.equals("vn")
                        || p.equals("an")
                        || p.equals("nz")
                        || p.equals("b")
                        || p.equals("l"))
                && t.text().length() >= 2
                && !ADMIN_LEVELS.contains(t.text())
                && !lexicon.isCommonNoun(t.text());
    }

    private Entity.Kind kindOfSuffix(String suffix) {
        return suffix == null ? null : lexicon.kindOf(suffix);
    }

    /** A part that can open a name: place, organisation, proper noun or abbreviation. */
    private boolean isProper(Token t) {
        String p = t.pos();
        if (ADMIN_LEVELS.contains(t.text()) || containsNever(t.text())) {
            return false;
        }
        return p.startsWith("ns")
                || p.startsWith("nt")
                || p.equals("nz")
                || p.equals("nrf")
                || PROPER_OPENERS.contains(t.text())
                || lexicon.isKnownName(t.text())
                || t.text().length() >= 5
                        && AUTONOMOUS.stream().anyMatch(t.text()::endsWith)
                        && HAN_RUN.matcher(t.text()).matches(); // 新疆维吾尔自治区/n
    }

    private boolean isNamePart(Token t) {
        return isProper(t) || isInnerWord(t);
    }

    /** A common word that may sit inside a name after its opener: 商务 in 西藏自治区商务厅. */
    private boolean isInnerWord(Token t) {
        String p = t.pos();
        if (t.text().length() == 1 && GEOGRAPHIC.contains(t.text().charAt(0))) {
            return true; // 湾 in 深圳湾商业银行, whatever the tagger made of it
        }
        return (p.equals("n")
                        || p.equals("vn")
                        || p.equals("j")
                        || p.equals("nis")
                        || p.equals("nnd")
                        || p.equals("gi")
                        || (p.equals("an")
                                || p.equals("l")
                                || p.equals("v")
                                        && t.text().length() == 2
                                        && !VERBS_BEFORE_NAMES.contains(t.text()))
                        || p.equals("gm")
                        || p.equals("b")
                        || p.equals("ng"))
                && t.text().length() <= 4
                && !containsNever(t.text())
                && isHan(t.text())
                && !VERBS_BEFORE_NAMES.contains(t.text()); // 人民大会堂 代表/n 中国妇女发展基金会
    }

    /** Brand words of a company name: 星河, 智 and 联 in 星河智联（深圳）科技有限公司. */
    private boolean isCompanyPart(Token t) {
        String p = t.pos();
        if (p.equals("nnt") || containsNever(t.text())) {
            return false;
        }
        boolean word =
                p.startsWith("n") /* brands are often tagged as names: 青禾 */
                        || p.startsWith("g")
                        || p.equals("j")
                        || p.equals("a")
                        || p.equals("b")
                        || p.equals("vg")
                        || p.equals("ag")
                        || p.equals("x")
                        || p.equals("nx");
        return word && t.text().length() <= 6 && isHan(t.text());
    }

    /** A word of a brand: an abbreviation, a name, a foreign word or one character of a coined name. */
    private boolean isBrandPart(Token t) {
        String p = t.pos();
        if (!isCompanyPart(t) || lexicon.isCommonNoun(t.text()) || containsNever(t.text())) {
            return false;
        }
        if (t.text().length() == 1) { // not 令 or 台 (七千多台友利银行): a character that is a function word
            String main = words.mainTag(t.text());
            return main == null
                    || !(main.startsWith("p")
                            || main.startsWith("d")
                            || main.startsWith("c")
                            || main.startsWith("u")
                            || main.startsWith("r")
                            || main.startsWith("q")
                            || main.startsWith("m")
                            || main.startsWith("v"));
        }
        return p.equals("j")
                || p.equals("nz")
                || p.startsWith("nr")
                || p.equals("nx")
                || p.equals("x")
                || !words.isCommonWord(t.text());
    }

    /** Index of the 《（》 token when tokens[close] ends a bracketed place such as （深圳）, else -1. */
    private static int bracketedPlaceStart(List<Token> tokens, int close) {
        int i = close - 1;
        boolean place = false;
        while (i >= 0 && close - i <= 4) {
            Token t = tokens.get(i);
            if (t.text().equals("（") || t.text().equals("(")) {
                return place && i - 1 >= 0 && tokens.get(i - 1).end() == t.start() ? i : -1;
            }
            if (!t.pos().startsWith("ns") && !ADMIN_LEVELS.contains(t.text())) {
                return -1;
            }
            place = true;
            i--;
        }
        return -1;
    }

    /**
     * When tokens[end] closes an ordinal such as 第十二 or 第 十一 次 (one to three words opening with 第),
     * the index of the word holding 第; else -1.
     */
    private static int ordinalStart(List<Token> tokens, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = end; i >= 0 && end - i < 3; i--) {
            Token t = tokens.get(i);
            if (i < end && t.end() != tokens.get(i + 1).start()) {
                return -1;
            }
            b.insert(0, t.text());
            if (t.text().startsWith("第")) {
                return ORDINAL.matcher(b).matches() ? i : -1;
            }
        }
        return -1;
    }

    private static boolean isClosingBracket(String s) {
        return s.equals("）") || s.equals(")");
    }

    private static boolean isVerbal(String pos) {
        return pos.startsWith("v")
                || pos.startsWith("p")
                || pos.startsWith("c")
                || pos.startsWith("u")
                || pos.startsWith("d")
                || pos.startsWith("w");
    }

    private static boolean startsWithNumber(String w) {
        char c = w.charAt(0);
        return Character.isDigit(c)
                || "一二三四五六七八九十百千万两几多数".indexOf(c) >= 0
                        && w.length() > 1
                        && (w.charAt(1) == '家'
                                || w.charAt(1) == '个'
                                || Character.isDigit(w.charAt(1))
                                || "十百千万".indexOf(w.charAt(1)) >= 0);
    }

    private static boolean containsNever(String w) {
        for (String n : NEVER_INSIDE) {
            if (w.equals(n) || (n.length() > 1 && w.contains(n))) {
                return true;
            }
        }
        return false;
    }

    /** A word of Han characters only, at least one. */
    static boolean isHan(String w) {
        return !w.isEmpty() && HanScript.onlyHan(w);
    }
}
