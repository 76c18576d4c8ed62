package io.github.zhnews.internal.batch;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Applies a function to every item of an iterator on several threads and hands back the results in input
 * order, with a bounded number of items in flight, so memory stays bounded whatever the input size.
 *
 * <p>It is itself an iterator, pulled by one consumer thread: each {@link #next()} reads ahead as far as
 * the bound allows and waits for the oldest item. An item whose function throws (any {@code Throwable},
 * {@link OutOfMemoryError} and {@link StackOverflowError} included) gets {@code onFailure}'s result; an item
 * still running after the time budget is abandoned (its thread is interrupted and no longer counted against
 * the thread limit, since a computation that does not look at its interrupt flag cannot be stopped) and gets
 * {@code onTimeout}'s result; so does an item that finished, but took longer than the budget, so that the
 * answer does not hang on when the consumer looked. So every input item gives exactly one output, in order.
 *
 * <p>A failure of the input iterator itself (an unreadable file) is kept until the items read before it have
 * been handed back, then thrown from {@link #hasNext()}. {@link #close()} stops the workers; an unclosed batch
 * uses daemon threads, which do not keep the JVM alive. Not thread-safe: one consumer.
 *
 * @param <I> input items
 * @param <O> results
 */
public final class OrderedBatch<I, O> implements Iterator<O>, AutoCloseable {
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final Iterator<? extends I> input;
    private final Function<? super I, ? extends O> work;
    private final BiFunction<? super I, Throwable, ? extends O> onFailure;
    private final Function<? super I, ? extends O> onTimeout;
    private final int inFlight;
    private final long budgetNanos;
    private final Semaphore permits;
    private final ExecutorService pool;
    private final ArrayDeque<Slot> slots = new ArrayDeque<>();
    private final LinkedBlockingQueue<Slot> finished = new LinkedBlockingQueue<>();
    private RuntimeException inputFailure;
    private I held;
    private boolean holding;
    private boolean inputDone;
    private boolean closed;
    private long abandoned;

    /**
     * @param input     the items, read only by the consumer thread
     * @param threads   how many items run at once
     * @param inFlight  how many items are read ahead, at most ({@code >= threads})
     * @param budget    time after which a running item is abandoned; zero for none
     * @param work      the function, run on a worker thread
     * @param onFailure the result for an item whose function threw, run on the consumer thread
     * @param onTimeout the result for an abandoned item, run on the consumer thread
     */
    public OrderedBatch(
            Iterator<? extends I> input,
            int threads,
            int inFlight,
            Duration budget,
            Function<? super I, ? extends O> work,
            BiFunction<? super I, Throwable, ? extends O> onFailure,
            Function<? super I, ? extends O> onTimeout) {
        if (threads < 1 || inFlight < threads) {
            throw new IllegalArgumentException(
                    "need 1 <= threads <= inFlight, got " + threads + ", " + inFlight);
        }
        this.input = Objects.requireNonNull(input, "input");
        this.work = Objects.requireNonNull(work, "work");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
        this.onTimeout = Objects.requireNonNull(onTimeout, "onTimeout");
        this.inFlight = inFlight;
        this.budgetNanos = budget.isZero() ? 0 : budget.toNanos();
        this.permits = new Semaphore(threads);
        String name = "zhnews-batch-" + POOLS.incrementAndGet() + "-";
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory =
                r -> {
                    Thread t = new Thread(r, name + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                };
        // a cached pool: an abandoned item keeps its thread, and a new one takes its place
        this.pool = Executors.newCachedThreadPool(factory);
    }

    /** How many items were abandoned after the time budget, or finished over it, so far. */
    public long abandoned() {
        return abandoned;
    }

    @Override
    public boolean hasNext() {
        fill();
        if (!slots.isEmpty() || holding) {
            return true;
        }
        if (inputFailure != null) {
            RuntimeException e = inputFailure;
            inputFailure = null;
            throw e;
        }
        return false;
    }

    @Override
    public O next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        while (true) {
            Slot head = slots.peekFirst();
            if (head == null) { // the next item is held, not yet submitted: wait for memory
                Thread.onSpinWait();
                fill();
                continue;
            }
            if (head.done) {
                slots.removeFirst();
                fill();
                if (budgetNanos > 0 && head.took > budgetNanos) {
                    // finished, but after its budget: the same answer whenever the consumer looked
                    abandoned++;
                    return onTimeout.apply(head.item);
                }
                return head.failure == null
                        ? head.result
                        : onFailure.apply(head.item, head.failure);
            }
            long wait = POLL_NANOS;
            long started = head.startedAt;
            if (budgetNanos > 0 && started != 0) {
                long left = budgetNanos - (System.nanoTime() - started);
                if (left <= 0) {
                    slots.removeFirst();
                    head.abandon();
                    abandoned++;
                    fill();
                    return onTimeout.apply(head.item);
                }
                wait = Math.min(wait, left);
            }
            try {
                finished.poll(wait, TimeUnit.NANOSECONDS);
            } catch (OutOfMemoryError e) {
                // a worker holds the heap: this thread's small allocation failed, nothing of ours
                // is broken; the worker will end (with its own OutOfMemoryError, which is its
                // result) and free it
                Thread.onSpinWait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while waiting for a batch result", e);
            }
            fill();
        }
    }

    private void fill() {
        while (!closed && slots.size() < inFlight) {
            if (!holding) {
                if (inputDone) {
                    return;
                }
                boolean more;
                try {
                    more = input.hasNext();
                } catch (RuntimeException e) {
                    inputFailure = e;
                    inputDone = true;
                    return;
                }
                if (!more) {
                    inputDone = true;
                    return;
                }
                if (!permits.tryAcquire()) {
                    return;
                }
                try {
                    held = input.next();
                } catch (RuntimeException e) {
                    permits.release();
                    inputFailure = e;
                    inputDone = true;
                    return;
                }
                holding = true; // the item and its permit are ours until it is submitted
            }
            Slot s;
            try {
                s = new Slot(held);
                s.future = pool.submit(s);
            } catch (OutOfMemoryError e) {
                return; // a worker holds the heap; the held item is submitted on a later call
            }
            held = null;
            holding = false;
            slots.addLast(s);
        }
    }

    /** Stops the workers; results not yet taken are dropped. */
    @Override
    public void close() {
        closed = true;
        for (Slot s : slots) {
            s.abandon();
        }
        slots.clear();
        pool.shutdownNow();
    }

    private final class Slot implements Runnable {
        final I item;
        final AtomicBoolean released = new AtomicBoolean();
        volatile long startedAt;
        long took;
        volatile boolean done;
        volatile Future<?> future;
        O result;
        Throwable failure;

        Slot(I item) {
            this.item = item;
        }

        @Override
        public void run() {
            startedAt = System.nanoTime() | 1; // never 0, which means "not started"
            try {
                result = work.apply(item);
            } catch (Throwable t) { // NOPMD: every item must give a result, whatever it threw
                result = null;
                failure = t;
            } finally {
                took = System.nanoTime() - startedAt;
                // volatile write after result/failure/took: the consumer reads done first
                done = true;
                release();
                finished.offer(this);
            }
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                permits.release();
            }
        }

        void abandon() {
            Future<?> f = future;
            if (f != null) {
                f.cancel(true);
            }
            release();
        }
    }
}
