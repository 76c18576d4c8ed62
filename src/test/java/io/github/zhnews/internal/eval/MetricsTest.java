package io.github.zhnews.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final double E = 1e-9;

    private static Span s(int a, int b, String t) {
        return new Span(a, b, t);
    }

    @Test
    void prfOnKnownCounts() {
        Prf p = new Prf(2, 4, 5);
        assertEquals(0.5, p.precision(), E);
        assertEquals(0.4, p.recall(), E);
        assertEquals(2 * 0.5 * 0.4 / 0.9, p.f1(), E);
    }

    @Test
    void prfEmptyCases() {
        Prf both = new Prf(0, 0, 0);
        assertEquals(1.0, both.precision(), E);
        assertEquals(1.0, both.recall(), E);
        assertEquals(1.0, both.f1(), E);
        Prf emptyGold = new Prf(0, 3, 0);
        assertEquals(0.0, emptyGold.precision(), E);
        assertEquals(0.0, emptyGold.recall(), E);
        assertEquals(0.0, emptyGold.f1(), E);
        Prf emptyPrediction = new Prf(0, 0, 3);
        assertEquals(0.0, emptyPrediction.precision(), E);
        assertEquals(0.0, emptyPrediction.recall(), E);
        assertEquals(0.0, emptyPrediction.f1(), E);
        assertThrows(IllegalArgumentException.class, () -> new Prf(2, 1, 5));
    }

    @Test
    void spanScoringIsExactAndTyped() {
        List<Span> gold = List.of(s(0, 2, "ORG"), s(3, 5, "PER"), s(6, 8, "LOC"));
        List<Span> pred = List.of(s(0, 2, "ORG"), s(3, 4, "PER"), s(6, 8, "ORG"), s(9, 10, "LOC"));
        Prf all = SpanScorer.score(gold, pred);
        assertEquals(new Prf(1, 4, 3), all);

        SpanScorer scorer = new SpanScorer();
        scorer.add(gold, pred);
        assertEquals(new Prf(1, 2, 1), scorer.type("ORG"));
        assertEquals(new Prf(0, 1, 1), scorer.type("PER"));
        assertEquals(new Prf(0, 1, 1), scorer.type("LOC"));
        assertEquals(new Prf(1, 4, 3), scorer.micro(List.of("ORG", "PER", "LOC")));
    }

    @Test
    void spanScoringDuplicatesCountOnce() {
        assertEquals(
                new Prf(1, 2, 1),
                SpanScorer.score(List.of(s(0, 2, "ORG")), List.of(s(0, 2, "ORG"), s(0, 2, "ORG"))));
    }

    @Test
    void spanScoringEmptySides() {
        SpanScorer scorer = new SpanScorer();
        scorer.add(List.of(), List.of());
        assertEquals(Prf.EMPTY, scorer.type("ORG"));
        assertEquals(1.0, scorer.type("ORG").f1(), E);
        scorer.add(List.of(), List.of(s(0, 1, "ORG")));
        assertEquals(0.0, scorer.type("ORG").precision(), E);
        scorer.add(List.of(s(0, 1, "PER")), List.of());
        assertEquals(0.0, scorer.type("PER").recall(), E);
    }

    @Test
    void segmentationScoresLikeTheBakeoff() {
        // gold: 我们 / 喜欢 / 北京大学 ; prediction: 我们 / 喜 / 欢 / 北京 / 大学
        SegmentationScorer sc = new SegmentationScorer(Set.of("我们", "喜欢"));
        sc.addLine(SegmentationScorer.words("我们  喜欢  北京大学"), List.of("我们", "喜", "欢", "北京", "大学"));
        assertEquals(new Prf(1, 5, 3), sc.prf());
        assertEquals(1.0 / 3, sc.oovRate(), E); // 北京大学 is not in the word list
        assertEquals(0.0, sc.oovRecall(), E); // and was split
        assertEquals(0.5, sc.ivRecall(), E); // 我们 right, 喜欢 wrong
        assertEquals(0, sc.misalignedLines());
    }

    @Test
    void segmentationOovRecallCountsFoundUnknownWords() {
        SegmentationScorer sc = new SegmentationScorer(Set.of("的"));
        sc.addLine(List.of("甲乙", "的", "丙丁"), List.of("甲乙", "的", "丙", "丁"));
        assertEquals(0.5, sc.oovRecall(), E);
        assertEquals(2.0 / 3, sc.oovRate(), E);
        assertEquals(new Prf(2, 4, 3), sc.prf());
    }

    @Test
    void segmentationSkipsEmptyGoldLinesAndHandlesEmptyPrediction() {
        SegmentationScorer sc = new SegmentationScorer(null);
        sc.addLine(List.of(), List.of("多", "余")); // skipped, as the score script does
        assertEquals(Prf.EMPTY, sc.prf());
        assertEquals(0, sc.lines());
        sc.addLine(List.of("天", "气"), List.of()); // nothing predicted
        assertEquals(new Prf(0, 0, 2), sc.prf());
        assertEquals(1, sc.misalignedLines());
        assertTrue(Double.isNaN(sc.oovRecall())); // no word list, no OOV figure
    }

    @Test
    void segmentationIdeographicSpaceSeparatesWords() {
        assertEquals(List.of("一", "二", "三"), SegmentationScorer.words(" 一\u3000二  三 \r"));
    }

    @Test
    void rankMetrics() {
        List<String> gold = List.of("甲", "乙", "丙", "丁");
        List<String> pred = List.of("甲", "戊", "乙", "己");
        assertEquals(0.5, RankMetrics.recallAtK(gold, pred, 10), E);
        assertEquals(0.2, RankMetrics.precisionAtK(gold, pred, 10), E);
        assertEquals(0.25, RankMetrics.recallAtK(gold, pred, 2), E); // only 甲 in the top 2
        assertEquals(0.5, RankMetrics.precisionAtK(gold, pred, 2), E);
        assertEquals(
                0.25,
                RankMetrics.recallAtK(gold, List.of("甲", "甲", "甲"), 10),
                E); // duplicates once
    }

    @Test
    void rankMetricsEmptyCases() {
        assertEquals(0.0, RankMetrics.recallAtK(List.of("甲"), List.of(), 10), E);
        assertEquals(0.0, RankMetrics.precisionAtK(List.of("甲"), List.of(), 10), E);
        assertEquals(1.0, RankMetrics.recallAtK(List.of(), List.of(), 10), E);
        assertEquals(0.0, RankMetrics.recallAtK(List.of(), List.of("甲"), 10), E);
        assertEquals(0.0, RankMetrics.precisionAtK(List.of(), List.of("甲"), 10), E);
    }

    @Test
    void median() {
        assertEquals(2.0, Evaluation.median(new double[] {3, 1, 2}), E);
        assertEquals(2.5, Evaluation.median(new double[] {4, 1, 2, 3}), E);
    }
}
