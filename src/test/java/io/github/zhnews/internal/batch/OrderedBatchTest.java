package io.github.zhnews.internal.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedBatchTest {
    private static List<String> drain(Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void resultsComeInInputOrderWhateverTheFinishingOrder() {
        Random random = new Random(7);
        List<Integer> delays = IntStream.range(0, 200).mapToObj(i -> random.nextInt(3)).toList();
        try (OrderedBatch<Integer, String> b =
                new OrderedBatch<>(
                        IntStream.range(0, 200).iterator(),
                        4,
                        16,
                        Duration.ZERO,
                        i -> {
                            sleep(delays.get(i));
                            return "r" + i;
                        },
                        (i, e) -> "failed " + i,
                        i -> "timeout " + i)) {
            assertEquals(IntStream.range(0, 200).mapToObj(i -> "r" + i).toList(), drain(b));
        }
    }

    @Test
    void aFailureOfAnyKindIsTheRecordsOwnResult() {
        try (OrderedBatch<Integer, String> b =
                new OrderedBatch<>(
                        List.of(0, 1, 2, 3).iterator(),
                        2,
                        2,
                        Duration.ZERO,
                        i ->
                                switch (i) {
                                    case 1 -> throw new IllegalStateException("bad");
                                    case 2 -> throw new OutOfMemoryError("simulated");
                                    case 3 -> throw new StackOverflowError();
                                    default -> "ok";
                                },
                        (i, e) -> e.getClass().getSimpleName(),
                        i -> "timeout")) {
            assertEquals(
                    List.of(
                            "ok",
                            "IllegalStateException",
                            "OutOfMemoryError",
                            "StackOverflowError"),
                    drain(b));
        }
    }

    @Test
    void anItemOverTheTimeBudgetIsAbandonedAndTheRestGoOn() {
        // item 1 spins without looking at its interrupt flag: it cannot be stopped, only abandoned
        try (OrderedBatch<Integer, String> b =
                new OrderedBatch<>(
                        List.of(0, 1, 2, 3).iterator(),
                        1,
                        4,
                        Duration.ofMillis(200),
                        i -> {
                            if (i == 1) {
                                long end = System.nanoTime() + 5_000_000_000L;
                                while (System.nanoTime() < end) {
                                    Thread.onSpinWait();
                                }
                            }
                            return "r" + i;
                        },
                        (i, e) -> "failed " + i,
                        i -> "timeout " + i)) {
            assertEquals(List.of("r0", "timeout 1", "r2", "r3"), drain(b));
            assertEquals(1, b.abandoned());
        }
    }

    @Test
    void anItemThatFinishedOverTheBudgetBeforeTheConsumerLookedIsOverTheBudgetToo() {
        try (OrderedBatch<Integer, String> b =
                new OrderedBatch<>(
                        List.of(0, 1).iterator(),
                        1,
                        4,
                        Duration.ofMillis(50),
                        i -> {
                            if (i == 0) {
                                sleep(150);
                            }
                            return "r" + i;
                        },
                        (i, e) -> "failed " + i,
                        i -> "timeout " + i)) {
            assertTrue(b.hasNext()); // both items submitted
            sleep(400); // the consumer looks late: item 0 has finished by now, after 150 ms
            assertEquals(List.of("timeout 0", "r1"), drain(b));
            assertEquals(1, b.abandoned());
        }
    }

    @Test
    void noMoreThanTheBoundIsReadAhead() {
        AtomicInteger read = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        AtomicInteger taken = new AtomicInteger();
        Iterator<Integer> input =
                new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return read.get() < 1000;
                    }

                    @Override
                    public Integer next() {
                        int ahead = read.incrementAndGet() - taken.get();
                        maxAhead.accumulateAndGet(ahead, Math::max);
                        return read.get();
                    }
                };
        try (OrderedBatch<Integer, Integer> b =
                new OrderedBatch<>(input, 3, 6, Duration.ZERO, i -> i, (i, e) -> -1, i -> -2)) {
            while (b.hasNext()) {
                b.next();
                taken.incrementAndGet();
            }
        }
        assertEquals(1000, taken.get());
        assertTrue(maxAhead.get() <= 7, "read ahead " + maxAhead.get());
    }

    @Test
    void anInputFailureComesAfterTheItemsReadBeforeIt() {
        Iterator<Integer> input =
                new Iterator<>() {
                    int i;

                    @Override
                    public boolean hasNext() {
                        if (i == 3) {
                            throw new UncheckedIOException(new IOException("disk gone"));
                        }
                        return true;
                    }

                    @Override
                    public Integer next() {
                        return i++;
                    }
                };
        try (OrderedBatch<Integer, String> b =
                new OrderedBatch<>(
                        input, 2, 4, Duration.ZERO, i -> "r" + i, (i, e) -> "f", i -> "t")) {
            assertEquals("r0", b.next());
            assertEquals("r1", b.next());
            assertEquals("r2", b.next());
            assertThrows(UncheckedIOException.class, b::hasNext);
            assertFalse(b.hasNext());
        }
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
