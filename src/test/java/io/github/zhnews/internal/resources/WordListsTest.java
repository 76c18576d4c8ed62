package io.github.zhnews.internal.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WordListsTest {

    @Test
    void aLazyValueThatFailsReportsTheSameErrorAtEveryCall() {
        // a damaged bundled file read in a static holder class gave an ExceptionInInitializerError
        // the first time and a NoClassDefFoundError after; build() turns only this one into a
        // ConfigurationException
        AtomicInteger calls = new AtomicInteger();
        WordLists.Lazy<String> broken =
                new WordLists.Lazy<>(
                        () -> {
                            calls.incrementAndGet();
                            throw new ResourceException(
                                    "zhnews model file idf.tsv.gz line 3: no IDF");
                        });
        for (int i = 0; i < 2; i++) {
            ResourceException e = assertThrows(ResourceException.class, broken::get);
            assertEquals("zhnews model file idf.tsv.gz line 3: no IDF", e.getMessage());
        }
        assertEquals(2, calls.get(), "a failure is not remembered: the file is read again");
    }

    @Test
    void aLazyValueIsComputedOnce() {
        AtomicInteger calls = new AtomicInteger();
        WordLists.Lazy<Object> lazy =
                new WordLists.Lazy<>(
                        () -> {
                            calls.incrementAndGet();
                            return new Object();
                        });
        Object first = lazy.get();
        assertSame(first, lazy.get());
        assertEquals(1, calls.get());
    }
}
