package io.github.zhnews.internal.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Word segmentation scoring as the SIGHAN bakeoff {@code score} script defines it: per line, a word is
 * correct when the same stretch of characters is one word on both sides (the script aligns the word
 * sequences with {@code diff}; on identical text this is the same as matching character spans);
 * precision = correct / predicted words, recall = correct / gold words, F = 2PR/(P+R), summed over lines.
 * A gold word absent from the training word list is out of vocabulary (OOV); OOV recall is the share of
 * OOV gold words found, the OOV rate their share of all gold words. As in the script, a line whose gold
 * side is empty is skipped, and U+3000 counts as a word separator.
 */
public final class SegmentationScorer {
    private final Set<String> vocabulary;
    private long correct;
    private long predicted;
    private long gold;
    private long oov;
    private long oovFound;
    private long lines;
    private long misaligned;

    /** @param vocabulary the training word list, or {@code null} when there is none (no OOV figures) */
    public SegmentationScorer(Set<String> vocabulary) {
        this.vocabulary = vocabulary == null ? null : new HashSet<>(vocabulary);
    }

    /** Splits a gold line of the bakeoff format (words separated by whitespace or U+3000) into words. */
    public static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        for (String w : line.replace('\u3000', ' ').strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Adds one line: the gold words and the predicted words of the same text. */
    public void addLine(List<String> goldWords, List<String> predictedWords) {
        List<String> g = clean(goldWords);
        if (g.isEmpty()) {
            return;
        }
        List<String> p = clean(predictedWords);
        lines++;
        List<Span> gs = spans(g);
        List<Span> ps = spans(p);
        if (gs.get(gs.size() - 1).end() != (ps.isEmpty() ? 0 : ps.get(ps.size() - 1).end())) {
            misaligned++;
        }
        Set<Span> predictedSet = new HashSet<>(ps);
        gold += g.size();
        predicted += p.size();
        for (int i = 0; i < g.size(); i++) {
            boolean hit = predictedSet.contains(gs.get(i));
            if (hit) {
                correct++;
            }
            if (vocabulary != null && !vocabulary.contains(g.get(i))) {
                oov++;
                if (hit) {
                    oovFound++;
                }
            }
        }
    }

    private static List<String> clean(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String s = w.replaceAll("[\\s\\u3000]+", "");
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<Span> spans(List<String> words) {
        List<Span> out = new ArrayList<>();
        int at = 0;
        for (String w : words) {
            out.add(new Span(at, at + w.length(), "WORD"));
            at += w.length();
        }
        return out;
    }

    public Prf prf() {
        return new Prf(correct, predicted, gold);
    }

    /** Share of gold words out of vocabulary; NaN without a word list. */
    public double oovRate() {
        return vocabulary == null || gold == 0 ? Double.NaN : (double) oov / gold;
    }

    /** Share of OOV gold words segmented correctly; NaN without a word list or OOV words. */
    public double oovRecall() {
        return vocabulary == null || oov == 0 ? Double.NaN : (double) oovFound / oov;
    }

    /** Share of in-vocabulary gold words segmented correctly. */
    public double ivRecall() {
        long iv = gold - oov;
        return vocabulary == null || iv == 0 ? Double.NaN : (double) (correct - oovFound) / iv;
    }

    public long lines() {
        return lines;
    }

    /** Lines where the predicted words do not spell the same number of characters as the gold words. */
    public long misalignedLines() {
        return misaligned;
    }

    public long oovWords() {
        return oov;
    }
}
