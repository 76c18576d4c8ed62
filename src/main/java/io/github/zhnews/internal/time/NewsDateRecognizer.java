package io.github.zhnews.internal.time;

import io.github.zhnews.internal.document.Document;
import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.Token;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Dates are found on the text by {@link ChineseDateFinder}; the words only veto a reading that would cut a
 * dictionary word in two (明日 in 光明日报). A word that is a guess rather than a dictionary entry, a person's
 * name the segmenter made up (周五王 in 下周五王强出差), never hides a date: the date wins. Immutable and
 * thread-safe.
 */
public final class NewsDateRecognizer implements DateRecognizer {
    private final ChineseDateFinder finder = new ChineseDateFinder();

    @Override
    public List<DateMention> find(Document doc, LocalDateTime reference) {
        String text = doc.text();
        BitSet starts = new BitSet(text.length() + 1);
        BitSet ends = new BitSet(text.length() + 1);
        for (Token t : doc.tokens()) {
            starts.set(t.start());
            ends.set(t.end());
            if (isGuessedName(t)) {
                starts.set(
                        t.start(),
                        t.end()); // a date may begin or end anywhere inside a guessed name
                ends.set(t.start(), t.end() + 1);
            } else if (mayHoldDate(t)) {
                ends.set(t.start(), t.end() + 1); // a date may end inside a time word (去年同期)
            }
        }
        List<DateMention> found = new ArrayList<>();
        for (DateMention d : finder.findNormalized(text, text, reference, starts)) {
            if (ends.get(d.end()) && !doc.isBoilerplate(d.start(), d.end())) {
                found.add(d);
            }
        }
        return found;
    }

    /** A person's name found by the segmenter's name recogniser: nr, nrf (transliterated), nrj (Japanese). */
    private static boolean isGuessedName(Token t) {
        return t.pos().startsWith("nr");
    }

    private static boolean mayHoldDate(Token t) {
        String p = t.pos();
        return p.startsWith("t") || p.startsWith("m") || p.startsWith("q") || p.startsWith("f");
    }
}
