package io.github.zhnews.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhnews.EntityStandard;
import io.github.zhnews.NewsAnalyzer;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * What the rules make of the trained labeller's organisations: nested names kept whole, repeats found, the rules'
 * short forms by the guidelines followed.
 */
class LabelledOrganizationsTest {
    private static final NewsAnalyzer ANALYZER = NewsAnalyzer.builder().build();
    private static final NewsAnalyzer PFR =
            NewsAnalyzer.builder().entityStandard(EntityStandard.PEOPLES_DAILY_1998).build();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/entity/labelled-organizations.tsv", delimiter = '\t')
    void organizationMentions(String sentence, String expected) {
        assertEquals(expected, mentions(ANALYZER, sentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/entity/short-forms-by-standard.tsv", delimiter = '\t')
    void shortFormsAreMentionsUnderTheDefaultStandardOnly(
            String sentence, String byDefault, String byPeoplesDaily) {
        assertEquals(byDefault, mentions(ANALYZER, sentence));
        assertEquals(byPeoplesDaily == null ? "" : byPeoplesDaily, mentions(PFR, sentence));
    }

    private static String mentions(NewsAnalyzer analyzer, String sentence) {
        List<Mention> mentions = new ArrayList<>();
        for (Entity e : analyzer.analyze(sentence).organizations()) {
            mentions.addAll(e.mentions());
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        List<String> got = new ArrayList<>();
        for (Mention m : mentions) {
            got.add(m.text() + "@" + m.start());
        }
        return String.join(" ", got);
    }
}
