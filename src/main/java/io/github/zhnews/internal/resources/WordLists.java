package io.github.zhnews.internal.resources;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Word lists of the stages, read from {@code models/lists/} and shared by every analyzer in the JVM.
 *
 * <p>A list file holds one entry per line, optionally followed by a tab and the comma-separated names of the
 * uses it serves, so that one list (the administrative levels, say) is written once for every rule that reads
 * part of it. {@link #set(String, String)} gives the entries marked with one use.
 *
 * <p>The views returned here are immutable and load their file on first use, so a class can hold them in
 * static fields without reading anything while it is initialised. {@link #loadAll()}, which
 * {@code NewsAnalyzer.Builder.build()} calls, reads every list created so far, so that a missing or malformed
 * file fails there, with its name and line, and never in the middle of an analysis.
 */
public final class WordLists {
    private static final Set<Lazy<?>> CREATED = ConcurrentHashMap.newKeySet();

    private WordLists() {}

    /** Every entry of a list file, in file order. */
    public static List<String> list(String file) {
        return new LazyList(register(new Lazy<>(() -> entries(file, null))));
    }

    /** The entries of a list file marked with {@code use}, in file order. */
    public static List<String> list(String file, String use) {
        return new LazyList(register(new Lazy<>(() -> entries(file, use))));
    }

    /** Every entry of a list file, as a set. */
    public static Set<String> set(String file) {
        return new LazySet(register(new Lazy<>(() -> Set.copyOf(entries(file, null)))));
    }

    /** The entries of a list file marked with {@code use}, as a set. */
    public static Set<String> set(String file, String use) {
        return new LazySet(register(new Lazy<>(() -> Set.copyOf(entries(file, use)))));
    }

    /** A two-column file as a map from the first column to the second, in file order. */
    public static Map<String, String> map(String file) {
        return new LazyMap(
                register(
                        new Lazy<>(
                                () -> {
                                    Map<String, String> m = new LinkedHashMap<>();
                                    int line = 0;
                                    for (List<String> row : ModelResources.rows(file, 2)) {
                                        line++;
                                        if (row.size() != 2 || row.get(1).isBlank()) {
                                            throw new ResourceException(
                                                    "zhnews model file 'models/"
                                                            + file
                                                            + "' entry "
                                                            + line
                                                            + " ('"
                                                            + row.get(0)
                                                            + "'): expected two tab-separated columns");
                                        }
                                        m.put(row.get(0), row.get(1));
                                    }
                                    return java.util.Collections.unmodifiableMap(m);
                                })));
    }

    /**
     * The entries of a list file marked with {@code use}, each one character, as a character set; {@code use}
     * null takes every entry. For the rules that test one character in a hot loop: {@link CharSet#contains(char)}
     * is a bit look-up. An entry longer than one character is a {@link ResourceException} naming file and line.
     */
    public static CharSet chars(String file, String use) {
        return new CharSet(register(new Lazy<>(() -> readChars(file, use))));
    }

    /** Every entry of a list file of single characters, as a character set. */
    public static CharSet chars(String file) {
        return chars(file, null);
    }

    /** Reads a character list now, unregistered (so that a test of a broken file leaves {@link #loadAll()} alone). */
    static java.util.BitSet readChars(String file, String use) {
        java.util.BitSet bits = new java.util.BitSet(1 << 16);
        for (ModelResources.Row row : ModelResources.numberedRows(file, 2)) {
            if (use != null
                    && !(row.columns().size() > 1
                            && List.of(row.get(1).split(",")).contains(use))) {
                continue;
            }
            if (row.get(0).length() != 1) {
                throw row.bad("entry '" + row.get(0) + "' is not one character");
            }
            bits.set(row.get(0).charAt(0));
        }
        if (bits.isEmpty()) {
            throw new ResourceException(
                    "zhnews model file 'models/"
                            + file
                            + "' has no entries"
                            + (use == null ? "" : " marked '" + use + "'"));
        }
        return bits;
    }

    /** Reads every list created so far; the first broken file is a {@link ResourceException}. */
    public static void loadAll() {
        for (Lazy<?> l : CREATED) {
            l.get();
        }
    }

    private static List<String> entries(String file, String use) {
        List<String> out = new ArrayList<>();
        for (List<String> row : ModelResources.rows(file, 2)) {
            if (use == null || row.size() > 1 && List.of(row.get(1).split(",")).contains(use)) {
                out.add(row.get(0));
            }
        }
        if (out.isEmpty()) {
            throw new ResourceException(
                    "zhnews model file 'models/"
                            + file
                            + "' has no entries"
                            + (use == null ? "" : " marked '" + use + "'"));
        }
        return List.copyOf(out);
    }

    private static <T> Lazy<T> register(Lazy<T> lazy) {
        CREATED.add(lazy);
        return lazy;
    }

    /**
     * A value computed once, on first use; a failure is not remembered, so it is reported again each time (a
     * static holder class would turn it into an {@code ExceptionInInitializerError} the first time and a
     * {@code NoClassDefFoundError} after).
     */
    public static final class Lazy<T> {
        private final Supplier<T> load;
        private volatile T value;

        public Lazy(Supplier<T> load) {
            this.load = load;
        }

        /** The value, computed now if no earlier call computed it; what the computation throws, thrown. */
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = load.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }

    /**
     * An immutable set of characters read from a list file on first use (see {@link #chars(String, String)}).
     */
    public static final class CharSet {
        private final Lazy<java.util.BitSet> lazy;

        private CharSet(Lazy<java.util.BitSet> lazy) {
            this.lazy = lazy;
        }

        /** Whether {@code c} is one of the entries. */
        public boolean contains(char c) {
            return lazy.get().get(c);
        }

        /** The characters in code order, for messages and tests. */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            lazy.get().stream().forEach(c -> b.append((char) c));
            return b.toString();
        }
    }

    private static final class LazyList extends AbstractList<String> {
        private final Lazy<List<String>> lazy;

        LazyList(Lazy<List<String>> lazy) {
            this.lazy = lazy;
        }

        @Override
        public String get(int index) {
            return lazy.get().get(index);
        }

        @Override
        public int size() {
            return lazy.get().size();
        }
    }

    private static final class LazySet extends AbstractSet<String> {
        private final Lazy<Set<String>> lazy;

        LazySet(Lazy<Set<String>> lazy) {
            this.lazy = lazy;
        }

        @Override
        public boolean contains(Object o) {
            return lazy.get().contains(o);
        }

        @Override
        public Iterator<String> iterator() {
            return lazy.get().iterator();
        }

        @Override
        public int size() {
            return lazy.get().size();
        }
    }

    private static final class LazyMap extends AbstractMap<String, String> {
        private final Lazy<Map<String, String>> lazy;

        LazyMap(Lazy<Map<String, String>> lazy) {
            this.lazy = lazy;
        }

        @Override
        public String get(Object key) {
            return lazy.get().get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return lazy.get().containsKey(key);
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return lazy.get().entrySet();
        }
    }
}
