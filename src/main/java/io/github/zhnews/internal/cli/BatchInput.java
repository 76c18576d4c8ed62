package io.github.zhnews.internal.cli;

import io.github.zhnews.internal.io.JsonLinesReader;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The records of a batch's input, in order: the lines of a JSON Lines file (plain or gzip, told by its first
 * bytes) or of standard input, or the {@code .txt} files of a folder (all levels, sorted by path). Read on one
 * thread; a JSON line is parsed later, by a worker, and a file is read there too.
 */
final class BatchInput implements Iterator<BatchInput.Raw>, Closeable {
    /**
     * One input record before it is parsed.
     *
     * @param index  its position, from 0
     * @param line   its line number in a JSON Lines input, 0 for a file of a folder
     * @param json   the JSON line, or null
     * @param file   the text file, or null
     * @param id     the id of a file (its path under the folder), or null
     * @param error  why the line could not be read (too large, invalid UTF-8), or null
     */
    record Raw(
            long index, long line, String json, Path file, String id, JsonLinesReader.Line error) {}

    private final JsonLinesReader lines;
    private final CountingStream counted;
    private final List<Path> files;
    private final Path folder;
    private final long totalBytes;
    private long index;
    private Raw next;

    private BatchInput(
            JsonLinesReader lines,
            CountingStream counted,
            List<Path> files,
            Path folder,
            long total) {
        this.lines = lines;
        this.counted = counted;
        this.files = files;
        this.folder = folder;
        this.totalBytes = total;
    }

    /** Opens {@code name}: {@code -} for standard input, a folder, or a JSON Lines file. */
    static BatchInput open(String name, int maxLineBytes) throws IOException {
        if (name.equals("-")) {
            CountingStream c = new CountingStream(System.in);
            return new BatchInput(
                    new JsonLinesReader(maybeGunzip(c), maxLineBytes), c, null, null, -1);
        }
        Path p = Path.of(name);
        if (Files.isDirectory(p)) {
            List<Path> files;
            try (Stream<Path> all = Files.walk(p)) {
                files =
                        all.filter(
                                        f ->
                                                f.getFileName().toString().endsWith(".txt")
                                                        && Files.isRegularFile(f))
                                .sorted(
                                        (a, b) ->
                                                p.relativize(a)
                                                        .toString()
                                                        .compareTo(p.relativize(b).toString()))
                                .toList();
            }
            return new BatchInput(null, null, files, p, files.size());
        }
        CountingStream c = new CountingStream(Files.newInputStream(p));
        return new BatchInput(
                new JsonLinesReader(maybeGunzip(c), maxLineBytes), c, null, null, Files.size(p));
    }

    private static InputStream maybeGunzip(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a == 0x1f && b == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** How far the input has been read: bytes of a file (compressed ones for gzip), or files of a folder. */
    long progress() {
        return files != null ? index : counted.count;
    }

    /** The size of the input in the units of {@link #progress()}, or -1 when it is not known. */
    long total() {
        return totalBytes;
    }

    /** Whether progress counts files rather than bytes. */
    boolean countsFiles() {
        return files != null;
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        try {
            next = read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return next != null;
    }

    @Override
    public Raw next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Raw r = next;
        next = null;
        return r;
    }

    private Raw read() throws IOException {
        if (files != null) {
            if (index >= files.size()) {
                return null;
            }
            Path f = files.get((int) index);
            String id = folder.relativize(f).toString().replace('\\', '/');
            return new Raw(index++, 0, null, f, id, null);
        }
        JsonLinesReader.Line l = lines.next();
        if (l == null) {
            return null;
        }
        return new Raw(
                index++, l.number(), l.ok() ? l.text() : null, null, null, l.ok() ? null : l);
    }

    @Override
    public void close() throws IOException {
        if (lines != null) {
            lines.close();
        }
    }

    /** Counts the bytes read through it. */
    // one thread reads the input and counts; the progress bar only reads the count
    @SuppressWarnings("NonAtomicVolatileUpdate")
    private static final class CountingStream extends FilterInputStream {
        volatile long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
