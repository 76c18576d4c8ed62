package io.github.zhnews.internal.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress bar of a batch on standard error (input read, records, characters per second, time left), or
 * nothing when standard error is not a terminal or progress was turned off.
 */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final boolean bytes;
    private final long t0 = System.nanoTime();
    private boolean closed;

    private Progress(ProgressBar bar, boolean bytes) {
        this.bar = bar;
        this.bytes = bytes;
    }

    /**
     * @param enabled whether to show a bar (null: when standard error is a terminal)
     * @param total   the input size in bytes or files, -1 when unknown
     * @param files   whether progress counts files (else bytes)
     */
    static Progress create(Boolean enabled, long total, boolean files, PrintStream err) {
        boolean on = enabled != null ? enabled : stderrIsTerminal();
        if (!on) {
            return new Progress(null, false);
        }
        ProgressBarBuilder b =
                new ProgressBarBuilder()
                        .setTaskName("zhnews batch")
                        .setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(500)
                        .setConsumer(new ConsoleProgressBarConsumer(err, 120))
                        .setMaxRenderedLength(120);
        if (!files) {
            b.setUnit(" MB", 1_000_000);
        } else {
            b.setUnit(" files", 1);
        }
        return new Progress(b.build(), !files);
    }

    /**
     * Whether standard error goes to a terminal (Linux: /proc; elsewhere: whether there is a console, which on
     * Java 17 to 21 is null when either standard stream is redirected).
     */
    @SuppressWarnings(
            "SystemConsoleNull") // the release is 17; on 22+ the /proc answer comes first on Linux
    static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.exists(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) { // NOPMD: no /proc, or no permission: fall back
            // fall through
        }
        return System.console() != null;
    }

    void update(long progress, long records, long chars) {
        if (bar == null) {
            return;
        }
        bar.stepTo(progress);
        double s = Math.max(1e-3, (System.nanoTime() - t0) / 1e9);
        bar.setExtraMessage(String.format("%,d records, %,.0f chars/s", records, chars / s));
    }

    boolean countsBytes() {
        return bytes;
    }

    /** Ends the bar (its line is finished), so that the final line comes after it; may be called again. */
    @Override
    public void close() {
        if (bar != null && !closed) {
            closed = true;
            bar.close();
        }
    }
}
