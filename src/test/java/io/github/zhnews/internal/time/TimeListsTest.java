package io.github.zhnews.internal.time;

import io.github.zhnews.internal.resources.ResourceException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The finder's word lists: read once, immutable, and a broken file names itself and its line. */
class TimeListsTest {
    @Test
    void loadedOncePerJvm() {
        assertSame(TimeLists.get(), TimeLists.get());
        assertSame(TimeLists.get(), TimeLists.get());
        assertThrows(UnsupportedOperationException.class, () -> TimeLists.get().holidays.clear());
        assertThrows(UnsupportedOperationException.class, () -> TimeLists.get().eras.clear());
    }

    @Test
    void listsHoldTheirEntries() {
        assertTrue(TimeLists.get().holidays.stream().anyMatch(h -> h.word().equals("国庆节") && h.month() == 10));
        assertEquals(1736, DateParser.era("乾隆五十年", 0).firstYear());
        assertTrue(java.util.Arrays.asList(TimeLists.get().present).contains("现在"));
    }

    @Test
    void aBrokenLineNamesFileAndLine() {
        ResourceException e = assertThrows(ResourceException.class,
                () -> TimeLists.rows("time-test-broken.tsv", 3));
        assertEquals("zhnews model file 'models/time-test-broken.tsv' line 3: expected 3 tab-separated columns, found 2",
                e.getMessage());
    }

    @Test
    void aDuplicateNamesFileAndLine() {
        ResourceException e = assertThrows(ResourceException.class,
                () -> TimeLists.rows("time-test-duplicate.tsv", 2));
        assertEquals("zhnews model file 'models/time-test-duplicate.tsv' line 3: duplicate entry '民国' (first on line 2)", e.getMessage());
    }

    @Test
    void aMissingFileSaysSo() {
        ResourceException e = assertThrows(ResourceException.class, () -> TimeLists.rows("no-such.tsv", 1));
        assertTrue(e.getMessage().contains("'models/no-such.tsv' is missing"), e.getMessage());
    }
}
