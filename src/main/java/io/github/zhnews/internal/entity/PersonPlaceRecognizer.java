package io.github.zhnews.internal.entity;

import io.github.zhnews.internal.document.CoreLexicon;
import io.github.zhnews.internal.resources.ModelResources;
import io.github.zhnews.internal.resources.WordLists;
import io.github.zhnews.internal.text.TextSpan;
import io.github.zhnews.model.EntityType;
import io.github.zhnews.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People and places from HanLP's name and place recognisers, cleaned of the fragments they produce in
 * news text: a person is never a piece of a count (余人 in 4000余人), a place joins its administrative
 * level (西藏 + 自治区 -> 西藏自治区).
 */
final class PersonPlaceRecognizer {
    /** Words around a two-character name that show it is one: titles before, speech and roles after. */
    private static final Set<String> NAME_CUES_AFTER =
            WordLists.set("lists/person-cues-after.tsv", "name");

    /** How many of the first surnames in {@code surnames.txt} (ordered by frequency) count as frequent. */
    private static final int FREQUENT_SURNAMES = 130;

    /** Characters that end no given name: a recogniser that swallowed a verb or particle (桑说, 曾对). */
    private static final WordLists.CharSet NEVER_IN_NAMES =
            WordLists.chars("lists/person-function-chars.tsv", "never-in-name");

    /** First syllables of Tibetan given names, which have no surname. */
    private static final Set<String> TIBETAN = WordLists.set("lists/person-tibetan.txt");

    /** Verbs and determiners the place recogniser glues to 村, 乡 or 区: 驻村, 全区. */
    private static final WordLists.CharSet NOT_PLACE_START =
            WordLists.chars("lists/place-not-start.txt");

    private final Set<String> surnames;

    /** The most frequent surnames (张, 黄, 周): never read as a function word before a given name. */
    private final Set<String> topSurnames;

    private static final int TOP_SURNAMES = 20;

    /** The sixty most frequent surnames (曾, 于 among them): never read as an adverb or preposition before a name. */
    private final Set<String> commonSurnames;

    private static final int COMMON_SURNAMES = 60;

    /**
     * The most frequent single-character surnames that are seldom an ordinary word on their own (李, 刘, 江; not
     * 高, 于, 向, 方): a two-character name that opens with one needs no context cue.
     */
    private final Set<String> frequentSurnames;

    /** Second characters that make a surname-like character plus one a word, not a name (刘家, 郑某, 江边). */
    private static final WordLists.CharSet NOT_SECOND =
            WordLists.chars("lists/person-not-second.txt");

    private final CoreLexicon words;

    PersonPlaceRecognizer(CoreLexicon words) {
        this.words = words;
        Set<String> names = new java.util.HashSet<>();
        for (String line : ModelResources.lines("surnames.txt")) {
            names.addAll(java.util.Arrays.asList(line.split("\\s+")));
        }
        this.surnames = Set.copyOf(names);
        Set<String> frequent = new HashSet<>();
        List<String> lines = ModelResources.lines("surnames.txt");
        String[] ranked = lines.isEmpty() ? new String[0] : lines.get(0).split("\\s+");
        for (int k = 0; k < Math.min(FREQUENT_SURNAMES, ranked.length); k++) {
            if (ranked[k].length() == 1
                    && (words.isNameFirst(ranked[k]) || words.frequency(ranked[k]) <= 50)) {
                frequent.add(ranked[k]);
            }
        }
        this.frequentSurnames = Set.copyOf(frequent);
        Set<String> top = new HashSet<>();
        for (int k = 0; k < Math.min(TOP_SURNAMES, ranked.length); k++) {
            top.add(ranked[k]);
        }
        this.topSurnames = Set.copyOf(top);
        Set<String> common = new HashSet<>();
        for (int k = 0; k < Math.min(COMMON_SURNAMES, ranked.length); k++) {
            common.add(ranked[k]);
        }
        this.commonSurnames = Set.copyOf(common);
    }

    /** Last characters of titles and roles that stand before a name: 部长, 书记, 队员, 总理, 教练, 教授. */
    private static final WordLists.CharSet TITLE_ENDINGS =
            WordLists.chars("lists/person-title-endings.txt");

    private static final Set<String> TITLE_WORDS =
            WordLists.set("lists/person-titles.tsv", "title");

    /** What may follow a one-character surname in a word the recogniser took for a name: 江主席. */
    private static final Set<String> TITLES_AFTER_SURNAME =
            WordLists.set("lists/person-titles.tsv", "after-surname");

    /** What may stand between a name and the title after it: 吴彬 总 教练. */
    private static final Set<String> TITLE_PREFIXES =
            WordLists.set("lists/person-titles.tsv", "prefix");

    /** Pieces HanLP tags as names that are parts of counts or common phrases. */
    private static final Set<String> NOT_PEOPLE = WordLists.set("lists/person-not-people.txt");

    /** Measure words and count particles that may precede a piece the recogniser took for a name (30多人). */
    private static final WordLists.CharSet COUNT_WORDS =
            WordLists.chars("lists/person-count-words.txt");

    /** Single characters that never belong to a name found after a title: particles, adverbs, prepositions. */
    private static final WordLists.CharSet FUNCTION_CHARS =
            WordLists.chars("lists/person-function-chars.tsv", "after-title");

    private static final Set<String> PLACE_LEVELS =
            WordLists.set("lists/admin-levels.tsv", "place");

    private static final Set<String> AUTONOMOUS =
            WordLists.set("lists/admin-levels.tsv", "autonomous");

    /** First characters of the word after 站 that make it the verb 'to stand': 站 稳, 站在. */
    private static final WordLists.CharSet STATION_VERBS =
            WordLists.chars("lists/place-station-verbs.txt");

    /** Last characters that make a would-be name of three or more characters a place: 岛, 港, 湾, 堡, 郡. */
    private static final WordLists.CharSet PLACE_LIKE =
            WordLists.chars("lists/place-end-chars.tsv", "place-like");

    /** Last characters that make a transliterated name a place: 河, 湖. */
    private static final WordLists.CharSet WATER =
            WordLists.chars("lists/place-end-chars.tsv", "water");

    /** Words that make a place of the place name before them: ports, stations, straits, parks, mountain areas. */
    private static final Set<String> PLACE_FACILITIES = WordLists.set("lists/place-facilities.txt");

    /** A byline: 记者格桑报道, （通讯员 次仁）. Names of any origin, with or without a Han surname. */
    private static final List<String> BYLINE_ROLES =
            WordLists.list("lists/person-titles.tsv", "byline");

    /** The byline pattern, built from its roles on first use (the list itself is read at build()). */
    private static final class Byline {
        /** The role, a space at most, the name, then a bracket, a comma, a space, 报道 (reports) or 摄 (photo). */
        static final Pattern PATTERN =
                Pattern.compile(
                        "(?:"
                                + String.join(
                                        "|", BYLINE_ROLES.stream().map(Pattern::quote).toList())
                                + ")[ 　]?([\\p{IsHan}·]{2,5}?)(?=[）)、，,\\s]|报道|摄|$)");
    }

    /**
     * A byline in brackets that closes a paragraph, the name alone or with what the person did: ……帮助。（张明远）,
     * （孙洁摄）, （魏东摄影报道）; the name is the shortest reading that leaves such a verb whole.
     */
    private static final Pattern CLOSING_BYLINE =
            Pattern.compile("[（(]([\\p{IsHan}]{2,3}?)(?:摄影报道|摄影|摄|报道)?[）)]\\s*$");

    List<NameSpan> find(String text, List<Token> tokens) {
        List<NameSpan> out = new ArrayList<>();
        java.util.BitSet covered =
                new java.util.BitSet(text.length()); // characters of the spans in out
        Set<String> confirmed = new HashSet<>(); // names accepted somewhere in this text
        Matcher m = Byline.PATTERN.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (TIBETAN.stream().anyMatch(name::startsWith)
                    || surnames.contains(name.substring(0, 1))
                            && !NEVER_IN_NAMES.contains(name.charAt(name.length() - 1))
                            && name.indexOf('了') < 0
                            && !isVerb(
                                    name.substring(
                                            1))) { // 记者时表示: the time of a speech verb, not a byline
                add(
                        out,
                        covered,
                        new NameSpan(m.start(1), m.end(1), EntityType.PERSON, NameSpan.Form.FULL));
            }
        }
        String tail = text.length() > 12 ? text.substring(text.length() - 12) : text;
        Matcher closing = CLOSING_BYLINE.matcher(tail);
        int offset = text.length() - tail.length();
        if (closing.find()
                && offset + closing.start() > 0
                && isBylineName(closing.group(1), tokens, offset + closing.start(1))) {
            add(
                    out,
                    covered,
                    new NameSpan(
                            offset + closing.start(1),
                            offset + closing.end(1),
                            EntityType.PERSON,
                            NameSpan.Form.FULL));
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String p = t.pos();
            if (i + 1 < tokens.size() && isTitle(t)) {
                TextSpan name = nameAfterTitle(text, tokens, i + 1);
                if (name != null && free(covered, name.start(), name.end())) {
                    add(
                            out,
                            covered,
                            new NameSpan(
                                    name.start(),
                                    name.end(),
                                    EntityType.PERSON,
                                    NameSpan.Form.FULL));
                    confirmed.add(name.of(text));
                    while (i + 1 < tokens.size() && tokens.get(i + 1).start() < name.end()) {
                        i++;
                    }
                    continue;
                }
            }
            if (p.equals("nr")
                    && t.text().length() == 1
                    && surnames.contains(t.text())
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1).start() == t.end()
                    && TITLES_AFTER_SURNAME.contains(tokens.get(i + 1).text())) {
                // 江 主席
                add(
                        out,
                        covered,
                        new NameSpan(t.start(), t.end(), EntityType.PERSON, NameSpan.Form.FULL));
                continue;
            }
            if (p.startsWith("nr")
                    && t.text().length() >= 3
                    && PLACE_LEVELS.contains(t.text().substring(t.text().length() - 1))
                    && OrganizationRecognizer.isHan(t.text())) {
                // 林芝市 tagged as a person: Chinese given names do not end in 市, 县 or 州
                add(
                        out,
                        covered,
                        new NameSpan(t.start(), t.end(), EntityType.PLACE, NameSpan.Form.FULL));
            } else if (p.equals("nr") || p.equals("nrf") || p.equals("nrj")) {
                String w = t.text();
                String title = w.length() >= 2 ? titleAfterSurname(w) : null;
                if (title != null) { // 江主席: the person is 江
                    int end = t.end() - title.length();
                    add(
                            out,
                            covered,
                            new NameSpan(t.start(), end, EntityType.PERSON, NameSpan.Form.FULL));
                    continue;
                }
                Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                if (next != null
                        && next.start() == t.end()
                        && next.pos().equals("nr")
                        && next.text().length() == 1
                        && w.length() == 2
                        && surnames.contains(w.substring(0, 1))
                        && !NEVER_IN_NAMES.contains(next.text().charAt(0))) {
                    // 陈伊/nr 玲/nr: the recogniser cut a three-character name in two
                    add(
                            out,
                            covered,
                            new NameSpan(
                                    t.start(), next.end(), EntityType.PERSON, NameSpan.Form.FULL));
                    confirmed.add(w + next.text());
                    i++;
                    continue;
                }
                if ((isPerson(tokens, i) || confirmed.contains(w))
                        && free(covered, t.start(), t.end())) {
                    add(
                            out,
                            covered,
                            new NameSpan(
                                    t.start(), t.end(), EntityType.PERSON, NameSpan.Form.FULL));
                    confirmed.add(w);
                } else if (isCandidate(t)) {
                    add(
                            out,
                            covered,
                            new NameSpan(
                                    t.start(), t.end(), EntityType.PERSON, NameSpan.Form.BARE));
                } else if (w.length() == 3
                        && "ns".equals(words.mainTag(w.substring(0, 2)))
                        && FUNCTION_CHARS.contains(w.charAt(2))) {
                    // 在 伦敦再/nr 召集: a place and the adverb after it
                    add(
                            out,
                            covered,
                            new NameSpan(
                                    t.start(),
                                    t.start() + 2,
                                    EntityType.PLACE,
                                    NameSpan.Form.FULL));
                }
            } else if (p.equals("nz") && t.text().length() >= 5 && t.text().contains("中国")) {
                // 中国特色社会主义/nz: the country named inside a set phrase
                for (int at = t.text().indexOf("中国");
                        at >= 0;
                        at = t.text().indexOf("中国", at + 2)) {
                    add(
                            out,
                            covered,
                            new NameSpan(
                                    t.start() + at,
                                    t.start() + at + 2,
                                    EntityType.PLACE,
                                    NameSpan.Form.FULL));
                }
            } else if (p.startsWith("ns")
                    && t.text().length() >= 2
                    && OrganizationRecognizer.isHan(t.text())
                    && !(t.text().length() == 2 && NOT_PLACE_START.contains(t.text().charAt(0)))) {
                int end = t.end();
                if (i + 1 < tokens.size()
                        && PLACE_LEVELS.contains(tokens.get(i + 1).text())
                        && tokens.get(i + 1).start() == end) {
                    end = tokens.get(++i).end();
                } else if (i + 2 < tokens.size()
                        && tokens.get(i + 1).start() == end
                        && tokens.get(i + 1).text().length() >= 2
                        && tokens.get(i + 1).text().endsWith("族")
                        && tokens.get(i + 2).start() == tokens.get(i + 1).end()
                        && AUTONOMOUS.contains(tokens.get(i + 2).text())) {
                    i += 2; // 宁夏/ns 回族/nz 自治区/n
                    end = tokens.get(i).end();
                } else if (i + 1 < tokens.size()
                        && tokens.get(i + 1).start() == end
                        && PLACE_FACILITIES.contains(tokens.get(i + 1).text())
                        && !(tokens.get(i + 1).text().equals("站")
                                && i + 2 < tokens.size()
                                && tokens.get(i + 2).start() == tokens.get(i + 1).end()
                                && STATION_VERBS.contains(tokens.get(i + 2).text().charAt(0)))) {
                    end = tokens.get(++i).end(); // 湛江/ns 港/j, 太原/ns 火车站/n, 霍尔木兹/ns 海峡/n
                }
                add(
                        out,
                        covered,
                        new NameSpan(t.start(), end, EntityType.PLACE, NameSpan.Form.FULL));
            } else if (t.text().length() >= 5
                    && OrganizationRecognizer.isHan(t.text())
                    && AUTONOMOUS.stream().anyMatch(a -> t.text().endsWith(a))) {
                // 新疆维吾尔自治区/n
                add(
                        out,
                        covered,
                        new NameSpan(t.start(), t.end(), EntityType.PLACE, NameSpan.Form.FULL));
            }
        }
        foreignNames(text, tokens, out, confirmed);
        // a name the text confirms once (李明表示) is a name at its other mentions too
        List<NameSpan> kept = new ArrayList<>();
        for (int k = 0; k < out.size(); k++) {
            NameSpan s = out.get(k);
            if (s.type() == EntityType.PERSON && isPlaceLike(text.substring(s.start(), s.end()))) {
                continue; // 巴厘岛, 范登堡, 艾尔河: a place with a name-like front
            }
            if (s.form() != NameSpan.Form.BARE) {
                kept.add(s);
            } else if (confirmed.contains(text.substring(s.start(), s.end()))) {
                kept.add(new NameSpan(s.start(), s.end(), EntityType.PERSON, NameSpan.Form.FULL));
            }
        }
        return kept;
    }

    /** Adds a span to the list and its characters to the covered set. */
    private static void add(List<NameSpan> out, java.util.BitSet covered, NameSpan s) {
        out.add(s);
        covered.set(s.start(), s.end());
    }

    /** Whether no span found so far shares a character with {@code [start, end)}. */
    private static boolean free(java.util.BitSet covered, int start, int end) {
        int next = covered.nextSetBit(start);
        return next < 0 || next >= end;
    }

    /** Whether a would-be name of three or more characters ends like a place: 岛, 港, 湾, 堡, 郡; 河 or 湖 abroad. */
    private static boolean isPlaceLike(String name) {
        if (name.length() < 3) {
            return false;
        }
        char last = name.charAt(name.length() - 1);
        return PLACE_LIKE.contains(last)
                || WATER.contains(last) && isTransliterated(name.substring(0, name.length() - 1));
    }

    /** Words after a transliterated name that show it names a person: speech, titles, roles. */
    private static final Set<String> FOREIGN_CUES_AFTER =
            WordLists.set("lists/person-cues-after.tsv", "foreign");

    /** Characters after a transliterated run that make it a place or a body: 阿比林市, 雷丁大学, 诺福克郡. */
    private static final WordLists.CharSet FOREIGN_NOT_PERSON_AFTER =
            WordLists.chars("lists/place-end-chars.tsv", "not-person-after");

    /** Words after a transliterated run that make it a body: 塔宾根大学, 戈埃迪博物馆, 麦科特集团. */
    private static final List<String> FOREIGN_BODIES_AFTER =
            WordLists.list("lists/org-foreign-bodies.tsv", "after-name");

    /**
     * Transliterated names that the segmenter cut apart or the name recogniser cut short: 阿拉法/nr 特/d,
     * 柯伊/nr 拉/v 腊/ng, 科/n 科/n 申/vg. A run of glued words made only of transliteration characters, at least
     * three of them, counts as a person when HanLP saw a name in part of it, or when a title stands before it
     * or a speech verb or role after it; never when a place level or a body's ending follows (诺福克郡).
     */
    private void foreignNames(
            String text, List<Token> tokens, List<NameSpan> out, Set<String> confirmed) {
        boolean anyDot = text.indexOf('·') >= 0 || text.indexOf('•') >= 0;
        WordLists.CharSet opening = anyDot ? DOTTED_CHARS : FOREIGN_CHARS;
        for (int i = 0; i < tokens.size(); i++) {
            if (!opening.contains(tokens.get(i).text().charAt(0))) {
                continue; // most words: not even the first character spells a foreign name
            }
            // names with a dot may use the wider set of Uyghur and other spellings (阿不来提·阿不都热西提)
            int j = anyDot ? runEnd(tokens, i, true) : i;
            boolean dotted = false;
            for (int k = i + 1; k < j; k++) {
                dotted |= isDot(tokens.get(k).text());
            }
            if (!dotted) {
                if (!isForeignPiece(tokens, i, false)) {
                    continue;
                }
                j = runEnd(tokens, i, false);
            }
            boolean named = false;
            for (int k = i; k <= j; k++) {
                named |= tokens.get(k).pos().startsWith("nr");
            }
            while (j > i && (isDot(tokens.get(j).text()) || tokens.get(j).text().equals("于"))) {
                j--; // 阿拉法特于21日: 于 is the preposition after the name
            }
            int start = tokens.get(i).start();
            int end = tokens.get(j).end();
            int singles = 0;
            for (int k = i; k <= j; k++) {
                singles +=
                        tokens.get(k).text().length() == 1 && !isDot(tokens.get(k).text()) ? 1 : 0;
            }
            // a name word of the recogniser that took a neighbour along: 祝拉特/nr 纳 亚 克, 勒 布朗和/nr
            if (i > 0
                    && tokens.get(i - 1).end() == start
                    && tokens.get(i - 1).pos().startsWith("nr")) {
                String w = tokens.get(i - 1).text();
                int k = w.length();
                while (k > 0 && isForeignChar(w.charAt(k - 1))) {
                    k--;
                }
                if (k > 0 && k < w.length()) {
                    start -= w.length() - k;
                    named = true;
                }
            }
            if (j + 1 < tokens.size()
                    && tokens.get(j + 1).start() == end
                    && tokens.get(j + 1).pos().startsWith("nr")) {
                String w = tokens.get(j + 1).text();
                int k = 0;
                while (k < w.length() && isForeignChar(w.charAt(k))) {
                    k++;
                }
                if (k > 0
                        && k < w.length()
                        && w.charAt(k) != '·'
                        && !isTransliterated(w.substring(k))) {
                    end += k;
                    named = true;
                    j++;
                }
            }
            while (start < end
                    && (text.charAt(start) == '于' || isDot(text.substring(start, start + 1)))) {
                start++; // 立于华南之巅: 于 is the preposition before
            }
            if (end - start >= 4 && text.charAt(end - 1) == '夫' && text.startsWith("人", end)) {
                end--; // 班达拉奈克夫人: the name ends before 夫人
            }
            if (start > 0 && (text.charAt(start - 1) == '《' || text.charAt(start - 1) == '“')) {
                i = j;
                continue; // 《哈利·波特》, “伊斯坎德尔”导弹: a title or a product, not a person in the news
            }
            int first = i;
            i = j;
            String run = text.substring(start, end);
            int han = run.replace("·", "").replace("•", "").length();
            if (han < 3
                    || han > 12
                    || run.equals(tokens.get(first).text())
                            && !(run.length() > 4 && tokens.get(first).pos().startsWith("nr"))) {
                continue; // a single word is the recogniser's own call, except a long name it
                // tagged (内塔尼亚胡)
            }
            if (end < text.length() && FOREIGN_NOT_PERSON_AFTER.contains(text.charAt(end))
                    || startsWithAny(text, end, FOREIGN_BODIES_AFTER)) {
                continue;
            }
            Token next =
                    j + 1 < tokens.size() && tokens.get(j + 1).start() == end
                            ? tokens.get(j + 1)
                            : null;
            boolean titleBefore =
                    first > 0
                            && tokens.get(first - 1).end() == start
                            && isTitle(tokens.get(first - 1));
            boolean cueAfter =
                    next != null && (FOREIGN_CUES_AFTER.contains(next.text()) || isTitle(next));
            if (run.indexOf('·') > 0
                    || run.indexOf('•') > 0
                    || named
                    || titleBefore
                    || cueAfter
                    || confirmed.contains(run)
                    || han >= 4 && singles >= 3) {
                out.add(new NameSpan(start, end, EntityType.PERSON, NameSpan.Form.FULL));
                confirmed.add(run);
            }
        }
    }

    /**
     * Whether tokens[i] is a piece of a transliterated name: a word of transliteration characters that is no
     * ordinary word, or any such word next to the dot between given name and surname (米格/n ·, · 拉萨/ns).
     */
    private boolean isForeignPiece(List<Token> tokens, int i, boolean wide) {
        Token t = tokens.get(i);
        String w = t.text();
        if (isDot(w)) {
            return true;
        }
        if (!isTransliterated(w) && !(wide && isWideTransliterated(w))) {
            return false;
        }
        boolean byDot =
                i > 0 && isDot(tokens.get(i - 1).text()) && tokens.get(i - 1).end() == t.start()
                        || i + 1 < tokens.size()
                                && isDot(tokens.get(i + 1).text())
                                && tokens.get(i + 1).start() == t.end();
        if (byDot) {
            return true;
        }
        if (t.pos().startsWith("ns") || t.pos().startsWith("nt")) {
            return false;
        }
        return w.length() == 1 || t.pos().startsWith("nr") || !words.isCommonWord(w);
    }

    /** The last token of the run of name pieces that starts at tokens[i] (i itself when it is none). */
    private int runEnd(List<Token> tokens, int i, boolean wide) {
        if (!isForeignPiece(tokens, i, wide)) {
            return i;
        }
        int j = i;
        while (j + 1 < tokens.size()
                && tokens.get(j + 1).start() == tokens.get(j).end()
                && isForeignPiece(tokens, j + 1, wide)) {
            j++;
        }
        return j;
    }

    /** Characters that transliterate foreign names (a common-knowledge list). */
    private static final WordLists.CharSet FOREIGN_CHARS =
            WordLists.chars("lists/person-transliteration.tsv", "foreign");

    /**
     * The transliteration characters and those of Uyghur and other names written with a dot that are also common
     * words (不, 来, 提, 买).
     */
    private static final WordLists.CharSet DOTTED_CHARS =
            WordLists.chars("lists/person-transliteration.tsv", "dotted");

    private static boolean isForeignChar(char c) {
        return FOREIGN_CHARS.contains(c);
    }

    private static boolean isWideTransliterated(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!DOTTED_CHARS.contains(c) && c != '·' && c != '•') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithAny(String text, int at, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDot(String w) {
        return w.equals("·") || w.equals("•");
    }

    /**
     * The name that follows a title (总理李鹏, 政委高云江, 总理若斯潘), or null. A Chinese name is
     * a surname and one or two more characters, made of whole words and followed by a word boundary; a foreign
     * name is a run of transliteration characters.
     */
    private TextSpan nameAfterTitle(String text, List<Token> tokens, int j) {
        Token first = tokens.get(j);
        if (first.start() != tokens.get(j - 1).end()
                || first.pos().startsWith("ns")
                || first.pos().startsWith("nt")
                || !OrganizationRecognizer.isHan(first.text())
                || isTitle(first)
                || "vpcdurmqfwy".indexOf(first.pos().charAt(0)) >= 0
                        && !first.pos().startsWith("nr")) {
            return null;
        }
        String w = first.text();
        boolean compound = w.length() >= 2 && surnames.contains(w.substring(0, 2));
        if ((surnames.contains(w.substring(0, 1)) && !isFunctionWord(w.substring(0, 1)))
                || compound) { // 队员 都想为
            TextSpan best = null;
            int end = first.start();
            for (int k = j; k < tokens.size() && k < j + 3; k++) {
                Token t = tokens.get(k);
                if (t.start() != end
                        || !OrganizationRecognizer.isHan(t.text())
                        || t.text().length() == 1
                                && k > j
                                && (FUNCTION_CHARS.contains(t.text().charAt(0))
                                        || t.pos().startsWith("p")
                                        || t.pos().startsWith("c")
                                        || t.pos().startsWith("u"))
                        || k > j
                                && (t.pos().startsWith("ns")
                                        || t.pos().startsWith("nt")
                                        || isTitle(t))
                        || k > j && t.text().length() >= 2 && t.pos().startsWith("v")) { // 记者 时 表示
                    break;
                }
                end = t.end();
                int len = end - first.start();
                if (len > (compound ? 4 : 3)) {
                    break;
                }
                if (len >= 2
                        && isBoundary(tokens, k + 1)
                        && !NEVER_IN_NAMES.contains(text.charAt(end - 1))
                        && !(len == 2 && k == j && words.isCommonWord(t.text()))
                        && !(len == 3
                                && isPhrase(
                                        text.substring(first.start(), end), tokens, j))) { // 队员 都想为
                    best = new TextSpan(first.start(), end);
                }
            }
            if (best != null) {
                return best;
            }
        }
        int k = first.start();
        int han = 0;
        while (k < text.length()
                && (isForeignChar(text.charAt(k))
                        || text.charAt(k) == '·'
                                && han > 0
                                && k + 1 < text.length()
                                && isForeignChar(text.charAt(k + 1)))) {
            if (text.charAt(k) != '·') {
                han++;
            }
            k++;
        }
        if (han < 2 || han > 10) {
            return null;
        }
        String run = text.substring(first.start(), k);
        if (run.length() == w.length()
                && words.isCommonWord(run)
                && !first.pos().startsWith("nr")) {
            return null; // 马上, 西安: a word, not a name
        }
        return new TextSpan(first.start(), k);
    }

    /** Whether a name may end before tokens[k]: punctuation, the text's end, a word of two or more characters. */
    private static boolean isBoundary(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(k);
        if (t.start() != tokens.get(k - 1).end()
                || !OrganizationRecognizer.isHan(t.text())
                || t.text().length() >= 2) {
            return true;
        }
        return FUNCTION_CHARS.contains(t.text().charAt(0))
                || t.pos().startsWith("p")
                || t.pos().startsWith("u")
                || t.pos().startsWith("c")
                || t.pos().startsWith("v");
    }

    /** A word the name recogniser tagged that could be a name if the text confirms it elsewhere. */
    private boolean isCandidate(Token t) {
        String w = t.text();
        return t.pos().equals("nr")
                && w.length() == 2
                && surnames.contains(w.substring(0, 1))
                && !NEVER_IN_NAMES.contains(w.charAt(1))
                && !NOT_PEOPLE.contains(w);
    }

    /** The title that follows a one-character surname in a word such as 江主席, or null. */
    private String titleAfterSurname(String w) {
        if (!surnames.contains(w.substring(0, 1))) {
            return null;
        }
        String rest = w.substring(1);
        return TITLES_AFTER_SURNAME.contains(rest) ? rest : null;
    }

    private boolean isPerson(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.text();
        if (NOT_PEOPLE.contains(w)
                || !OrganizationRecognizer.isHan(w.replace("·", "").replace("•", ""))) {
            return false;
        }
        if (TIBETAN.contains(w) || TIBETAN.stream().anyMatch(w::startsWith) && w.length() == 4) {
            return true;
        }
        if (w.length() < 2 || (t.pos().equals("nr") && w.length() > 4) || w.length() > 12) {
            return false;
        }
        if (i > 0) {
            Token prev = tokens.get(i - 1);
            // 4000余人, 30多人: a name never follows a number directly
            if (prev.end() == t.start()
                    && (prev.pos().startsWith("m")
                            || prev.pos().equals("q")
                                    && COUNT_WORDS.contains(
                                            prev.text().charAt(prev.text().length() - 1)))) {
                return false; // but 1992年朱镕基: a year is no count
            }
        }
        if (!t.pos().equals("nr")) {
            return w.length() >= 3; // transliterated names: 马克龙, 普京 is too short to trust alone
        }
        if (w.length() == 2
                && (w.charAt(0) == '小' || w.charAt(0) == '老')
                && frequentSurnames.contains(w.substring(1))) {
            return true; // 小周, 老刘: a person called by the surname alone
        }
        boolean surname =
                surnames.contains(w.substring(0, 1))
                        || w.length() >= 3 && surnames.contains(w.substring(0, 2));
        if (NEVER_IN_NAMES.contains(w.charAt(w.length() - 1))) {
            return false;
        }
        boolean foreign = isTransliterated(w);
        if (!surname && !foreign) {
            return false;
        }
        if (foreign
                && i + 1 < tokens.size()
                && tokens.get(i + 1).start() == t.end()
                && tokens.get(i + 1).text().length() == 1
                && FOREIGN_NOT_PERSON_AFTER.contains(tokens.get(i + 1).text().charAt(0))) {
            return false; // 诺福克 郡: a place
        }
        boolean titleBefore = i > 0 && isTitle(tokens.get(i - 1));
        boolean cueAfter =
                i + 1 < tokens.size()
                        && (NAME_CUES_AFTER.contains(tokens.get(i + 1).text())
                                || isTitle(tokens.get(i + 1))
                                || tokens.get(i + 1).text().equals("、")
                                || tokens.get(i + 1).text().equals("（")
                                || i + 2 < tokens.size()
                                        && TITLE_PREFIXES.contains(
                                                tokens.get(i + 1).text()) // 吴彬 总 教练
                                        && tokens.get(i + 1).text().length() == 1
                                        && isTitle(tokens.get(i + 2)));
        if (w.length() == 3 && !foreign && "ns".equals(words.mainTag(w.substring(0, 2)))) {
            return false; // 韩国女/nr 队, 韩国人: a country and one more character
        }
        if (!foreign && !cueAfter && isFunctionWord(w.substring(0, 1))) {
            return false; // 队员 都想/nr 为: an adverb and a verb after a title
        }
        if (w.length() >= 3) {
            return titleBefore || cueAfter || foreign || !isPhrase(w, tokens, i);
        }
        // two characters (李明, 库克) are often a word the recogniser mistook: ask the context
        if (titleBefore || cueAfter) {
            return true;
        }
        // a two-character name the dictionary does not know as a word, with a Han surname (李鹏, 柳萍)
        if (!frequentSurnames.contains(w.substring(0, 1))
                || words.isCommonWord(w)
                || NOT_SECOND.contains(w.charAt(1))
                || followsBound(tokens, i)) {
            return false;
        }
        if (i > 0) {
            String pp = tokens.get(i - 1).pos();
            if (tokens.get(i - 1).end() == t.start()
                    && (pp.startsWith("r") || pp.startsWith("m") || pp.startsWith("q"))) {
                return false; // 那张, 这段
            }
        }
        return true;
    }

    /** A bracketed name at a paragraph's end: a surname, no ordinary word, no place or body among its words. */
    private boolean isBylineName(String name, List<Token> tokens, int start) {
        if (!surnames.contains(name.substring(0, 1))
                || words.isCommonWord(name)
                || NEVER_IN_NAMES.contains(name.charAt(name.length() - 1))) {
            return false;
        }
        for (Token t : tokens) {
            if (t.start() < start + name.length()
                    && start < t.end()
                    && (t.pos().startsWith("ns")
                            || t.pos().startsWith("nt")
                            || t.pos().startsWith("nz")
                            || t.text().length() >= 2
                                    && words.isCommonWord(t.text())
                                    && !t.pos().startsWith("nr"))) {
                return false;
            }
        }
        return true;
    }

    private boolean isVerb(String word) {
        String tag = words.mainTag(word);
        return word.length() >= 2 && tag != null && tag.startsWith("v");
    }

    /** A frequent adverb, preposition, conjunction or pronoun that is no common surname: 都, 那, 把 (not 曾, 于). */
    private boolean isFunctionWord(String c) {
        String tag = words.mainTag(c);
        return tag != null
                && "dpcr".contains(tag)
                && words.frequency(c) >= 300
                && !commonSurnames.contains(c);
    }

    /** Parts of speech of characters that are function words on their own: 向, 都, 时, 曾, 那, 余. */
    private static final Set<String> FUNCTION_TAGS =
            Set.of("p", "d", "r", "c", "u", "m", "q", "ng", "a", "v", "f");

    /**
     * Whether a three-character word the name recogniser took for a name reads as a phrase: a character that is
     * mostly a function word on its own before an ordinary word (向祖国, 时表示, 段新建), an ordinary word before
     * one more character (全家上, 连年呈), or verb-noun pairs after a one-character verb (挑石运土).
     */
    private boolean isPhrase(String w, List<Token> tokens, int i) {
        String head = w.substring(0, 1);
        String tag = words.mainTag(head);
        boolean functionHead =
                tag != null
                        && FUNCTION_TAGS.contains(tag)
                        && words.frequency(head) >= 50
                        && !(topSurnames.contains(head)
                                && !"pdrcu".contains(tag)); // 张万年, 黄胜利: names
        if (functionHead
                && (words.isCommonWord(w.substring(1)) || words.isCommonWord(w.substring(0, 2)))) {
            return true;
        }
        if (isFunctionWord(head)) {
            return true; // 都有其, 那一封: an adverb, preposition or pronoun opens a phrase, not a name
        }
        if (i > 0) {
            Token prev = tokens.get(i - 1);
            if (prev.end() == tokens.get(i).start()
                    && prev.text().length() == 1
                    && prev.pos().equals("v")
                    && "v".equals(words.mainTag(w.substring(1, 2)))
                    && "n".equals(words.mainTag(w.substring(2, 3)))) {
                return true; // 挑 石运土: verb, noun, verb, noun
            }
        }
        return false;
    }

    /** The next token is a single character glued to the name (a name cut from a longer word). */
    private static boolean followsBound(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token n = tokens.get(i + 1);
        return n.start() == tokens.get(i).end()
                && n.text().length() == 1
                && OrganizationRecognizer.isHan(n.text())
                && !FUNCTION_CHARS.contains(n.text().charAt(0))
                && !n.pos().startsWith("p")
                && !n.pos().startsWith("u")
                && !n.pos().startsWith("c")
                && !n.pos().startsWith("v");
    }

    private static boolean isTitle(Token t) {
        String w = t.text();
        if (t.pos().equals("nnt") || t.pos().equals("nnd")) {
            return true;
        }
        if (w.isEmpty()
                || !t.pos().startsWith("n")
                || t.pos().startsWith("nr")
                || NOT_TITLES.contains(w)) {
            return false;
        }
        return TITLE_ENDINGS.contains(w.charAt(w.length() - 1)) || TITLE_WORDS.contains(w);
    }

    /** Nouns that end like a title but name none: 传统 and 系统 (统 as in 总统), 道理 (理 as in 总理), 日记. */
    private static final Set<String> NOT_TITLES = WordLists.set("lists/person-not-titles.txt");

    /** Every character is one that spells foreign names in Chinese (克林顿, 库克, 阿马特). */
    static boolean isTransliterated(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (!isForeignChar(w.charAt(k)) && w.charAt(k) != '·' && w.charAt(k) != '•') {
                return false;
            }
        }
        return true;
    }
}
