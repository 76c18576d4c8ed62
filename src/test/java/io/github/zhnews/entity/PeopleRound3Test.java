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
 * Third round of issue 4: transliterated names that the segmenter cuts apart, and phrases that the name
 * recogniser takes for three-character names. Golden cases in {@code entity/people.tsv}; sentences are our own.
 */
class PeopleRound3Test {
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/entity/people.tsv", delimiter = '\t', emptyValue = "", nullValues = {})
    void people(String sentence, String expected, String forbidden) {
        List<String> found = names(sentence, EntityType.PERSON);
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
