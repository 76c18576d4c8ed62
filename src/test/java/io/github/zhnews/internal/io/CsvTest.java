package io.github.zhnews.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.zhnews.model.AnalysisRecord;
import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.DateType;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.EntityType;
import io.github.zhnews.model.KeyPhrase;
import io.github.zhnews.model.Mention;
import io.github.zhnews.model.NewsTime;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    private static List<List<String>> read(String csv) throws IOException {
        try (MappingIterator<List<String>> rows =
                new CsvMapper()
                        .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                        .readerForListOf(String.class)
                        .readValues(csv)) {
            return rows.readAll();
        }
    }

    @Test
    void quotesTextLeavesNumbersNeutralisesFormulasAndKeepsEachRowOnOneLine() throws IOException {
        StringWriter out = new StringWriter();
        try (Csv csv = Csv.open(out, List.of("a", "b", "c"), false)) {
            csv.row("=cmd|x", 3, null);
            csv.row("say \"hi\", then\nleave", 0.5, "+1");
            csv.row("-2", "@SUM(A1)", "\t tab");
            csv.row("主题教育", "", "普通");
            csv.row("第一行\r\n第二行\u2028", "\uD800", "\uD83D\uDE00");
        }
        assertEquals(
                "a,b,c\n\"'=cmd|x\",3,\n\"say \"\"hi\"\", then leave\",0.5,\"'+1\"\n"
                        + "\"'-2\",\"'@SUM(A1)\",\"'\t tab\"\n\"主题教育\",\"\",\"普通\"\n"
                        + "\"第一行  第二行 \",\"\uFFFD\",\"\uD83D\uDE00\"\n",
                out.toString());
        List<List<String>> rows = read(out.toString());
        assertEquals(
                List.of("say \"hi\", then leave", "0.5", "'+1"), rows.get(2)); // every row one line
        assertThrows(
                IllegalArgumentException.class,
                () -> Csv.open(new StringWriter(), List.of("a b"), false));
    }

    @Test
    void theByteOrderMarkComesFirstWhenAsked() throws IOException {
        StringWriter out = new StringWriter();
        try (Csv csv = Csv.open(out, List.of("x"), true)) {
            csv.row("一");
        }
        assertEquals("\uFEFFx\n\"一\"\n", out.toString());
    }

    @Test
    void listsAreJoinedWithABarThatItemsCannotFake() {
        assertEquals("a|b｜c", Csv.join(List.of("a", "b|c")));
        assertEquals("", Csv.join(List.of()));
    }

    @Test
    void thePerArticleCsvHasItsDocumentedColumns() throws IOException {
        AnalysisRecord a =
                new AnalysisRecord(
                        "n1",
                        "标题",
                        null,
                        NewsTime.ofDate(LocalDate.of(2023, 5, 21)),
                        "李明",
                        "Asia/Shanghai",
                        NewsTime.ofDate(LocalDate.of(2023, 5, 21)),
                        List.of(new KeyPhrase("主题教育", 1.5, 2), new KeyPhrase("调查研究", 1.2, 1)),
                        List.of(
                                new Entity(
                                        "新华社",
                                        EntityType.ORGANIZATION,
                                        Entity.Kind.MEDIA,
                                        List.of(new Mention("新华社", 0, 3)))),
                        List.of(
                                new Entity(
                                        "王强", EntityType.PERSON, List.of(new Mention("王强", 5, 7)))),
                        List.of(),
                        List.of(
                                new DateMention("近日", 8, 10, null, DateType.DATE),
                                new DateMention("5月5日", 11, 15, "2023-05-05", DateType.DATE)),
                        List.of("第一句。", "第二句。"),
                        "第一句。",
                        List.of("一、要点"),
                        List.of());
        StringWriter out = new StringWriter();
        try (AnalysisCsv csv = AnalysisCsv.open(out, false)) {
            csv.write(a);
            csv.writeError("r2", 2, "InvalidRecord", "the record has no string field 'text'");
        }
        List<List<String>> rows = read(out.toString());
        assertEquals(AnalysisCsv.COLUMNS, rows.get(0));
        assertEquals(
                List.of(
                        "n1",
                        "",
                        "",
                        "",
                        "标题",
                        "",
                        "2023-05-21",
                        "李明",
                        "Asia/Shanghai",
                        "2023-05-21",
                        "主题教育|调查研究",
                        "新华社",
                        "media",
                        "王强",
                        "",
                        "近日|5月5日",
                        "|2023-05-05",
                        "第一句。",
                        "第一句。第二句。",
                        "一、要点"),
                rows.get(1));
        assertEquals(
                List.of("r2", "2", "InvalidRecord", "the record has no string field 'text'"),
                rows.get(2).subList(0, 4));
        assertTrue(
                rows.get(2).subList(4, rows.get(2).size()).stream().allMatch(String::isEmpty),
                rows.get(2)::toString);
        assertEquals(3, rows.size());
    }
}
