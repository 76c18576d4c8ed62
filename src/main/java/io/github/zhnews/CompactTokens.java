package io.github.zhnews;

import io.github.zhnews.model.Token;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The words of a long document, held as offsets into its text and a part-of-speech number, about 10 bytes a
 * word instead of the 80 or so of a {@link Token} with its own string; each {@link #get(int)} makes the token.
 * Immutable once built (the builder hands over its arrays and is then done), so it is a {@link List} like
 * {@code List.copyOf}'s: read-only, safe to share across threads, equal to any list of the same tokens.
 */
final class CompactTokens extends AbstractList<Token> implements RandomAccess {
    private final String input;
    private final int[] starts;
    private final int[] ends;
    private final short[] tags;
    private final String[] tagNames;
    private final int size;

    private CompactTokens(
            String input, int[] starts, int[] ends, short[] tags, String[] tagNames, int size) {
        this.input = input;
        this.starts = starts;
        this.ends = ends;
        this.tags = tags;
        this.tagNames = tagNames;
        this.size = size;
    }

    @Override
    public Token get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " outside 0.." + size);
        }
        int s = starts[index];
        int e = ends[index];
        return new Token(input.substring(s, e), tagNames[tags[index]], s, e);
    }

    @Override
    public int size() {
        return size;
    }

    /** Collects the words of one text, piece by piece, in text order. Not thread-safe; one use. */
    static final class Builder {
        private final String input;
        private int[] starts = new int[1024];
        private int[] ends = new int[1024];
        private short[] tags = new short[1024];
        private final Map<String, Short> tagIds = new HashMap<>();
        private final List<String> tagNames = new ArrayList<>();
        private int size;

        /** @param input the whole text as the caller gave it: each token's surface is cut from it */
        Builder(String input) {
            this.input = input;
        }

        /** Adds the tokens of a piece whose offsets are relative to {@code offset} in the input. */
        void addAll(List<Token> tokens, int offset) {
            for (Token t : tokens) {
                add(t.pos(), t.start() + offset, t.end() + offset);
            }
        }

        private void add(String pos, int start, int end) {
            if (size > 0 && start < ends[size - 1]) {
                throw new IllegalArgumentException("tokens out of order at " + start);
            }
            if (size == starts.length) {
                int grown = size + (size >> 1);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                tags = Arrays.copyOf(tags, grown);
            }
            Short id = tagIds.get(pos);
            if (id == null) {
                if (tagNames.size() == Short.MAX_VALUE) {
                    throw new IllegalStateException(
                            "more than " + Short.MAX_VALUE + " parts of speech");
                }
                id = (short) tagNames.size();
                tagIds.put(pos, id);
                tagNames.add(pos);
            }
            starts[size] = start;
            ends[size] = end;
            tags[size] = id;
            size++;
        }

        CompactTokens build() {
            return new CompactTokens(
                    input,
                    Arrays.copyOf(starts, size),
                    Arrays.copyOf(ends, size),
                    Arrays.copyOf(tags, size),
                    tagNames.toArray(new String[0]),
                    size);
        }
    }
}
