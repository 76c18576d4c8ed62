package io.github.zhnews.internal.cli;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * Where a batch writes its records, one line each, so that the output never ends in a partial line and a
 * failed write is never taken for success.
 *
 * <p>Lines are gathered in memory and written in whole-line blocks (at most every {@link #BLOCK} bytes or
 * {@link #MAX_DELAY_NANOS}); each block is one write. When a write to a file fails (a full disk), the file is
 * cut back to the end of the last whole block, and the error is thrown: the caller stops. A {@code .gz}
 * output is gzip with a sync flush after each block, so whatever was flushed can be read back even when the
 * process is killed. Standard output behaves the same, cut back too when it is a regular file.
 *
 * <p>{@link #resume} opens an existing output for continuing: a plain file is cut after its last complete line;
 * a {@code .gz} file's complete lines are copied into a new file that replaces it at {@link #close()}.
 */
final class RecordOutput implements Closeable {
    static final int BLOCK = 1 << 16;
    static final long MAX_DELAY_NANOS = 500_000_000L;

    private final OutputStream out;
    private final FileChannel channel; // for cutting back a plain file; null otherwise
    private final Path
            replaceTarget; // the .gz file the temporary output replaces at close; null otherwise
    private final Path temporary;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(BLOCK * 2);
    private long good; // channel position after the last whole block
    private long lastFlush = System.nanoTime();
    private long existing;
    private long pendingLines;
    private long committed;
    private String lastLine;
    private boolean failed;

    private RecordOutput(OutputStream out, FileChannel channel, Path replaceTarget, Path temporary)
            throws IOException {
        this.out = out;
        this.channel = channel;
        this.replaceTarget = replaceTarget;
        this.temporary = temporary;
        this.good = channel == null ? 0 : channel.position();
    }

    /** Standard output. */
    static RecordOutput stdout() throws IOException {
        FileOutputStream fd = new FileOutputStream(FileDescriptor.out);
        FileChannel ch = fd.getChannel();
        try {
            ch.position();
        } catch (IOException e) {
            ch = null; // a pipe or a terminal: nothing to cut back
        }
        return new RecordOutput(fd, ch, null, null);
    }

    /**
     * {@link System#out} as it is now (a test's capture, an embedding program's stream); its errors are seen
     * through {@link java.io.PrintStream#checkError()}.
     */
    static RecordOutput systemOut() throws IOException {
        java.io.PrintStream ps = System.out;
        OutputStream checked =
                new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        ps.write(b, off, len);
                        if (ps.checkError()) {
                            throw new IOException(
                                    "standard output failed (a closed pipe or a full disk)");
                        }
                    }

                    @Override
                    public void flush() throws IOException {
                        if (ps.checkError()) {
                            throw new IOException(
                                    "standard output failed (a closed pipe or a full disk)");
                        }
                    }

                    @Override
                    public void close() {
                        ps.flush();
                    }
                };
        return new RecordOutput(checked, null, null, null);
    }

    /** A new output file (replacing any file of that name); gzip when the name ends in {@code .gz}. */
    static RecordOutput create(Path file) throws IOException {
        if (isGzip(file)) {
            return new RecordOutput(
                    new GZIPOutputStream(Files.newOutputStream(file), BLOCK, true),
                    null,
                    null,
                    null);
        }
        FileChannel ch =
                FileChannel.open(
                        file,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
        return new RecordOutput(new ChannelStream(ch), ch, null, null);
    }

    /**
     * An output that continues {@code file}: {@link #existing()} tells how many complete lines it holds and
     * {@link #lastLine()} the last one; a partial last line is dropped. A missing file is a new output.
     */
    static RecordOutput resume(Path file) throws IOException {
        if (!Files.exists(file)) {
            return create(file);
        }
        if (isGzip(file)) {
            Path tmp = file.resolveSibling(file.getFileName() + ".resume-tmp");
            GZIPOutputStream gz = new GZIPOutputStream(Files.newOutputStream(tmp), BLOCK, true);
            RecordOutput o = new RecordOutput(gz, null, file, tmp);
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file), BLOCK)) {
                o.copyCompleteLines(in);
            } catch (EOFException | ZipException e) {
                // a gzip stream cut short by a kill: its complete lines so far are kept
            }
            o.flush();
            return o;
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        Scan scan = scanLines(ch);
        ch.truncate(scan.end);
        ch.position(scan.end);
        RecordOutput o = new RecordOutput(new ChannelStream(ch), ch, null, null);
        o.existing = scan.lines;
        o.lastLine = scan.last;
        return o;
    }

    private record Scan(long end, long lines, String last) {}

    /** Counts the complete lines of a file and finds the position after the last one. */
    private static Scan scanLines(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(BLOCK);
        long pos = 0;
        long end = 0;
        long lines = 0;
        long prevEnd = 0;
        ch.position(0);
        for (int n; (n = ch.read(buf)) > 0; ) {
            buf.flip();
            for (int i = 0; i < n; i++) {
                if (buf.get(i) == '\n') {
                    prevEnd = end;
                    end = pos + i + 1;
                    lines++;
                }
            }
            pos += n;
            buf.clear();
        }
        String lastLine = null;
        if (lines > 0) {
            ByteBuffer last =
                    ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, end - prevEnd - 1));
            ch.read(last, prevEnd);
            lastLine = new String(last.array(), 0, last.position(), StandardCharsets.UTF_8);
        }
        return new Scan(end, lines, lastLine);
    }

    private void copyCompleteLines(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buf = new byte[BLOCK];
        for (int n; (n = in.read(buf)) > 0; ) {
            int from = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    line.write(buf, from, i + 1 - from);
                    from = i + 1;
                    byte[] b = line.toByteArray();
                    out.write(b);
                    existing++;
                    lastLine = new String(b, 0, b.length - 1, StandardCharsets.UTF_8);
                    line.reset();
                }
            }
            line.write(buf, from, n - from);
        }
    }

    private static boolean isGzip(Path file) {
        return file.getFileName().toString().endsWith(".gz");
    }

    /** Complete lines already in the output when it was resumed. */
    long existing() {
        return existing;
    }

    /** The last complete line already in the output, or null. */
    String lastLine() {
        return lastLine;
    }

    /** Records written by this run and flushed, so certainly in the output. */
    long committed() {
        return committed;
    }

    /** Adds one record (a line without its end); writes a block when enough has gathered. */
    void write(String line) throws IOException {
        check();
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        pending.write(b, 0, b.length);
        pending.write('\n');
        pendingLines++;
        if (pending.size() >= BLOCK || System.nanoTime() - lastFlush > MAX_DELAY_NANOS) {
            flush();
        }
    }

    /** Writes what has gathered, as one block of whole lines. */
    void flush() throws IOException {
        check();
        lastFlush = System.nanoTime();
        if (pending.size() == 0) {
            return;
        }
        try {
            pending.writeTo(out);
            out.flush();
            pending.reset();
            committed += pendingLines;
            pendingLines = 0;
            if (channel != null) {
                good = channel.position();
            }
        } catch (IOException e) {
            failed = true;
            cutBack();
            throw e;
        }
    }

    private void cutBack() {
        if (channel != null) {
            try {
                channel.truncate(good);
            } catch (IOException | RuntimeException ignored) {
                // the write error is what gets reported
            }
        }
    }

    private void check() throws IOException {
        if (failed) {
            throw new IOException("the output already failed");
        }
    }

    @Override
    public void close() throws IOException {
        if (!failed) {
            flush();
        }
        if (out instanceof FileOutputStream f && f.getFD() == FileDescriptor.out) {
            return;
        }
        out.close();
        if (replaceTarget != null && !failed) {
            Files.move(
                    temporary,
                    replaceTarget,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** A file channel as a stream, so that its position can be read and cut back. */
    private static final class ChannelStream extends OutputStream {
        private final FileChannel ch;

        ChannelStream(FileChannel ch) {
            this.ch = ch;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ByteBuffer buf = ByteBuffer.wrap(b, off, len);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }
}
