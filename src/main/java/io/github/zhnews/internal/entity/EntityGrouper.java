package io.github.zhnews.internal.entity;

import io.github.zhnews.internal.resources.WordLists;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.EntityType;
import io.github.zhnews.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups mentions under canonical names.
 *
 * <ul>
 *   <li>The same text is the same entity.</li>
 *   <li>A short form is grouped under a full name of the same type that ends with it: 组织部 under
 *       西藏自治区党委组织部, 自治区党委 under 西藏自治区党委 (the nearest full name before it wins, else the first).</li>
 *   <li>A short form that opens with an administrative level and has no full name in the text is completed
 *       with the region the article is about, when the text names exactly one such region:
 *       自治区商务厅 becomes 西藏自治区商务厅 in an article that names 西藏自治区.</li>
 *   <li>A place is grouped under its fuller form: 西藏 under 西藏自治区.</li>
 *   <li>Bare endings that group under nothing are dropped.</li>
 * </ul>
 */
final class EntityGrouper {
    /** Province-level regions whose full name adds the level: 西藏 -> 西藏自治区. */
    private static final List<String> LEVELS = WordLists.list("lists/admin-levels.tsv", "group");

    private static final Map<String, String> REGIONS = WordLists.map("lists/regions.tsv");

    /**
     * @param text   the analysed text
     * @param spans  the names to report
     * @param places every place named in the text, including those inside organisation names
     */
    /** Provinces, whose organisations often open with 省: 四川省委 -> 四川省. */
    private static final List<String> PROVINCES = WordLists.list("lists/provinces.txt");

    /**
     * The provinces with their level (河北省), built once on first use (not while the class is initialised, so
     * that a broken list fails at build(), where WordLists.loadAll() reads it): every organisation found is
     * checked against them.
     */
    private static final class ProvincesWithLevel {
        static final List<String> LIST = PROVINCES.stream().map(p -> p + "省").toList();
    }

    /** The province-level region an organisation name opens with (西藏自治区党委 -> 西藏自治区), or null. */
    static String leadingRegion(String name) {
        for (Map.Entry<String, String> e : REGIONS.entrySet()) {
            if (name.startsWith(e.getValue())) {
                return e.getValue();
            }
        }
        for (String p : ProvincesWithLevel.LIST) {
            if (name.startsWith(p)) {
                return p;
            }
        }
        return null;
    }

    private final Function<String, Entity.Kind> kinds;

    /** @param kinds the kind of an organisation, from its canonical name */
    EntityGrouper(Function<String, Entity.Kind> kinds) {
        this.kinds = kinds;
    }

    /** The kind of an organisation with this canonical name. */
    Entity.Kind kindOf(String name) {
        return kinds.apply(name);
    }

    List<Entity> group(String text, List<NameSpan> spans, List<String> places) {
        List<NameSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(NameSpan::start));
        Map<String, String> regionByLevel = regions(places);
        Map<EntityType, Set<String>> fullNames = new HashMap<>();
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        Map<String, EntityType> typeOf = new HashMap<>();
        // full names first, so that short forms can find them
        for (NameSpan s : sorted) {
            if (s.form() == NameSpan.Form.FULL) {
                String surface = text.substring(s.start(), s.end());
                fullNames.computeIfAbsent(s.type(), t -> new LinkedHashSet<>()).add(surface);
            }
        }
        for (NameSpan s : sorted) {
            String surface = text.substring(s.start(), s.end());
            String name =
                    canonical(
                            s, surface, fullNames.getOrDefault(s.type(), Set.of()), regionByLevel);
            if (name == null) {
                continue;
            }
            String key = s.type() + "\u0000" + name;
            byName.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Mention(surface, s.start(), s.end()));
            typeOf.put(key, s.type());
        }
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> e : byName.entrySet()) {
            String name = e.getKey().substring(e.getKey().indexOf('\u0000') + 1);
            EntityType type = typeOf.get(e.getKey());
            out.add(
                    new Entity(
                            name,
                            type,
                            type == EntityType.ORGANIZATION ? kinds.apply(name) : null,
                            e.getValue()));
        }
        out.sort(Comparator.comparingInt(Entity::firstOffset));
        return out;
    }

    /**
     * The spans that {@link #group} makes mentions of, in the order given: all but the short forms of
     * organisations with no full name to attach to.
     */
    List<NameSpan> mentioned(String text, List<NameSpan> spans) {
        Set<String> fullOrganizations = new HashSet<>();
        for (NameSpan s : spans) {
            if (s.form() == NameSpan.Form.FULL && s.type() == EntityType.ORGANIZATION) {
                fullOrganizations.add(text.substring(s.start(), s.end()));
            }
        }
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            // the regions only choose the name an administrative short form is grouped under
            if (s.type() != EntityType.ORGANIZATION
                    || canonical(s, text.substring(s.start(), s.end()), fullOrganizations, Map.of())
                            != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static String canonical(
            NameSpan s, String surface, Set<String> fulls, Map<String, String> regionByLevel) {
        if (s.type() == EntityType.PLACE) {
            String region = REGIONS.get(surface);
            if (region != null && fulls.contains(region)) {
                return region;
            }
            for (String f : fulls) {
                if (f.length() > surface.length()
                        && f.startsWith(surface)
                        && OrganizationRecognizer.ADMIN_LEVELS.contains(
                                f.substring(surface.length()))) {
                    return f;
                }
            }
            return surface;
        }
        if (s.alias() != null) {
            return s.alias();
        }
        if (s.form() == NameSpan.Form.FULL || s.type() != EntityType.ORGANIZATION) {
            return surface;
        }
        String best = null;
        for (String f :
                fulls) { // fulls are in text order: the first that ends with the short form wins
            if (f.length() > surface.length() && f.endsWith(surface)) {
                best = f;
                break;
            }
        }
        if (best != null) {
            return best;
        }
        if (s.form() == NameSpan.Form.ADMIN_SHORT) {
            for (Map.Entry<String, String> e : regionByLevel.entrySet()) {
                if (surface.startsWith(e.getKey())) {
                    return e.getValue() + surface.substring(e.getKey().length());
                }
            }
            return surface;
        }
        return null; // a bare ending with nothing to attach to
    }

    /**
     * For each administrative level, the single region of that level the text names (自治区 -> 西藏自治区);
     * levels named by two different regions are left out, since a short form could mean either.
     */
    private static Map<String, String> regions(List<String> places) {
        Map<String, String> found = new HashMap<>();
        List<String> ambiguous = new ArrayList<>();
        for (String place : places) {
            String region = REGIONS.getOrDefault(place, place);
            for (String level : LEVELS) {
                if (region.length() > level.length() && region.endsWith(level)) {
                    String prev = found.putIfAbsent(level, region);
                    if (prev != null && !prev.equals(region)) {
                        ambiguous.add(level);
                    }
                    break;
                }
            }
        }
        ambiguous.forEach(found::remove);
        return found;
    }
}
