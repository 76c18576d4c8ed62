package io.github.zhnews.internal.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ModelResourcesTest {

    @Test
    void aBrokenListNamesItsFileLineAndReason() {
        ResourceException dup =
                assertThrows(
                        ResourceException.class,
                        () -> ModelResources.rows("broken/duplicate.txt", 1));
        assertEquals(
                "zhnews model file 'models/broken/duplicate.txt' line 4: duplicate entry '会议' (first on line 2)",
                dup.getMessage());
        ResourceException space =
                assertThrows(
                        ResourceException.class, () -> ModelResources.rows("broken/space.txt", 1));
        assertTrue(
                space.getMessage().contains("line 3: entry '有关 部门' contains whitespace"),
                space::getMessage);
        ResourceException columns =
                assertThrows(
                        ResourceException.class,
                        () -> ModelResources.rows("broken/columns.txt", 2));
        assertTrue(
                columns.getMessage()
                        .contains("line 2: expected at most 2 tab-separated columns, found 3"),
                columns::getMessage);
        ResourceException encoding =
                assertThrows(
                        ResourceException.class, () -> ModelResources.rows("broken/latin.txt", 1));
        assertTrue(encoding.getMessage().contains("is not valid UTF-8"), encoding::getMessage);
        ResourceException missing =
                assertThrows(
                        ResourceException.class,
                        () -> ModelResources.lines("broken/no-such-file.txt"));
        assertTrue(
                missing.getMessage().contains("'models/broken/no-such-file.txt' is missing"),
                missing::getMessage);
    }

    @Test
    void aFileIsReadOncePerJvmAndShared() {
        assertSame(
                ModelResources.rows("lists/admin-levels.tsv", 2),
                ModelResources.rows("lists/admin-levels.tsv", 2));
        assertSame(ModelResources.lines("stopwords.txt"), ModelResources.lines("stopwords.txt"));
    }

    @Test
    void aUseSelectsItsEntriesInFileOrder() {
        List<String> group = WordLists.list("lists/admin-levels.tsv", "group");
        assertEquals(List.of("自治区", "自治州", "省", "市", "县", "州"), group);
        assertTrue(WordLists.set("lists/admin-levels.tsv", "org").contains("街道"));
        assertEquals("西藏自治区", WordLists.map("lists/regions.tsv").get("西藏"));
    }

    @Test
    void aCharacterListIsASetOfCharactersAndNamesTheLineOfAWord() {
        WordLists.CharSet x = WordLists.chars("broken/chars.tsv", "x");
        assertTrue(x.contains('的') && x.contains('地'), x::toString);
        assertFalse(x.contains('了') || x.contains('们') || x.contains('a'), x::toString);
        ResourceException word =
                assertThrows(
                        ResourceException.class,
                        () -> WordLists.readChars("broken/chars.tsv", "y"));
        assertEquals(
                "zhnews model file 'models/broken/chars.tsv' line 4: entry '了们' is not one character",
                word.getMessage());
        ResourceException none =
                assertThrows(
                        ResourceException.class,
                        () -> WordLists.readChars("broken/chars.tsv", "z"));
        assertTrue(none.getMessage().contains("has no entries marked 'z'"), none::getMessage);
        ResourceException dup =
                assertThrows(
                        ResourceException.class,
                        () -> WordLists.readChars("broken/duplicate.txt", null));
        assertTrue(
                dup.getMessage().contains("'models/broken/duplicate.txt' line 4: duplicate entry"),
                dup::getMessage);
    }

    @Test
    void theEntityCharacterListsHoldWhatTheirRulesRead() {
        WordLists.CharSet never =
                WordLists.chars("lists/person-function-chars.tsv", "never-in-name");
        WordLists.CharSet function =
                WordLists.chars("lists/person-function-chars.tsv", "after-title");
        assertTrue(never.contains('说') && function.contains('说'), "one file, two uses");
        assertTrue(never.contains('们') && !function.contains('们'), never::toString);
        assertTrue(function.contains('已') && !never.contains('已'), function::toString);
        WordLists.CharSet foreign = WordLists.chars("lists/person-transliteration.tsv", "foreign");
        WordLists.CharSet dotted = WordLists.chars("lists/person-transliteration.tsv", "dotted");
        assertTrue(
                foreign.contains('斯') && dotted.contains('斯'),
                "every transliteration character is also dotted");
        assertTrue(dotted.contains('买') && !foreign.contains('买'), dotted::toString);
        assertEquals(
                List.of("自治区", "自治州", "省", "市", "县", "州", "区", "自治县"),
                WordLists.list("lists/admin-levels.tsv", "short-opener"));
    }

    @Test
    void everyShippedListLoadsAndSaysWhatItIsAndWhereItComesFrom() throws IOException {
        Path lists = Path.of("models/lists");
        try (Stream<Path> files = Files.list(lists)) {
            for (Path f : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                assertTrue(
                        lines.get(0).startsWith("# "),
                        f + " starts with a header saying what it is");
                assertTrue(
                        lines.stream().anyMatch(l -> l.startsWith("# Source: ")),
                        f + " says where it comes from");
                assertTrue(
                        ModelResources.rows("lists/" + f.getFileName(), 2).size() > 0,
                        f + " has entries");
            }
        }
    }

    @Test
    void everyTimeListSaysWhatItIsAndWhereItComesFrom() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("models"))) {
            List<Path> time =
                    files.filter(f -> f.getFileName().toString().startsWith("time-"))
                            .sorted()
                            .toList();
            assertTrue(time.size() >= 11, "the date finder's lists: " + time);
            for (Path f : time) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                assertTrue(
                        lines.get(0).startsWith("# "),
                        f + " starts with a header saying what it is");
                assertTrue(
                        lines.stream().anyMatch(l -> l.startsWith("# Source: ")),
                        f + " says where it comes from");
            }
        }
    }

    @Test
    void aTableNeedsItsColumnsAndKeepsLineNumbers() {
        List<ModelResources.Row> rows = ModelResources.table("time-seasons.tsv", 3);
        assertEquals("今春", rows.get(0).get(0));
        assertTrue(rows.get(0).line() > 1, "the line number counts the header");
        ResourceException few =
                assertThrows(
                        ResourceException.class,
                        () -> ModelResources.table("broken/columns.txt", 4));
        assertTrue(
                few.getMessage().startsWith("zhnews model file 'models/broken/columns.txt' line "),
                few::getMessage);
        assertEquals(
                "zhnews model file 'models/time-seasons.tsv' line " + rows.get(1).line() + ": bad",
                rows.get(1).bad("bad").getMessage());
    }
}
