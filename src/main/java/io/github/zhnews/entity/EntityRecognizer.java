package io.github.zhnews.entity;

import io.github.zhnews.document.CoreLexicon;
import io.github.zhnews.document.Document;
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
 */
public final class EntityRecognizer implements EntityFinder {
    private final OrganizationRecognizer organizations;
    private final PersonPlaceRecognizer peopleAndPlaces;
    private final EntityGrouper grouper;

    /**
     * @param userOrganizations organisation names the user added; they are always recognised
     * @param words             the segmenter's core dictionary, to tell a name from an ordinary word
     */
    public EntityRecognizer(Collection<String> userOrganizations, CoreLexicon words) {
        OrganizationLexicon lexicon = new OrganizationLexicon(userOrganizations);
        this.organizations = new OrganizationRecognizer(lexicon, words);
        this.peopleAndPlaces = new PersonPlaceRecognizer(words);
        this.grouper = new EntityGrouper(lexicon::kindOfName);
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
        BitSet covered = new BitSet(text.length());
        List<NameSpan> found = new ArrayList<>(organizations.find(text, tokens));
        found.removeIf(o -> o.length() < 2); // 党 in 两党 is no mention of a party
        List<NameSpan> orgs = longestFirst(found, covered);
        List<String> places = new ArrayList<>();
        for (NameSpan o : orgs) {
            String region = EntityGrouper.leadingRegion(text.substring(o.start(), o.end()));
            if (region != null) {
                places.add(region);
            }
        }
        List<NameSpan> others = peopleAndPlaces.find(text, tokens);
        for (NameSpan s : others) {
            if (s.type() == EntityType.PLACE) {
                places.add(text.substring(s.start(), s.end()));
            }
        }
        // after the organisations, people and places may not overlap each other either: 贾西平 over 西平
        List<NameSpan> all = new ArrayList<>(orgs);
        all.addAll(longestFirst(others, covered));
        return grouper.group(text, all, places);
    }

    /** Keeps the longest of overlapping spans (ties: the earlier), marking what they cover. */
    private static List<NameSpan> longestFirst(List<NameSpan> spans, BitSet covered) {
        List<NameSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(NameSpan::length).reversed().thenComparingInt(NameSpan::start));
        List<NameSpan> kept = new ArrayList<>();
        for (NameSpan s : sorted) {
            if (isFree(covered, s)) {
                kept.add(s);
                covered.set(s.start(), s.end());
            }
        }
        return kept;
    }

    private static boolean isFree(BitSet covered, NameSpan s) {
        int next = covered.nextSetBit(s.start());
        return next < 0 || next >= s.end();
    }
}
