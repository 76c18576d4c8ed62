package io.github.zhnews.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.internal.segment.CoreWords;
import io.github.zhnews.internal.segment.NewsSegmenter;
import io.github.zhnews.internal.segment.UserDictionary;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.EntityType;
import io.github.zhnews.model.Mention;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class EntityRecognizerTest {
    private static final NewsSegmenter SEGMENTER = new NewsSegmenter(UserDictionary.empty());
    private static final EntityRecognizer RECOGNIZER =
            new EntityRecognizer(List.of(), CoreWords.INSTANCE);

    static List<Entity> find(String text, EntityType type) {
        return RECOGNIZER.find(text, SEGMENTER.segment(text)).stream()
                .filter(e -> e.type() == type)
                .collect(Collectors.toList());
    }

    static List<String> names(String text, EntityType type) {
        return find(text, type).stream().map(Entity::name).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(
            resources = "/entity/organizations.tsv",
            delimiter = '\t',
            emptyValue = "",
            nullValues = {})
    void organizations(String sentence, String expected, String forbidden) {
        checkGolden(sentence, EntityType.ORGANIZATION, expected, forbidden);
    }

    /** People: transliterated names the segmenter cuts apart; phrases taken for three-character names. */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(
            resources = "/entity/people.tsv",
            delimiter = '\t',
            emptyValue = "",
            nullValues = {})
    void people(String sentence, String expected, String forbidden) {
        checkGolden(sentence, EntityType.PERSON, expected, forbidden);
    }

    /** Places that take the word after them (湛江港, 霍尔木兹海峡); ethnic autonomous regions. */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(
            resources = "/entity/places.tsv",
            delimiter = '\t',
            emptyValue = "",
            nullValues = {})
    void places(String sentence, String expected, String forbidden) {
        checkGolden(sentence, EntityType.PLACE, expected, forbidden);
    }

    /** One golden line: every expected name is found, no forbidden one is ({@code |} between names). */
    static void checkGolden(String sentence, EntityType type, String expected, String forbidden) {
        List<String> found = names(sentence, type);
        for (String name : split(expected)) {
            assertTrue(found.contains(name), () -> "missing " + name + " in " + found);
        }
        for (String name : split(forbidden)) {
            assertFalse(found.contains(name), () -> "reported " + name + " in " + found);
        }
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.split("\\|"));
    }

    @Test
    void shortFormsGroupUnderTheFullNameWithEveryOffset() {
        String text = "西藏自治区党委召开会议。自治区党委要求各地抓好落实。";
        List<Entity> orgs = find(text, EntityType.ORGANIZATION);
        assertEquals(1, orgs.size(), orgs::toString);
        Entity party = orgs.get(0);
        assertEquals("西藏自治区党委", party.name());
        assertEquals(
                List.of(new Mention("西藏自治区党委", 0, 7), new Mention("自治区党委", 12, 17)),
                party.mentions());
    }

    @Test
    void mediaTitleMentionIsInsideTheBrackets() {
        String text = "据《光明日报》报道";
        Entity media = find(text, EntityType.ORGANIZATION).get(0);
        assertEquals(new Mention("光明日报", 2, 6), media.mentions().get(0));
    }

    @Test
    void aBookTitleIsNotAnOrganisation() {
        assertTrue(names("他认真阅读了《平凡的世界》。", EntityType.ORGANIZATION).isEmpty());
    }

    @Test
    void peopleWithoutFragmentsOfCounts() {
        String text = "自治区党委常委、组织部部长王建华主持会议，4000余人参加。";
        List<String> people = names(text, EntityType.PERSON);
        assertTrue(people.contains("王建华"), people::toString);
        assertFalse(people.contains("余人"), people::toString);
    }

    @Test
    void placesJoinTheirAdministrativeLevel() {
        List<String> places = names("代表团先后到访日喀则市和林芝市。", EntityType.PLACE);
        assertTrue(places.contains("日喀则市"), places::toString);
        assertTrue(places.contains("林芝市"), places::toString);
    }

    @Test
    void userOrganisationsAreRecognised() {
        EntityRecognizer custom = new EntityRecognizer(List.of("雪莲花合作联社"), CoreWords.INSTANCE);
        NewsSegmenter seg = new NewsSegmenter(UserDictionary.ofWords(List.of("雪莲花合作联社")));
        String text = "雪莲花合作联社带动牧民增收。";
        List<String> orgs =
                custom.find(text, seg.segment(text)).stream()
                        .filter(e -> e.type() == EntityType.ORGANIZATION)
                        .map(Entity::name)
                        .collect(Collectors.toList());
        assertEquals(List.of("雪莲花合作联社"), orgs);
        assertFalse(names(text, EntityType.ORGANIZATION).contains("雪莲花合作联社"));
    }

    @Test
    void mentionsAreTrueToTheText() {
        String text = "拉萨市委、自治区商务厅和星河智联（深圳）科技有限公司的负责同志参加。";
        for (Entity e : RECOGNIZER.find(text, SEGMENTER.segment(text))) {
            for (Mention m : e.mentions()) {
                assertEquals(text.substring(m.start(), m.end()), m.text());
            }
        }
    }
}
