package io.github.zhnews.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhnews.NewsAnalyzer;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** What the rules make of the trained labeller's organisations: nested names kept whole, repeats found. */
class LabelledOrganizationsTest {
    private static final NewsAnalyzer ANALYZER = NewsAnalyzer.builder().build();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/entity/labelled-organizations.tsv", delimiter = '\t')
    void organizationMentions(String sentence, String expected) {
        List<Mention> mentions = new ArrayList<>();
        for (Entity e : ANALYZER.analyze(sentence).organizations()) {
            mentions.addAll(e.mentions());
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        List<String> got = new ArrayList<>();
        for (Mention m : mentions) {
            got.add(m.text() + "@" + m.start());
        }
        assertEquals(expected, String.join(" ", got));
    }
}
