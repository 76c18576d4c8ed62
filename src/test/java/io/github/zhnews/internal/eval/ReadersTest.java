package io.github.zhnews.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made fixtures only (no line of the shared data). */
class ReadersTest {
    private static Span s(int a, int b, String t) {
        return new Span(a, b, t);
    }

    @Test
    void pfrCompoundsRunsAndTimes() {
        // 2020年 3月 , 张三 李四 visited [东城/ns 科技/n 协会/n]/nt and 西城/ns ; 某局/nt
        String line =
                "２０２０年/t\t３月/t\t，/w\t张/nr\t三/nr\t访问/v\t[东城/ns\t科技/n\t协会/n]/nt\t和/c\t西城/ns\t。/w\t某局/nt";
        List<Labelled> docs = Readers.pfr(List.of(line, ""));
        assertEquals(1, docs.size());
        Labelled d = docs.get(0);
        assertEquals("２０２０年３月，张三访问东城科技协会和西城。某局", d.text());
        assertEquals(List.of(s(0, 7, "TIME")), d.spans("TIME"));
        assertEquals(
                List.of(s(8, 10, "PER")), d.spans("PER")); // a lone surname joins the given name
        assertEquals(List.of(s(12, 18, "ORG"), s(22, 24, "ORG")), d.spans("ORG"));
        assertEquals(
                List.of(s(19, 21, "LOC")),
                d.spans("LOC")); // 东城 inside the nt compound is not separate
        assertEquals(
                List.of("２０２０年", "３月", "，", "张", "三", "访问", "东城", "科技", "协会", "和", "西城", "。", "某局"),
                d.words());
    }

    @Test
    void pfrAdjacentWholeNamesAreTwoPeople() {
        Labelled d = Readers.pfr(List.of("王明/nr\t李华/nr\t出席/v\t。/w")).get(0);
        assertEquals(List.of(s(0, 2, "PER"), s(2, 4, "PER")), d.spans("PER"));
    }

    @Test
    void pfrNonEntityCompoundKeepsInnerEntities() {
        Labelled d = Readers.pfr(List.of("[南岭/ns 杯/n]/nz 赛/vn")).get(0);
        assertEquals("南岭杯赛", d.text());
        assertEquals(List.of(s(0, 2, "LOC")), d.spans());
    }

    @Test
    void pfrPlaceCompound() {
        Labelled d = Readers.pfr(List.of("在/p [东方/ns 广场/n]/ns")).get(0);
        assertEquals(List.of(s(1, 5, "LOC")), d.spans());
    }

    @Test
    void bioColumnsWithBlankLines() {
        List<String> lines =
                List.of(
                        "王 B-PER", "五 I-PER", "在 O", "南 B-LOC", "乡 I-LOC", "", "", "甲 B-ORG",
                        "乙 I-ORG", "丙 I-LOC");
        List<Labelled> docs = Readers.bioColumns(lines);
        assertEquals(2, docs.size());
        assertEquals("王五在南乡", docs.get(0).text());
        assertEquals(List.of(s(0, 2, "PER"), s(3, 5, "LOC")), docs.get(0).spans());
        // an I- of another type starts a new span
        assertEquals(List.of(s(0, 2, "ORG"), s(2, 3, "LOC")), docs.get(1).spans());
    }

    @Test
    void bioTabSeparatedAndAllOutside() {
        List<Labelled> docs = Readers.bioColumns(List.of("天\tO", "气\tO"));
        assertEquals("天气", docs.get(0).text());
        assertEquals(List.of(), docs.get(0).spans());
    }

    @Test
    void bioParallel() {
        List<Labelled> docs =
                Readers.bioParallel(
                        List.of("到 东 山 去", "李 四"), List.of("O B-LOC I-LOC O", "B-PER I-PER"));
        assertEquals("到东山去", docs.get(0).text());
        assertEquals(List.of(s(1, 3, "LOC")), docs.get(0).spans());
        assertEquals(List.of(s(0, 2, "PER")), docs.get(1).spans());
        assertThrows(
                IllegalArgumentException.class,
                () -> Readers.bioParallel(List.of("甲 乙"), List.of("O")));
    }

    @Test
    void bioSupplementaryCharacters() {
        // U+20BB7 is two Java chars: offsets are String indices
        Labelled d =
                Readers.bioParallel(List.of("\uD842\uDFB7 家 人"), List.of("B-PER I-PER O")).get(0);
        assertEquals(List.of(s(0, 3, "PER")), d.spans());
    }

    @Test
    void cluenerMapsTypesAndInclusiveEnds() {
        String line =
                "{\"text\": \"甲公司的赵六在丙路见了丁局和戊队。\", \"label\": {\"company\": {\"甲公司\": [[0, 2]]},"
                        + " \"name\": {\"赵六\": [[4, 5]]}, \"address\": {\"丙路\": [[7, 8]]}, \"government\": {\"丁局\": [[11, 12]]},"
                        + " \"organization\": {\"戊队\": [[14, 15]]}, \"position\": {\"局\": [[12, 12]]}}}";
        Labelled d = Readers.cluener(List.of(line)).get(0);
        assertEquals(List.of(s(4, 6, "PER")), d.spans("PER"));
        assertEquals(List.of(s(7, 9, "LOC")), d.spans("LOC"));
        assertEquals(List.of(s(0, 3, "ORG"), s(11, 13, "ORG"), s(14, 16, "ORG")), d.spans("ORG"));
        assertEquals(5, d.spans().size()); // position dropped
    }

    @Test
    void cluenerNoLabelsAndCodePointOffsets() {
        assertEquals(
                List.of(),
                Readers.cluener(List.of("{\"text\": \"无\", \"label\": {}}")).get(0).spans());
        Labelled d =
                Readers.cluener(
                                List.of(
                                        "{\"text\": \"\uD842\uDFB7王\", \"label\": {\"name\": {\"x\": [[1, 1]]}}}"))
                        .get(0);
        assertEquals(List.of(s(2, 3, "PER")), d.spans());
    }

    @Test
    void conlluSkipsRangesAndComments() {
        List<String> lines =
                List.of(
                        "# text = 甲乙丙",
                        "1-2\t甲乙\t_\t_\t_\t_\t_\t_\t_\t_",
                        "1\t甲\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No",
                        "2\t乙丙\t_\t_\t_\t_\t1\tdep\t_\tSpaceAfter=No",
                        "2.1\t空\t_\t_\t_\t_\t_\t_\t_\t_",
                        "",
                        "1\tab\t_\t_\t_\t_\t0\troot\t_\t_",
                        "2\tc\t_\t_\t_\t_\t1\tdep\t_\t_");
        List<Labelled> docs = Readers.conllu(lines);
        assertEquals(2, docs.size());
        assertEquals(List.of("甲", "乙丙"), docs.get(0).words());
        assertEquals("甲乙丙", docs.get(0).text());
        assertEquals("ab c", docs.get(1).text());
    }

    @Test
    void cslSplitsKeywords() {
        List<Readers.KeywordDoc> docs =
                Readers.csl(List.of("to keywords\t一种测试方法的研究 标题\t测试_方法_ 研究 "));
        assertEquals("标题\n一种测试方法的研究", docs.get(0).text());
        assertEquals(List.of("测试", "方法", "研究"), docs.get(0).keywords());
    }

    @Test
    void cslTitleIsTheTextAfterTheLastSpace() {
        List<Readers.KeywordDoc> docs =
                Readers.csl(List.of("to keywords	用 SVM 分类的摘要 分类研究	分类", "to keywords	没有标题的摘要	摘要"));
        assertEquals("分类研究\n用 SVM 分类的摘要", docs.get(0).text());
        assertEquals("没有标题的摘要", docs.get(1).text());
    }
}
