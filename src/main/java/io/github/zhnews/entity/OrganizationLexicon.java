package io.github.zhnews.entity;

import io.github.zhnews.io.ModelResources;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The data behind organisation recognition: name endings, known full names, media outlets and words
 * that end like a name but are not one. Immutable once built; one instance is shared by all analyzers
 * built with the same user dictionary.
 */
final class OrganizationLexicon {
    /** Words that end like an organisation but are common nouns (格局, 餐厅, 互联网...). */
    private static final Set<String> NOT_NAMES = Set.of(
            "格局", "布局", "大局", "全局", "结局", "当局", "开局", "时局", "局面", "局部",
            "餐厅", "大厅", "客厅", "展厅", "舞厅", "门厅", "歌厅", "咖啡厅", "政府",
            "互联网", "电网", "物联网", "局域网", "因特网", "万维网", "天网", "网", "上网", "联网", "官网", "全网",
            "党委", "党组", "人大", "政协", "纪委", "监委", "委员会", "集团", "公司", "银行", "大学", "医院",
            "法院", "中心", "支部", "协会", "学会", "工会", "日报", "研究院", "研究所", "工作组", "领导小组",
            "党支部", "党组织", "基层党组织", "总支", "大队", "中队", "支队", "工作队", "服务站", "工作站",
            "常委会", "代表大会", "合作社", "事务所", "中学", "小学", "学校", "学院", "幼儿园", "办公室",
            "管委会", "居委会", "村委会", "组委会", "图书馆", "博物馆", "体育馆", "纪念馆");

    private final Map<String, String> suffixKinds;
    private final int longestSuffix;
    private final Map<String, String> names;
    private final Map<Character, List<String>> namesByFirstChar;
    private final Set<String> media;

    OrganizationLexicon(Collection<String> userOrganizations) {
        suffixKinds = new HashMap<>();
        for (String line : ModelResources.lines("org-suffixes.txt")) {
            String[] p = line.split("\t");
            suffixKinds.putIfAbsent(p[0], p[1]);
        }
        longestSuffix = suffixKinds.keySet().stream().mapToInt(String::length).max().orElse(1);
        names = new HashMap<>();
        for (String line : ModelResources.lines("organizations.txt")) {
            String[] p = line.split("\t");
            names.put(p[0], p[1]);
        }
        media = new HashSet<>(ModelResources.firstColumn("media.txt"));
        for (String m : media) {
            names.putIfAbsent(m, "media");
        }
        for (String u : userOrganizations) {
            names.putIfAbsent(u, "other");
        }
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String name : names.keySet()) {
            byFirst.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(name);
        }
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())));
        byFirst.replaceAll((c, l) -> List.copyOf(l));
        namesByFirstChar = Map.copyOf(byFirst);
    }

    /** Known names that open with {@code c}, longest first. */
    List<String> namesStartingWith(char c) {
        return namesByFirstChar.getOrDefault(c, List.of());
    }

    /** The longest organisation ending of {@code word}, or {@code null}. */
    String suffixOf(String word) {
        for (int len = Math.min(longestSuffix, word.length()); len >= 1; len--) {
            String s = word.substring(word.length() - len);
            if (suffixKinds.containsKey(s)) {
                return s;
            }
        }
        return null;
    }

    /** The kind of organisation an ending denotes (party, government, company...). */
    String kindOf(String suffix) {
        return suffixKinds.get(suffix);
    }

    boolean isKnownName(String s) {
        return names.containsKey(s);
    }

    boolean isMedia(String s) {
        return media.contains(s);
    }

    boolean isNotName(String s) {
        return NOT_NAMES.contains(s);
    }
}
