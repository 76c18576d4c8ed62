package io.github.zhnews.internal.entity;

import static io.github.zhnews.internal.entity.EntityRecognizerTest.find;
import static io.github.zhnews.internal.entity.EntityRecognizerTest.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.model.Entity;
import io.github.zhnews.model.EntityType;
import io.github.zhnews.model.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Organisation kinds, and the person rules (title after a surname, split names, names confirmed once). */
class OrganizationKindAndPeopleTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '\t',
            value = {
                "西藏自治区党委组织部召开会议。\t西藏自治区党委组织部\tPARTY",
                "中共中央台湾工作办公室负责人答问。\t中共中央台湾工作办公室\tPARTY",
                "西藏自治区商务厅发布通知。\t西藏自治区商务厅\tGOVERNMENT",
                "拉萨市中级人民法院公开宣判。\t拉萨市中级人民法院\tJUDICIARY",
                "全国人大常委会审议了草案。\t全国人大常委会\tLEGISLATURE",
                "中国人民解放军举行演习。\t中国人民解放军\tMILITARY",
                "星河智联（深圳）科技有限公司发布新品。\t星河智联（深圳）科技有限公司\tCOMPANY",
                "据《光明日报》报道，展览开幕。\t光明日报\tMEDIA",
                "北京大学发布研究报告。\t北京大学\tEDUCATION",
                "拉萨市人民医院开展义诊。\t拉萨市人民医院\tHEALTH",
                "中国作家协会举办座谈会。\t中国作家协会\tASSOCIATION",
                "联合国发表声明。\t联合国\tINTERNATIONAL"
            })
    void eachOrganisationHasItsKind(String sentence, String name, Entity.Kind kind) {
        Entity org =
                find(sentence, EntityType.ORGANIZATION).stream()
                        .filter(e -> e.name().equals(name))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(name + " not found in " + sentence));
        assertEquals(kind, org.kind());
    }

    @Test
    void peopleAndPlacesHaveNoKind() {
        for (Entity e : find("王建华在拉萨市调研。", EntityType.PERSON)) {
            assertNull(e.kind());
        }
        for (Entity e : find("王建华在拉萨市调研。", EntityType.PLACE)) {
            assertNull(e.kind());
        }
    }

    @Test
    void entityRecordChecksTheKind() {
        List<Mention> m = List.of(new Mention("新华社", 0, 3));
        assertEquals(Entity.Kind.OTHER, new Entity("新华社", EntityType.ORGANIZATION, m).kind());
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        new Entity(
                                "拉萨",
                                EntityType.PLACE,
                                Entity.Kind.MEDIA,
                                List.of(new Mention("拉萨", 0, 2))));
        assertEquals(Entity.Kind.COMPANY, Entity.Kind.ofId("company"));
        assertEquals(Entity.Kind.OTHER, Entity.Kind.ofId("no-such-kind"));
        assertEquals("international", Entity.Kind.INTERNATIONAL.id());
    }

    @Test
    void aTitleAfterASurnameIsNotPartOfTheName() {
        String text = "与会者认为，江主席的讲话很重要。";
        List<Entity> people = find(text, EntityType.PERSON);
        assertEquals(1, people.size(), people::toString);
        assertEquals(new Mention("江", 6, 7), people.get(0).mentions().get(0));
    }

    @Test
    void aNameConfirmedOnceIsANameAtEveryMention() {
        String text = "李明表示，今年将继续加大投入。会后，记者采访了李明。";
        List<Entity> people = find(text, EntityType.PERSON);
        assertEquals(1, people.size(), people::toString);
        assertEquals(2, people.get(0).mentions().size(), people::toString);
    }

    @Test
    void aForeignNameAfterATitleIsAPerson() {
        assertTrue(names("英国外交大臣史密斯当天发表讲话。", EntityType.PERSON).contains("史密斯"));
        assertTrue(names("关于这一问题，克林顿说，双方应加强对话。", EntityType.PERSON).contains("克林顿"));
    }

    @Test
    void sportsTeamsAreOrganisationsButCommonWordsAreNot() {
        List<String> orgs = names("辽宁队在主场战胜了古巴队，球迷排队入场。", EntityType.ORGANIZATION);
        assertTrue(orgs.contains("辽宁队"), orgs::toString);
        assertTrue(orgs.contains("古巴队"), orgs::toString);
        assertFalse(orgs.stream().anyMatch(o -> o.contains("排队")), orgs::toString);
    }

    @Test
    void aCountyPartyCommitteeAloneIsReported() {
        assertTrue(names("去年，县委书记到村里调研。", EntityType.ORGANIZATION).contains("县委"));
    }
}
