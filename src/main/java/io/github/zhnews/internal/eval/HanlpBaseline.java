package io.github.zhnews.internal.eval;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Bare HanLP portable as the baseline: {@code HanLP.newSegment()} with person, place and organisation
 * recognition on. Entities from the tags (nr, nrf, nrj → PER; ns, nsf → LOC; nt* → ORG); time
 * expressions from maximal runs of {@code t}-tagged words (HanLP has no normaliser); key phrases from
 * {@code HanLP.extractKeyword} (or {@code HanLP.extractPhrase} with {@link #phrases()}), keeping only
 * those that occur verbatim in the text.
 */
public final class HanlpBaseline implements Annotator {
    private final Segment segment =
            HanLP.newSegment()
                    .enableNameRecognize(true)
                    .enablePlaceRecognize(true)
                    .enableOrganizationRecognize(true);
    private final boolean phrases;

    public HanlpBaseline() {
        this(false);
    }

    private HanlpBaseline(boolean phrases) {
        this.phrases = phrases;
    }

    /** The same baseline whose key phrases come from {@code HanLP.extractPhrase}. */
    public HanlpBaseline phrases() {
        return new HanlpBaseline(true);
    }

    @Override
    public String name() {
        return phrases ? "hanlp-phrase" : "hanlp";
    }

    /** A word with its tag and offsets. */
    record Tagged(String word, String tag, int start, int end) {}

    List<Tagged> tag(String text) {
        List<Tagged> out = new ArrayList<>();
        int at = 0;
        for (Term t : segment.seg(text)) {
            int s = text.indexOf(t.word, at);
            if (s < 0) {
                continue; // HanLP changed the text (should not happen without normalisation)
            }
            at = s + t.word.length();
            if (!t.word.isBlank()) {
                out.add(new Tagged(t.word, t.nature == null ? "x" : t.nature.toString(), s, at));
            }
        }
        return out;
    }

    @Override
    public List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (Term t : segment.seg(text)) {
            if (!t.word.isBlank()) {
                out.add(t.word);
            }
        }
        return out;
    }

    static String entityType(String tag) {
        if (tag.equals("nr") || tag.equals("nrf") || tag.equals("nrj")) {
            return Readers.PER;
        }
        if (tag.equals("ns") || tag.equals("nsf")) {
            return Readers.LOC;
        }
        if (tag.startsWith("nt")) {
            return Readers.ORG;
        }
        return null;
    }

    @Override
    public List<Span> entities(String text) {
        List<Span> out = new ArrayList<>();
        for (Tagged t : tag(text)) {
            String type = entityType(t.tag());
            if (type != null) {
                out.add(new Span(t.start(), t.end(), type));
            }
        }
        return out;
    }

    @Override
    public List<Span> times(String text) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Tagged t : tag(text)) {
            boolean time = t.tag().equals("t");
            if (time && start >= 0 && t.start() == end) {
                end = t.end();
                continue;
            }
            if (start >= 0) {
                out.add(new Span(start, end, Readers.TIME));
                start = -1;
            }
            if (time) {
                start = t.start();
                end = t.end();
            }
        }
        if (start >= 0) {
            out.add(new Span(start, end, Readers.TIME));
        }
        return out;
    }

    @Override
    public List<String> keyPhrases(String text, int k) {
        List<String> raw = phrases ? HanLP.extractPhrase(text, k) : HanLP.extractKeyword(text, k);
        List<String> out = new ArrayList<>();
        for (String p : raw) {
            if (!p.isBlank() && text.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    @Override
    public int analyzeForTiming(String text) {
        return segment.seg(text).size();
    }
}
