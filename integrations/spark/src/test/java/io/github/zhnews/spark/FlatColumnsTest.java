package io.github.zhnews.spark;

import io.github.zhnews.AnalysisWriter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The flat columns, read from the core's CSV writer. */
class FlatColumnsTest {
    @Test
    void theColumnsAreTheCsvHeaderLessLine() throws IOException {
        StringWriter w = new StringWriter();
        try (AnalysisWriter.Output o = AnalysisWriter.csv().open(w)) {
            o.writeError("x", 1, "t", "m");
        }
        List<String> header = new ArrayList<>(Arrays.asList(w.toString().split("\n")[0].split(",")));
        header.remove("line");
        assertEquals(header, FlatColumns.names());
        assertEquals(List.of("id", "error_type", "error_message"), FlatColumns.names().subList(0, 3));
    }

    @Test
    void anErrorRowHasTheIdAndTheErrorAndNothingElse() {
        Object[] row = new FlatColumns().error("a,\"1\"", "InvalidRecord", "=not a formula\nsecond line");
        assertEquals("a,\"1\"", row[0]);
        assertEquals("InvalidRecord", row[1]);
        assertEquals("=not a formula second line", row[2]); // the core's CSV keeps every row on one line
        for (int i = 3; i < row.length; i++) {
            assertNull(row[i]);
        }
    }

    @Test
    void aRecordIsReadWithQuotesLineBreaksNullAndEmpty() {
        List<String> cells = new ArrayList<>();
        String csv = "\"a\"\"b\",,\"\",12,\"x\ny\"\nnext";
        int end = FlatColumns.readRecord(csv, 0, cells);
        assertEquals(Arrays.asList("a\"b", null, "", "12", "x\ny"), cells);
        assertEquals("next", csv.substring(end));
    }
}
