package io.github.zhnews.keyphrase;

import io.github.zhnews.io.ModelResources;

import java.util.Arrays;
import java.util.List;

/**
 * Inverse document frequencies of Chinese words ({@code models/idf.tsv.gz}, see models/README.md for
 * provenance). Stored as sorted arrays to keep the heap small; immutable and shared.
 */
public final class IdfTable {
    private final String[] words;
    private final float[] values;
    private final float unknown;

    private IdfTable(String[] words, float[] values) {
        this.words = words;
        this.values = values;
        float max = 0;
        for (float v : values) {
            max = Math.max(max, v);
        }
        this.unknown = max;
    }

    /** The table bundled with zhnews, loaded on first use. */
    public static IdfTable bundled() {
        return Holder.BUNDLED;
    }

    /** The IDF of a word; words not in the table are taken as rare and get the table's highest value. */
    public double idf(String word) {
        int i = Arrays.binarySearch(words, word);
        return i >= 0 ? values[i] : unknown;
    }

    /** Whether the word is in the table. */
    public boolean contains(String word) {
        return Arrays.binarySearch(words, word) >= 0;
    }

    public int size() {
        return words.length;
    }

    private static final class Holder {
        static final IdfTable BUNDLED = load("idf.tsv.gz");
    }

    static IdfTable load(String model) {
        List<String> lines = ModelResources.lines(model);
        String[][] rows = new String[lines.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = lines.get(i).split("\t");
        }
        Arrays.sort(rows, (a, b) -> a[0].compareTo(b[0]));
        String[] w = new String[rows.length];
        float[] v = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            w[i] = rows[i][0];
            v[i] = Float.parseFloat(rows[i][1]);
        }
        return new IdfTable(w, v);
    }
}
