package io.github.zhnews.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HanScriptTest {
    @Test
    void agreesWithTheUnicodeScriptOfEveryCharacter() {
        List<String> disagreements = new ArrayList<>();
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            if ((Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    != HanScript.isHan(c)) {
                disagreements.add("U+" + Integer.toHexString(c));
            }
        }
        assertEquals(List.of(), disagreements);
    }

    @Test
    void onlyHanWantsEveryCharacter() {
        assertTrue(HanScript.onlyHan("储层"));
        assertTrue(HanScript.onlyHan(""));
        assertFalse(HanScript.onlyHan("BP网络"));
        assertFalse(HanScript.onlyHan("储层。"));
    }
}
