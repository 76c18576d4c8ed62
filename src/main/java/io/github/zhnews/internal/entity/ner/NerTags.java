package io.github.zhnews.internal.entity.ner;

import io.github.zhnews.model.EntityType;

/**
 * The BIOES tag set over three entity types: {@code O}, then for PER, LOC and ORG in turn {@code B I E S}.
 * Tag {@code 1 + 4 * type + position}; type 0 = PER, 1 = LOC, 2 = ORG; position 0 = B, 1 = I, 2 = E, 3 = S.
 * Also the transitions a well-formed tag sequence may take.
 */
final class NerTags {
    static final int COUNT = 13;
    static final int O = 0;
    static final int B = 0;
    static final int I = 1;
    static final int E = 2;
    static final int S = 3;
    private static final EntityType[] TYPES = {
        EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION
    };
    private static final String[] NAMES = {"PER", "LOC", "ORG"};

    /** For each tag, the tags that may precede it. */
    static final int[][] PREVIOUS = new int[COUNT][];

    /** Tags a sequence may start with and end with. */
    static final boolean[] FIRST = new boolean[COUNT];

    static final boolean[] LAST = new boolean[COUNT];

    static {
        for (int cur = 0; cur < COUNT; cur++) {
            int n = 0;
            int[] prev = new int[COUNT];
            for (int p = 0; p < COUNT; p++) {
                if (allowed(p, cur)) {
                    prev[n++] = p;
                }
            }
            PREVIOUS[cur] = java.util.Arrays.copyOf(prev, n);
            FIRST[cur] = cur == O || position(cur) == B || position(cur) == S;
            LAST[cur] = cur == O || position(cur) == E || position(cur) == S;
        }
    }

    private NerTags() {}

    static int tag(int type, int position) {
        return 1 + 4 * type + position;
    }

    /** 0 PER, 1 LOC, 2 ORG; -1 for O. */
    static int type(int tag) {
        return tag == O ? -1 : (tag - 1) / 4;
    }

    static int position(int tag) {
        return tag == O ? -1 : (tag - 1) % 4;
    }

    static EntityType entityType(int type) {
        return TYPES[type];
    }

    /** The index of PER, LOC or ORG; -1 for anything else. */
    static int typeOf(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    static String typeName(int type) {
        return NAMES[type];
    }

    static boolean allowed(int prev, int cur) {
        boolean open = prev != O && (position(prev) == B || position(prev) == I);
        if (open) {
            return cur != O
                    && type(cur) == type(prev)
                    && (position(cur) == I || position(cur) == E);
        }
        return cur == O || position(cur) == B || position(cur) == S;
    }

    /**
     * BIOES tags for spans over {@code length} characters.
     *
     * @param spans triples {start, end, type} (type as {@link #typeOf}); must not overlap
     */
    static byte[] encode(int length, int[][] spans) {
        byte[] tags = new byte[length];
        for (int[] s : spans) {
            int start = s[0];
            int end = s[1];
            int type = s[2];
            if (end - start == 1) {
                tags[start] = (byte) tag(type, S);
            } else {
                tags[start] = (byte) tag(type, B);
                for (int i = start + 1; i < end - 1; i++) {
                    tags[i] = (byte) tag(type, I);
                }
                tags[end - 1] = (byte) tag(type, E);
            }
        }
        return tags;
    }
}
