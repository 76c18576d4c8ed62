package io.github.zhnews.entity;

import io.github.zhnews.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.util.Arrays;
import java.util.List;

import static io.github.zhnews.entity.EntityRecognizerTest.names;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden cases for people and places, one sentence per line with the names that must and must not be found:
 * {@code entity/people.tsv} (transliterated names the segmenter cuts apart; phrases the name recogniser takes
 * for three-character names) and {@code entity/places.tsv} (places that take the word after them: 湛江港,
 * 太原火车站, 霍尔木兹海峡; ethnic autonomous regions). The sentences are our own.
 */
class PersonAndPlaceNamesTest {
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/entity/people.tsv", delimiter = '\t', emptyValue = "", nullValues = {})
    void people(String sentence, String expected, String forbidden) {
        check(sentence, EntityType.PERSON, expected, forbidden);
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/entity/places.tsv", delimiter = '\t', emptyValue = "", nullValues = {})
    void places(String sentence, String expected, String forbidden) {
        check(sentence, EntityType.PLACE, expected, forbidden);
    }

    private static void check(String sentence, EntityType type, String expected, String forbidden) {
        List<String> found = names(sentence, type);
        for (String name : split(expected)) {
            assertTrue(found.contains(name), () -> "missing " + name + " in " + found);
        }
        for (String name : split(forbidden)) {
            assertFalse(found.contains(name), () -> "wrongly found " + name + " in " + found);
        }
    }

    private static List<String> split(String column) {
        return column == null || column.isBlank() ? List.of() : Arrays.asList(column.split("\\|"));
    }
}
