package io.github.zhnews.internal.entity;

import io.github.zhnews.internal.resources.ModelResources;
import io.github.zhnews.internal.resources.ResourceException;
import io.github.zhnews.internal.resources.WordLists;
import io.github.zhnews.model.Entity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data behind organisation recognition: name endings, known full names, media outlets and words
 * that end like a name but are not one. Immutable once built; one instance is shared by all analyzers
 * built with the same user dictionary.
 */
final class OrganizationLexicon {
    /** Words that end like an organisation but are common nouns (格局, 餐厅, 互联网...). */
    private static final Set<String> NOT_NAMES =
            WordLists.set("lists/org-common-nouns.tsv", "bare");

    /**
     * Words that end like an organisation but never are one, even after a place or a proper noun
     * (世界格局, 中国西部, 台湾当局: PD-style annotation treats 当局 as a common noun).
     */
    private static final Set<String> COMMON_NOUNS =
            WordLists.set("lists/org-common-nouns.tsv", "always");

    /** Endings that make a name of no other kind a medium: 《文汇报》, 《人民画报》. */
    private static final List<String> MEDIA_ENDINGS =
            WordLists.list("lists/org-media-endings.tsv", "kind");

    private final Map<String, Entity.Kind> suffixKinds;
    private final int longestSuffix;

    /** The last characters of all endings, for a quick "no" on ordinary words. */
    private final java.util.BitSet suffixLastChars;

    /** For each length, the first characters of the endings of that length: no substring for most lengths. */
    private final java.util.BitSet[] suffixFirstCharsByLength;

    private final Map<String, Entity.Kind> names;
    private final Map<Character, List<String>> namesByFirstChar;

    /** The first characters of the known names, for a quick "no". */
    private final java.util.BitSet nameFirstChars = new java.util.BitSet(Character.MAX_VALUE + 1);

    private final Set<String> media;
    private final int longestName;

    OrganizationLexicon(Collection<String> userOrganizations) {
        suffixKinds = new HashMap<>();
        for (String line : ModelResources.lines("org-suffixes.txt")) {
            String[] p = line.split("\t");
            suffixKinds.putIfAbsent(p[0], kind("org-suffixes.txt", p));
        }
        longestSuffix = suffixKinds.keySet().stream().mapToInt(String::length).max().orElse(1);
        suffixLastChars = new java.util.BitSet(Character.MAX_VALUE + 1);
        suffixKinds.keySet().forEach(k -> suffixLastChars.set(k.charAt(k.length() - 1)));
        suffixFirstCharsByLength = new java.util.BitSet[longestSuffix + 1];
        for (int len = 1; len <= longestSuffix; len++) {
            suffixFirstCharsByLength[len] = new java.util.BitSet();
        }
        suffixKinds.keySet().forEach(k -> suffixFirstCharsByLength[k.length()].set(k.charAt(0)));
        names = new HashMap<>();
        for (String line : ModelResources.lines("organizations.txt")) {
            String[] p = line.split("\t");
            names.put(p[0], kind("organizations.txt", p));
        }
        media = new HashSet<>(ModelResources.firstColumn("media.txt"));
        for (String m : media) {
            names.putIfAbsent(m, Entity.Kind.MEDIA);
        }
        for (String u : userOrganizations) {
            names.putIfAbsent(u, Entity.Kind.OTHER);
        }
        Map<Character, List<String>> byFirst = new HashMap<>();
        for (String name : names.keySet()) {
            nameFirstChars.set(name.charAt(0));
            byFirst.computeIfAbsent(name.charAt(0), c -> new ArrayList<>()).add(name);
        }
        byFirst.values()
                .forEach(
                        l ->
                                l.sort(
                                        Comparator.comparingInt(String::length)
                                                .reversed()
                                                .thenComparing(Comparator.naturalOrder())));
        byFirst.replaceAll((c, l) -> List.copyOf(l));
        namesByFirstChar = Map.copyOf(byFirst);
        longestName = names.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** Known names that open with {@code c}, longest first. */
    List<String> namesStartingWith(char c) {
        if (!nameFirstChars.get(c)) {
            return List.of(); // most words: no known name starts with their first character
        }
        return namesByFirstChar.getOrDefault(c, List.of());
    }

    /** The longest organisation ending of {@code word}, or {@code null}. */
    String suffixOf(String word) {
        if (word.isEmpty() || !suffixLastChars.get(word.charAt(word.length() - 1))) {
            return null; // most words: no ending of an organisation ends with their last character
        }
        for (int len = Math.min(longestSuffix, word.length()); len >= 1; len--) {
            if (!suffixFirstCharsByLength[len].get(word.charAt(word.length() - len))) {
                continue;
            }
            String s = word.substring(word.length() - len);
            if (suffixKinds.containsKey(s)) {
                return s;
            }
        }
        return null;
    }

    /** The kind named in the second column of a line of a model file; a kind that does not exist is an error. */
    private static Entity.Kind kind(String file, String[] columns) {
        for (Entity.Kind k : Entity.Kind.values()) {
            if (columns.length == 2 && k.id().equals(columns[1])) {
                return k;
            }
        }
        throw new ResourceException(
                "zhnews model file 'models/"
                        + file
                        + "': entry '"
                        + columns[0]
                        + "' needs one of the kinds "
                        + java.util.Arrays.toString(Entity.Kind.values())
                                .toLowerCase(java.util.Locale.ROOT)
                        + " in its second column");
    }

    /** The kind of organisation an ending denotes (party, government, company...). */
    Entity.Kind kindOf(String suffix) {
        return suffixKinds.get(suffix);
    }

    /**
     * The kind of body a full organisation name denotes: the gazetteer's kind for a known name, else the kind
     * of its ending; a name opening with 中共 is a Party organ whatever its ending (中共中央台湾工作办公室).
     */
    Entity.Kind kindOfName(String name) {
        Entity.Kind known = names.get(name);
        if (known != null) {
            return known;
        }
        if (name.startsWith("中共") || name.startsWith("中国共产党")) {
            return Entity.Kind.PARTY;
        }
        String suffix = suffixOf(name);
        if (suffix != null) {
            return suffixKinds.get(suffix);
        }
        if (MEDIA_ENDINGS.stream().anyMatch(name::endsWith)) {
            return Entity.Kind.MEDIA; // 《文汇报》, 《人民画报》
        }
        return Entity.Kind.OTHER;
    }

    /** The length of the longest known name. */
    int longestName() {
        return longestName;
    }

    boolean isKnownName(String s) {
        return names.containsKey(s);
    }

    boolean isMedia(String s) {
        return media.contains(s);
    }

    /** A common noun that ends like a name and never is one, whatever stands before it. */
    boolean isCommonNoun(String s) {
        return COMMON_NOUNS.contains(s);
    }

    boolean isNotName(String s) {
        return NOT_NAMES.contains(s);
    }
}
