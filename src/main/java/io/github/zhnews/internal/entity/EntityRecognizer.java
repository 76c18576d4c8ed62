package io.github.zhnews.internal.entity;

import io.github.zhnews.internal.document.CoreLexicon;
import io.github.zhnews.internal.document.Document;
import io.github.zhnews.internal.entity.ner.NerSpan;
import io.github.zhnews.internal.entity.ner.NerTagger;
import io.github.zhnews.internal.resources.WordLists;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.EntityType;
import io.github.zhnews.model.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Finds organisations, people and places in segmented text and groups their mentions under canonical names.
 * Immutable and thread-safe.
 *
 * <p>With a trained labeller ({@link NerTagger}) the labeller finds the names and the rules add what they are
 * good at: the user's organisations always win, then the labeller's spans, then companies' brands (星河智联
 * after 星河智联（深圳）科技有限公司, grouped under the full name) and the rules' places where the labeller found
 * nothing, and media titles in book brackets (《光明日报》); a labelled name holds no half of a pair of brackets,
 * labelled organisations side by side are one nested name, and a labelled organisation or person is found again
 * where the text repeats it; the grouper gives each organisation its kind and groups the mentions of each name
 * (a labelled 自治区党委 under 西藏自治区党委). The rules' short forms are added only where they belong to a full
 * name in the text or name a particular organ (组织部 after 西藏自治区党委组织部, 省水利厅), and not at all under
 * guidelines that mark full names only ({@code shortForms} false: People's Daily 1998); other short forms
 * (市政府 alone) never: the dev sets mark them inconsistently and with them organisation F1 falls on all four.
 * Media titles cost little either way (ORG F1 -0.001 to +0.002 on the People's Daily-style sets, -0.004 on
 * CLUENER) and a reader wants the newspaper named. Without a labeller (rules only) the organisation grammar and
 * the person and place recogniser find every name.
 */
public final class EntityRecognizer implements EntityFinder {
    private final OrganizationRecognizer organizations;
    private final PersonPlaceRecognizer peopleAndPlaces;
    private final EntityGrouper grouper;
    private final NerTagger tagger;
    private final List<String> userOrganizations;
    private final CoreLexicon words;
    private final boolean shortForms;

    /**
     * Rules only.
     *
     * @param userOrganizations organisation names the user added; they are always recognised
     * @param words             the segmenter's core dictionary, to tell a name from an ordinary word
     */
    public EntityRecognizer(Collection<String> userOrganizations, CoreLexicon words) {
        this(userOrganizations, words, null);
    }

    /**
     * With the rules' short forms beside a labeller.
     *
     * @param userOrganizations organisation names the user added; they are always recognised
     * @param words             the segmenter's core dictionary, to tell a name from an ordinary word
     * @param tagger            the trained labeller, or null for rules only
     */
    public EntityRecognizer(
            Collection<String> userOrganizations, CoreLexicon words, NerTagger tagger) {
        this(userOrganizations, words, tagger, true);
    }

    /**
     * @param userOrganizations organisation names the user added; they are always recognised
     * @param words             the segmenter's core dictionary, to tell a name from an ordinary word
     * @param tagger            the trained labeller, or null for rules only
     * @param shortForms        whether the rules' short forms are added beside the labeller's names
     *                          (组织部 after 西藏自治区党委组织部, 省水利厅): not under guidelines that mark full
     *                          names only (People's Daily 1998); the rules alone always find them
     */
    public EntityRecognizer(
            Collection<String> userOrganizations,
            CoreLexicon words,
            NerTagger tagger,
            boolean shortForms) {
        this.shortForms = shortForms;
        OrganizationLexicon lexicon = new OrganizationLexicon(userOrganizations);
        this.organizations = new OrganizationRecognizer(lexicon, words);
        this.peopleAndPlaces = new PersonPlaceRecognizer(words);
        this.grouper = new EntityGrouper(lexicon::kindOfName);
        this.tagger = tagger;
        this.words = words;
        this.userOrganizations =
                userOrganizations.stream()
                        .filter(s -> !s.isBlank())
                        .distinct()
                        .sorted(
                                Comparator.comparingInt(String::length)
                                        .reversed()
                                        .thenComparing(Comparator.naturalOrder()))
                        .toList();
    }

    /** Whether a trained labeller finds the names. */
    public boolean usesModel() {
        return tagger != null;
    }

    /** The entities of the document's content words (page furniture yields none). */
    @Override
    public List<Entity> find(Document doc) {
        return find(doc.text(), doc.content());
    }

    /**
     * @param text   the analysed text
     * @param tokens its words, without those of lines that are to yield nothing (page furniture)
     * @return organisations (each with its kind), people and places, ordered by first mention
     */
    public List<Entity> find(String text, List<Token> tokens) {
        List<NameSpan> ruleOrgs = organizations.find(text, tokens);
        List<NameSpan> rulePeopleAndPlaces = peopleAndPlaces.find(text, tokens);
        return tagger == null
                ? rules(text, ruleOrgs, rulePeopleAndPlaces)
                : withModel(text, tokens, ruleOrgs, rulePeopleAndPlaces);
    }

    /**
     * The rules' entities.
     *
     * @param ruleOrgs the organisation grammar's names (not changed)
     * @param others   the person and place recogniser's names (not changed)
     */
    private List<Entity> rules(String text, List<NameSpan> ruleOrgs, List<NameSpan> others) {
        List<NameSpan> all = ruleSpans(text, ruleOrgs, others);
        List<String> places = new ArrayList<>();
        for (NameSpan s : all) {
            if (s.type() == EntityType.ORGANIZATION) {
                String region = EntityGrouper.leadingRegion(text.substring(s.start(), s.end()));
                if (region != null) {
                    places.add(region);
                }
            }
        }
        for (NameSpan s : others) {
            if (s.type() == EntityType.PLACE) {
                places.add(text.substring(s.start(), s.end()));
            }
        }
        return grouper.group(text, all, places);
    }

    /**
     * The rules' names that {@link #rules} groups, none overlapping another: the organisations first, longest
     * first, then the people and places.
     */
    private static List<NameSpan> ruleSpans(
            String text, List<NameSpan> ruleOrgs, List<NameSpan> others) {
        BitSet covered = new BitSet(text.length());
        List<NameSpan> found = new ArrayList<>(ruleOrgs);
        found.removeIf(o -> o.length() < 2); // 党 in 两党 is no mention of a party
        List<NameSpan> all = new ArrayList<>(longestFirst(found, covered));
        // after the organisations, people and places may not overlap each other either: 贾西平 over 西平
        all.addAll(longestFirst(others, covered));
        return all;
    }

    private List<Entity> withModel(
            String text,
            List<Token> tokens,
            List<NameSpan> ruleOrgs,
            List<NameSpan> rulePeopleAndPlaces) {
        BitSet content = new BitSet(text.length());
        for (Token t : tokens) {
            content.set(t.start(), t.end());
        }
        BitSet covered = new BitSet(text.length());
        List<NameSpan> all =
                new ArrayList<>(longestFirst(userOrganizations(text, content), covered));
        List<NameSpan> model = new ArrayList<>();
        List<NameSpan> ruled = ruleSpans(text, ruleOrgs, rulePeopleAndPlaces);
        byte[] hints = null;
        if (tagger.usesHints()) { // the rules' names, as the labeller was trained to read them
            List<NerSpan> mentions = new ArrayList<>();
            // the mentions of rules(...), without grouping them into entities
            for (NameSpan m : grouper.mentioned(text, ruled)) {
                mentions.add(new NerSpan(m.start(), m.end(), m.type()));
            }
            hints = NerTagger.hints(text.length(), mentions);
        }
        for (NerSpan tagged : tagger.tag(text, hints)) {
            NerSpan s = bracketsClosed(text, tagged);
            if (content.nextClearBit(s.start()) >= s.end()) { // not on page furniture
                model.add(
                        widened(
                                new NameSpan(s.start(), s.end(), s.type(), form(text, s)),
                                ruleOrgs));
            }
        }
        model = nested(model);
        all.addAll(inOrder(bareEndings(text, model), covered));
        // companies' brands where the labeller found nothing, grouped under the full name, and
        // media titles; the rules' other short forms (市政府, 省委) are left out: on every dev set
        // they lower F1 (models/README.md)
        List<NameSpan> extra = new ArrayList<>(brands(text, all, content));
        if (shortForms) {
            extra.addAll(shortForms(text, ruleOrgs, all));
        }
        organizations.findMediaTitles(text, extra); // 《光明日报》
        all.addAll(longestFirst(extra, covered));
        // the places the rules alone find (not inside one of their organisations nor overlapping
        // one of
        // their people) where the labeller found nothing: on every dev set they raise LOC F1
        all.addAll(
                inOrder(
                        ruled.stream().filter(r -> r.type() == EntityType.PLACE).toList(),
                        covered));
        all.addAll(repeated(text, tokens, model, covered, content, words));
        List<String> places = new ArrayList<>();
        for (NameSpan s : all) {
            String surface = text.substring(s.start(), s.end());
            if (s.type() == EntityType.PLACE) {
                places.add(surface);
            } else if (s.type() == EntityType.ORGANIZATION) {
                String region = EntityGrouper.leadingRegion(surface);
                if (region != null) {
                    places.add(region);
                }
            }
        }
        return grouper.group(text, all, places);
    }

    /** Brackets and quotes a name may hold, each opener above its closer. */
    private static final String OPENERS = "《“（(「‘";

    private static final String CLOSERS = "》”）)」’";

    /**
     * The labelled span with the brackets it holds closed: a name holds no half of a pair. An opener left
     * open is closed by the closer right after the span (英国《泰晤士报 to 英国《泰晤士报》), or, when it
     * opens the span and the rest is a whole title, dropped (《光明日报 to 光明日报: the data write a
     * bracketed title alone without its brackets); a closer with no opener in the span takes in the opener
     * before it (科学》杂志 to 《青年科学》杂志). A span whose brackets cannot be closed so is left as it is.
     */
    static NerSpan bracketsClosed(String text, NerSpan s) {
        for (int k = 0; k < OPENERS.length(); k++) {
            char open = OPENERS.charAt(k);
            char close = CLOSERS.charAt(k);
            int[] left = unclosed(text, s.start(), s.end(), open, close);
            if (left[0] == 1 && left[1] == 0) { // one opener left open
                if (s.end() < text.length() && text.charAt(s.end()) == close) {
                    int[] rest = unclosed(text, s.start() + 1, s.end(), open, close);
                    return text.charAt(s.start()) == open && rest[0] == 0 && rest[1] == 0
                            ? new NerSpan(s.start() + 1, s.end(), s.type())
                            : new NerSpan(s.start(), s.end() + 1, s.type());
                }
            } else if (left[0] == 0 && left[1] == 1) { // one closer with no opener
                for (int i = s.start() - 1; i >= Math.max(0, s.start() - MAX_BRACKET_REACH); i--) {
                    char c = text.charAt(i);
                    if (c == open) {
                        return new NerSpan(i, s.end(), s.type());
                    }
                    if (c == close) {
                        break;
                    }
                }
            }
        }
        return s;
    }

    /** How far before a labelled span {@link #bracketsClosed} looks for the opener of its closer. */
    private static final int MAX_BRACKET_REACH = 20;

    /** The openers left open in {@code text[from, to)} and the closers in it with no opener, as a pair. */
    private static int[] unclosed(String text, int from, int to, char open, char close) {
        int depth = 0;
        int stray = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close) {
                if (depth == 0) {
                    stray++;
                } else {
                    depth--;
                }
            }
        }
        return new int[] {depth, stray};
    }

    /** The shortest labelled organisations {@link #nested} joins. */
    private static final int NESTED_MIN = 4;

    /**
     * Labelled organisations side by side, each of {@value #NESTED_MIN} characters or more, as one name: the
     * second is a body within the first (中国国际贸易促进委员会 广东省分会, 农业银行 湖南省分行), which the data
     * mark whole. Shorter ones stay apart (市委 市政府).
     */
    private static List<NameSpan> nested(List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            NameSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null
                    && last.end() == s.start()
                    && last.type() == EntityType.ORGANIZATION
                    && s.type() == EntityType.ORGANIZATION
                    && last.length() >= NESTED_MIN
                    && s.length() >= NESTED_MIN) {
                out.set(
                        out.size() - 1,
                        new NameSpan(last.start(), s.end(), last.type(), last.form()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The other places where a labelled organisation or person is written (招行 ... 招行, 罗德旺 ... 罗德旺),
     * where nothing else was found and not on page furniture: a name the labeller found once is that name
     * wherever the text repeats it. Only names that are no common word of the core dictionary are repeated:
     * an organisation whose main tag there is an organisation, an abbreviation or a proper noun (中心 or 党委
     * labelled once stays once), a person whose main tag is a person's name, or either with no entry. A
     * person is repeated only where the segmenter's words start and end with the name (邓小平 of 邓小平理论,
     * one word, is no mention of the man in People's Daily 1998).
     */
    static List<NameSpan> repeated(
            String text,
            List<Token> tokens,
            List<NameSpan> labelled,
            BitSet covered,
            BitSet content,
            CoreLexicon words) {
        // the names to repeat by their first char, longest first; then one pass over the text
        java.util.Map<Character, List<NameSpan>> byFirst = new java.util.HashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean people = false;
        for (NameSpan m : labelled) {
            String name = text.substring(m.start(), m.end());
            boolean person = m.type() == EntityType.PERSON;
            if (!person && m.type() != EntityType.ORGANIZATION
                    || m.length() < 2
                    || !seen.add(name)) {
                continue;
            }
            String tag = words.mainTag(name);
            if (tag == null
                    || (person
                            ? tag.startsWith("nr")
                            : tag.startsWith("nt") || tag.equals("j") || tag.equals("nz"))) {
                byFirst.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(m);
                people |= person;
            }
        }
        if (byFirst.isEmpty()) {
            return List.of();
        }
        for (List<NameSpan> names : byFirst.values()) {
            names.sort(Comparator.comparingInt(NameSpan::length).reversed());
        }
        // the segmenter's word boundaries, which a repeated person must keep
        BitSet starts = new BitSet(people ? text.length() + 1 : 0);
        BitSet ends = new BitSet(people ? text.length() + 1 : 0);
        for (int i = 0; people && i < tokens.size(); i++) {
            starts.set(tokens.get(i).start());
            ends.set(tokens.get(i).end());
        }
        List<NameSpan> out = new ArrayList<>();
        for (int at = 0; at < text.length(); at++) {
            List<NameSpan> names = byFirst.get(text.charAt(at));
            if (names == null) {
                continue;
            }
            for (NameSpan m : names) {
                int end = at + m.length();
                if (!text.regionMatches(at, text, m.start(), m.length())) {
                    continue;
                }
                NameSpan again = new NameSpan(at, end, m.type(), m.form());
                if (isFree(covered, again)
                        && content.nextClearBit(at) >= end
                        && (m.type() != EntityType.PERSON || starts.get(at) && ends.get(end))) {
                    out.add(again);
                    covered.set(at, end);
                    at = end - 1;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A labelled name that is the tail of a short form the rules found (区商务厅 in 自治区商务厅), or that short
     * form labelled as another type (自治区商务厅 as a place), is that short form.
     */
    private static NameSpan widened(NameSpan s, List<NameSpan> ruleOrgs) {
        for (NameSpan r : ruleOrgs) {
            if (r.form() == NameSpan.Form.ADMIN_SHORT
                    && r.end() == s.end()
                    && (r.start() < s.start()
                            || (r.start() == s.start() && s.type() != r.type()))) {
                return r;
            }
        }
        return s;
    }

    /**
     * Labelled organisations that are the ending of a longer one labelled in the same text (组织部 after
     * 西藏自治区党委组织部) are that one's short form, to be grouped under it.
     */
    private static List<NameSpan> bareEndings(String text, List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            String surface = text.substring(s.start(), s.end());
            boolean ending = false;
            if (s.type() == EntityType.ORGANIZATION && s.form() == NameSpan.Form.FULL) {
                for (NameSpan o : spans) {
                    if (o.type() == EntityType.ORGANIZATION
                            && o.form() == NameSpan.Form.FULL
                            && o.length() > s.length()
                            && text.startsWith(surface, o.end() - s.length())) {
                        ending = true;
                        break;
                    }
                }
            }
            out.add(ending ? new NameSpan(s.start(), s.end(), s.type(), NameSpan.Form.BARE) : s);
        }
        return out;
    }

    /**
     * The rules' short forms that belong to a full name the labeller found in the same text: a bare ending
     * that ends one (组织部 after 西藏自治区党委组织部), or an organ that opens with the level of the region
     * one opens with (自治区商务厅 after 西藏自治区党委组织部). Other short forms (市政府 with no full name of its
     * own) are left out: the dev sets seldom mark them, and with them organisation F1 falls on all four.
     */
    private static List<NameSpan> shortForms(
            String text, List<NameSpan> ruleOrgs, List<NameSpan> found) {
        List<String> fulls = new ArrayList<>();
        List<String> regions = new ArrayList<>();
        for (NameSpan s : found) {
            if (s.type() == EntityType.ORGANIZATION && s.form() == NameSpan.Form.FULL) {
                String name = text.substring(s.start(), s.end());
                fulls.add(name);
                String region = EntityGrouper.leadingRegion(name);
                if (region != null) {
                    regions.add(region);
                }
            }
        }
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan o : ruleOrgs) {
            if (o.length() < 2 || o.form() == NameSpan.Form.FULL) {
                continue;
            }
            String surface = text.substring(o.start(), o.end());
            boolean belongs =
                    fulls.stream()
                            .anyMatch(f -> f.length() > surface.length() && f.endsWith(surface));
            if (!belongs && o.form() == NameSpan.Form.ADMIN_SHORT) {
                for (String level : SHORT_OPENERS) {
                    if (surface.startsWith(level)
                            && regions.stream().anyMatch(r -> r.endsWith(level))) {
                        belongs = true;
                        break;
                    }
                }
            }
            if (!belongs && o.form() == NameSpan.Form.ADMIN_SHORT) {
                belongs = specificOrgan(surface);
            }
            if (belongs) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * A short form whose organ after the level names a particular body (省水利厅, 市公安局: three characters
     * or more), not the level's generic government or party committee (市政府, 省委).
     */
    private static boolean specificOrgan(String surface) {
        int level = 0;
        for (String opener : SHORT_OPENERS) {
            if (surface.startsWith(opener) && opener.length() > level) {
                level = opener.length();
            }
        }
        return level > 0 && surface.length() - level >= 3;
    }

    /** Administrative levels that open short forms of organs: 自治区党委, 市政府, 县公安局. */
    private static final List<String> SHORT_OPENERS =
            WordLists.list("lists/admin-levels.tsv", "short-opener");

    /** First characters of the organ after such a level (委 政 人 公...): 市场 is no short form of anything. */
    private static final WordLists.CharSet ORGAN_STARTS =
            WordLists.chars("lists/org-organ-starts.txt");

    /** A labelled organisation that opens with a bare administrative level (自治区党委) is a short form. */
    private static NameSpan.Form form(String text, NerSpan s) {
        if (s.type() == EntityType.ORGANIZATION) {
            for (String level : SHORT_OPENERS) {
                int after = s.start() + level.length();
                if (after < s.end()
                        && text.startsWith(level, s.start())
                        && ORGAN_STARTS.contains(text.charAt(after))) {
                    return NameSpan.Form.ADMIN_SHORT;
                }
            }
        }
        return NameSpan.Form.FULL;
    }

    /**
     * Later mentions of a company by the brand before its bracketed place, grouped under the full name:
     * 星河智联 after 星河智联（深圳）科技有限公司.
     */
    private List<NameSpan> brands(String text, List<NameSpan> found, BitSet content) {
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan s : found) {
            if (s.type() != EntityType.ORGANIZATION) {
                continue;
            }
            String name = text.substring(s.start(), s.end());
            int bracket = Math.max(name.indexOf('（'), name.indexOf('('));
            if (bracket < 2 || grouper.kindOf(name) != Entity.Kind.COMPANY) {
                continue;
            }
            String brand = name.substring(0, bracket);
            for (int at = text.indexOf(brand); at >= 0; at = text.indexOf(brand, at + 1)) {
                if (content.nextClearBit(at) >= at + brand.length()) {
                    out.add(
                            new NameSpan(
                                    at,
                                    at + brand.length(),
                                    EntityType.ORGANIZATION,
                                    NameSpan.Form.BARE,
                                    name));
                }
            }
        }
        return out;
    }

    /** Every occurrence of a user's organisation name in the content. */
    private List<NameSpan> userOrganizations(String text, BitSet content) {
        List<NameSpan> out = new ArrayList<>();
        for (String name : userOrganizations) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                if (content.nextClearBit(at) >= at + name.length()) {
                    out.add(
                            new NameSpan(
                                    at,
                                    at + name.length(),
                                    EntityType.ORGANIZATION,
                                    NameSpan.Form.FULL));
                }
            }
        }
        return out;
    }

    /** Keeps the spans that overlap nothing kept before, in the order given, marking what they cover. */
    private static List<NameSpan> inOrder(List<NameSpan> spans, BitSet covered) {
        List<NameSpan> kept = new ArrayList<>();
        for (NameSpan s : spans) {
            if (isFree(covered, s)) {
                kept.add(s);
                covered.set(s.start(), s.end());
            }
        }
        return kept;
    }

    /** Keeps the longest of overlapping spans (ties: the earlier), marking what they cover. */
    private static List<NameSpan> longestFirst(List<NameSpan> spans, BitSet covered) {
        List<NameSpan> sorted = new ArrayList<>(spans);
        sorted.sort(
                Comparator.comparingInt(NameSpan::length)
                        .reversed()
                        .thenComparingInt(NameSpan::start));
        return inOrder(sorted, covered);
    }

    private static boolean isFree(BitSet covered, NameSpan s) {
        int next = covered.nextSetBit(s.start());
        return next < 0 || next >= s.end();
    }
}
