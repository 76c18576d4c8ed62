package io.github.zhnews.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FloorsTest {
    @Test
    void checkNamesFiguresBelowTheirFloor() {
        List<Floors.Floor> floors =
                Floors.parse(
                        List.of(
                                "task\tdataset\tmetric\tfloor",
                                "# comment",
                                "",
                                "segment\tpku\tF1\t0.80",
                                "segment\tpku\tP\t0.95",
                                "segment\tmsr\tF1\t0.5",
                                "time\tx\tacc\t0.9"));
        assertEquals(4, floors.size());
        List<Row> rows =
                List.of(
                        new Row("segment", "pku", "F1", 0.85, null, 1, null),
                        new Row("segment", "pku", "P", 0.90, null, 1, null));
        List<String> failures = Floors.check(rows, floors, Set.of("segment"));
        assertEquals(2, failures.size());
        assertTrue(failures.get(0).startsWith("segment/pku/P: 0.9000 is below the floor 0.9500"));
        assertTrue(failures.get(1).startsWith("segment/msr/F1: no figure"));
        assertEquals(List.of(), Floors.check(rows, floors.subList(0, 1), Set.of("segment")));
    }

    @Test
    void rulesFloorsCheckTheRulesOnlyFigure() {
        List<Floors.Floor> floors =
                Floors.parse(
                        List.of(
                                "entities\tpd\tORG-F1\t0.80",
                                "entities\tpd\tORG-F1@rules\t0.75",
                                "entities\tpd\tPER-F1@rules\t0.5"));
        List<Row> rows =
                List.of(
                        new Row("entities", "pd", "ORG-F1", 0.84, null, 1, null, 0.70),
                        new Row("entities", "pd", "PER-F1", 0.90, null, 1, null));
        List<String> failures = Floors.check(rows, floors, Set.of("entities"));
        assertEquals(2, failures.size(), failures::toString);
        assertTrue(
                failures.get(0)
                        .startsWith("entities/pd/ORG-F1@rules: 0.7000 is below the floor 0.7500"));
        assertTrue(failures.get(1).startsWith("entities/pd/PER-F1@rules: no figure"));
    }

    @Test
    void badLinesAreErrors() {
        assertThrows(IllegalArgumentException.class, () -> Floors.parse(List.of("a\tb\tc")));
        assertThrows(IllegalArgumentException.class, () -> Floors.parse(List.of("a\tb\tc\tx")));
    }
}
