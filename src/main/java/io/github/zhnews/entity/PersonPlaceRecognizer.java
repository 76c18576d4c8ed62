package io.github.zhnews.entity;

import io.github.zhnews.io.ModelResources;
import io.github.zhnews.model.EntityType;
import io.github.zhnews.model.Token;

import java.util.ArrayList;
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
    private static final Set<String> NAME_CUES_AFTER = Set.of("表示", "说", "指出", "介绍", "认为", "强调", "同志",
            "先生", "女士", "主持", "出席", "讲话", "告诉", "称", "透露", "坦言", "等", "一行", "家", "老师");
    /** Characters that end no given name: a recogniser that swallowed a verb or particle (桑说, 曾对). */
    private static final String NEVER_IN_NAMES = "说对到了的是在和与及被把将向从给让也都就还又";
    /** First syllables of Tibetan given names, which have no surname. */
    private static final Set<String> TIBETAN = Set.of("格桑", "次仁", "扎西", "卓玛", "央金", "尼玛", "多吉", "达瓦",
            "旦增", "拉巴", "索朗", "平措", "巴桑", "白玛", "德吉", "普布", "边巴", "洛桑", "顿珠", "强巴", "罗布", "米玛",
            "曲珍", "央宗", "拉姆", "次旦", "嘎玛", "仁青");
    /** Verbs and determiners the place recogniser glues to 村, 乡 or 区: 驻村, 全区. */
    private static final String NOT_PLACE_START = "驻进在下到全本该各我社入回返";

    private final Set<String> surnames;

    PersonPlaceRecognizer() {
        Set<String> names = new java.util.HashSet<>();
        for (String line : ModelResources.lines("surnames.txt")) {
            names.addAll(java.util.Arrays.asList(line.split("\\s+")));
        }
        this.surnames = Set.copyOf(names);
    }

    /** Pieces HanLP tags as names that are parts of counts or common phrases. */
    private static final Set<String> NOT_PEOPLE = Set.of("余人", "多人", "万人", "千人", "百人", "人次", "余名",
            "人人", "有人", "某人", "众人", "新人", "老人", "个人", "本人", "他人");
    private static final Set<String> PLACE_LEVELS = Set.of("自治区", "省", "市", "县", "区", "州", "盟", "旗", "镇",
            "乡", "村", "自治州", "自治县", "地区", "新区");

    /** A byline: 记者格桑报道, （通讯员 次仁）. Names of any origin, with or without a Han surname. */
    private static final Pattern BYLINE = Pattern.compile(
            "(?:记者|通讯员|实习生|摄影)[ 　]?([\\p{IsHan}·]{2,5}?)(?=[）)、，,\\s]|报道|摄)");

    List<NameSpan> find(String text, List<Token> tokens) {
        List<NameSpan> out = new ArrayList<>();
        Matcher m = BYLINE.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (TIBETAN.stream().anyMatch(name::startsWith) || surnames.contains(name.substring(0, 1))
                    && NEVER_IN_NAMES.indexOf(name.charAt(name.length() - 1)) < 0 && name.indexOf('了') < 0) {
                out.add(new NameSpan(m.start(1), m.end(1), EntityType.PERSON, NameSpan.Form.FULL));
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String p = t.pos();
            if (p.startsWith("nr") && t.text().length() >= 3 && PLACE_LEVELS.contains(t.text().substring(
                    t.text().length() - 1)) && OrganizationRecognizer.isHan(t.text())) {
                // 林芝市 tagged as a person: Chinese given names do not end in 市, 县 or 州
                out.add(new NameSpan(t.start(), t.end(), EntityType.PLACE, NameSpan.Form.FULL));
            } else if (p.equals("nr") || p.equals("nrf") || p.equals("nrj")) {
                if (isPerson(tokens, i) && out.stream().noneMatch(
                        b -> b.start() < t.end() && t.start() < b.end())) {
                    out.add(new NameSpan(t.start(), t.end(), EntityType.PERSON, NameSpan.Form.FULL));
                }
            } else if (p.startsWith("ns") && t.text().length() >= 2 && OrganizationRecognizer.isHan(t.text())
                    && !(t.text().length() == 2 && NOT_PLACE_START.indexOf(t.text().charAt(0)) >= 0)) {
                int end = t.end();
                if (i + 1 < tokens.size() && PLACE_LEVELS.contains(tokens.get(i + 1).text())
                        && tokens.get(i + 1).start() == end) {
                    end = tokens.get(++i).end();
                }
                out.add(new NameSpan(t.start(), end, EntityType.PLACE, NameSpan.Form.FULL));
            }
        }
        return out;
    }

    private boolean isPerson(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.text();
        if (NOT_PEOPLE.contains(w) || !OrganizationRecognizer.isHan(w.replace("·", "").replace("•", ""))) {
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
            if (prev.end() == t.start() && (prev.pos().startsWith("m") || prev.pos().equals("q"))) {
                return false;
            }
        }
        if (!t.pos().equals("nr")) {
            return w.length() >= 3; // transliterated names: 马克龙, 普京 is too short to trust alone
        }
        boolean surname = surnames.contains(w.substring(0, 1))
                || w.length() >= 3 && surnames.contains(w.substring(0, 2));
        if (!surname || NEVER_IN_NAMES.indexOf(w.charAt(w.length() - 1)) >= 0) {
            return false;
        }
        if (w.length() >= 3) {
            return true;
        }
        // two characters (李明) are often a word the recogniser mistook: ask the context
        boolean titleBefore = i > 0 && isTitle(tokens.get(i - 1));
        boolean cueAfter = i + 1 < tokens.size()
                && (NAME_CUES_AFTER.contains(tokens.get(i + 1).text()) || isTitle(tokens.get(i + 1))
                || tokens.get(i + 1).text().equals("、") || tokens.get(i + 1).text().equals("（"));
        return titleBefore || cueAfter;
    }

    private static boolean isTitle(Token t) {
        return t.pos().equals("nnt") || t.pos().equals("nnd") || t.text().endsWith("长") || t.text().endsWith("记")
                || t.text().endsWith("员") || t.text().equals("主任");
    }
}
