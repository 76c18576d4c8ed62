package io.github.zhnews.spark;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job's command line, without Spark. */
class AnalyzeJobOptionsTest {
    @Test
    void theFormatFollowsTheInputUnlessGiven() {
        assertEquals("parquet", AnalyzeJob.Options.parse(new String[]{"--input", "in/a.parquet/", "--output", "o"})
                .format());
        assertEquals("jsonl", AnalyzeJob.Options.parse(new String[]{"--input", "in/a.jsonl.gz", "--output", "o"})
                .format());
        assertEquals("parquet", AnalyzeJob.Options.parse(new String[]{"--input", "in", "--output", "o",
            "--format", "PARQUET"}).format());
    }

    @Test
    void theAnalyzerOptionsMakeTheConfiguration() {
        AnalyzeJob.Options o = AnalyzeJob.Options.parse(new String[]{"--input", "i", "--output", "o",
            "--key-phrases", "4", "--summary-sentences", "2", "--reference-time", "2024-05-01T08:00",
            "--max-chars", "500", "--overwrite", "--partitions", "8"});
        assertEquals(AnalyzerConfig.defaults().withKeyPhrases(4).withSummarySentences(2)
                .withReferenceTime(LocalDateTime.of(2024, 5, 1, 8, 0)).withMaxChars(500), o.config());
        assertTrue(o.overwrite());
        assertEquals(8, o.partitions());
    }

    @Test
    void aWrongCommandLineSaysWhatIsWrongAndExitsWith2() {
        for (String[] args : new String[][]{{"--input", "i"}, {"--input", "i", "--output", "o", "--format", "csv"},
            {"--input", "i", "--output", "o", "--key-phrases", "0"}, {"--input", "i", "--output"},
            {"--input", "i", "--output", "o", "--reference-time", "tomorrow"}, {"--bogus", "x"}}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = AnalyzeJob.run(args, new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, status, String.join(" ", args));
            String text = err.toString(StandardCharsets.UTF_8);
            assertTrue(text.startsWith("error: ") && text.contains("Usage: AnalyzeJob"), text);
        }
        assertThrows(AnalyzeJob.UsageException.class, () -> AnalyzeJob.Options.parse(new String[]{"--help"}));
    }
}
