package io.github.zhnews.entity;

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
            out.add(new NameSpan(m.start(1), m.end(1), EntityType.PERSON, NameSpan.Form.FULL));
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
            } else if (p.startsWith("ns") && t.text().length() >= 2 && OrganizationRecognizer.isHan(t.text())) {
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

    private static boolean isPerson(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.text();
        if (NOT_PEOPLE.contains(w) || !OrganizationRecognizer.isHan(w.replace("·", "").replace("•", ""))) {
            return false;
        }
        int max = t.pos().equals("nr") ? 4 : 12;
        if (w.length() < 2 || w.length() > max) {
            return false;
        }
        if (i > 0) {
            Token prev = tokens.get(i - 1);
            // 4000余人, 30多人: a name never follows a number directly
            if (prev.end() == t.start() && (prev.pos().startsWith("m") || prev.pos().equals("q"))) {
                return false;
            }
        }
        return true;
    }
}
