package io.github.zhnews;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer over {@link NewsAnalyzer#analyze(Article)}, with the properties of {@link PropertyTest} (no exception,
 * offsets inside the text and equal to the mention, JSON valid UTF-8). In {@code mvn verify} it replays the
 * inputs under {@code src/test/resources/io/github/zhnews/AnalyzeFuzzTestInputs/analyze/} (regression mode);
 * {@code JAZZER_FUZZ=1 mvn -B -o test -Dtest=AnalyzeFuzzTest} fuzzes for the given duration and keeps each
 * crashing input there, where it becomes a regression case.
 */
class AnalyzeFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void analyze(FuzzedDataProvider data) {
        String title = data.consumeBoolean() ? data.consumeString(40) : null;
        String text = data.consumeRemainingAsString();
        Article a = Article.of(text);
        if (title != null) {
            a = a.title(title);
        }
        PropertyTest.checked(TestAnalyzers.shared(), 0, text);
        TestAnalyzers.shared().analyze(a).toJson(true);
    }
}
