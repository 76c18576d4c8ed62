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
 * Third round of issue 4: places that take the word after them (湛江港, 太原火车站, 霍尔木兹海峡) and ethnic
 * autonomous regions (广西壮族自治区). Golden cases in {@code entity/places.tsv}; sentences are our own.
 */
class PlacesRound3Test {
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/entity/places.tsv", delimiter = '\t', emptyValue = "", nullValues = {})
    void places(String sentence, String expected, String forbidden) {
        List<String> found = names(sentence, EntityType.PLACE);
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
