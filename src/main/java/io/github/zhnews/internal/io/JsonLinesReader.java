package io.github.zhnews.internal.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Splits a JSON Lines byte stream into lines, strictly: each line is decoded as UTF-8 and a line that is not
 * valid UTF-8 is reported, not repaired; a line longer than the limit is skipped to its end without being held
 * in memory and reported; a byte-order mark at the start of a line is dropped, and so is a final {@code \r}.
 * Blank lines are not records and are skipped. Not thread-safe.
 */
public final class JsonLinesReader implements Closeable {
    /** Error type of a line that is not valid UTF-8. */
    public static final String INVALID_UTF8 = "InvalidUtf8";

    /** Error type of a line over the size limit. */
    public static final String TOO_LARGE = "TooLarge";

    /**
     * One line of input: its text, or why it has none.
     *
     * @param number       the line number, from 1
     * @param text         the line without its end; null for a line over the limit, and for a line that is not
     *                     valid UTF-8 a lossy decoding, only good for finding the record's id
     * @param errorType    null, {@link #INVALID_UTF8} or {@link #TOO_LARGE}
     * @param errorMessage what is wrong, or null
     * @param bytes        the line's size in bytes, its end included
     */
    public record Line(
            long number, String text, String errorType, String errorMessage, long bytes) {
        public boolean ok() {
            return errorType == null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private byte[] line = new byte[1 << 12];
    private long lineNumber;
    private long bytesRead;
    private final CharsetDecoder decoder =
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);

    /**
     * @param in           the stream, closed by {@link #close()}
     * @param maxLineBytes the largest line read, in bytes, its end excluded
     */
    public JsonLinesReader(InputStream in, int maxLineBytes) {
        this.in = Objects.requireNonNull(in, "in");
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive");
        }
        this.maxLineBytes = maxLineBytes;
    }

    /** Bytes consumed so far (for progress). */
    public long bytesRead() {
        return bytesRead;
    }

    /** The next non-blank line, or null at the end of the input. */
    public Line next() throws IOException {
        while (true) {
            long start = bytesRead;
            int n = 0;
            long length = 0;
            boolean any = false;
            boolean end = false;
            boolean unheld =
                    false; // the line outgrew the heap: it is read to its end and reported, not
            // kept
            while (true) {
                if (pos == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    pos = 0;
                    if (limit <= 0) {
                        limit = 0;
                        end = true;
                        break;
                    }
                }
                any = true;
                int from = pos;
                while (pos < limit && buffer[pos] != '\n') {
                    pos++;
                }
                int take = pos - from;
                if (length + take <= maxLineBytes && !unheld) {
                    if (n + take > line.length) {
                        try {
                            line =
                                    Arrays.copyOf(
                                            line,
                                            Math.max(
                                                    n + take,
                                                    (int)
                                                            Math.min(
                                                                    maxLineBytes,
                                                                    2L * line.length)));
                        } catch (OutOfMemoryError e) {
                            line = new byte[1 << 12];
                            unheld = true;
                        }
                    }
                    if (!unheld) {
                        System.arraycopy(buffer, from, line, n, take);
                        n += take;
                    }
                }
                length += take;
                bytesRead += take;
                if (pos < limit) { // at the '\n'
                    pos++;
                    bytesRead++;
                    break;
                }
            }
            if (!any || (end && length == 0 && bytesRead == start)) {
                return null;
            }
            lineNumber++;
            long size = bytesRead - start;
            if (length > maxLineBytes) {
                return new Line(
                        lineNumber,
                        null,
                        TOO_LARGE,
                        "the record is "
                                + length
                                + " bytes long, over the limit of "
                                + maxLineBytes,
                        size);
            }
            if (unheld) {
                return tooLargeForHeap(length, size);
            }
            if (n > 0 && line[n - 1] == '\r') {
                n--;
            }
            int from = 0;
            if (n >= 3
                    && line[0] == (byte) 0xEF
                    && line[1] == (byte) 0xBB
                    && line[2] == (byte) 0xBF) {
                from = 3;
            }
            if (isBlank(line, from, n)) {
                continue;
            }
            try {
                return decode(from, n, size);
            } catch (OutOfMemoryError e) {
                line = new byte[1 << 12];
                return tooLargeForHeap(length, size);
            }
        }
    }

    /** The error line of a record that fits the size limit but not the heap: the reading goes on after it. */
    private Line tooLargeForHeap(long length, long size) {
        return new Line(
                lineNumber,
                null,
                TOO_LARGE,
                "the record is "
                        + length
                        + " bytes long and could not be held in memory (lower --max-chars or raise -Xmx)",
                size);
    }

    private Line decode(int from, int to, long size) {
        ByteBuffer bytes = ByteBuffer.wrap(line, from, to - from);
        CharBuffer chars = CharBuffer.allocate(to - from);
        decoder.reset();
        CoderResult r = decoder.decode(bytes, chars, true);
        if (!r.isError()) {
            r = decoder.flush(chars);
        }
        if (r.isError()) {
            String lossy = new String(line, from, to - from, StandardCharsets.UTF_8);
            return new Line(
                    lineNumber,
                    lossy,
                    INVALID_UTF8,
                    "the record is not valid UTF-8 (byte "
                            + (bytes.position() - from + 1)
                            + " of the line)",
                    size);
        }
        chars.flip();
        return new Line(lineNumber, chars.toString(), null, null, size);
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
