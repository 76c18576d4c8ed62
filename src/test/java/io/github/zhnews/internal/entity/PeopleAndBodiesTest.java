package io.github.zhnews.internal.entity;

import static io.github.zhnews.internal.entity.EntityRecognizerTest.checkGolden;

import io.github.zhnews.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names after titles, names after a year, two-character names, a ministry run
 * together with its minister's title, bodies named by their task, abbreviations, teams. Sentences are our own.
 */
class PeopleAndBodiesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '\t',
            value = {
                "2023年周海涛主任来该县调研。\t周海涛",
                "省委书记张明远主持会议并讲话。\t张明远",
                "外交部长卡尔森在会上发言。\t卡尔森",
                "财政部长顾立群出席签约仪式。\t顾立群",
                "刘晓燕说，今年的收成不错。\t刘晓燕",
                "江主席会见了来宾。\t江"
            })
    void findsThePerson(String sentence, String person) {
        checkGolden(sentence, EntityType.PERSON, person, null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '\t',
            value = {
                "外交部长卡尔森在会上发言。\t外交部",
                "财政部长顾立群出席签约仪式。\t财政部",
                "旅游专项治理办公室近日成立。\t旅游专项治理办公室",
                "他在农业机械研究所工作了十年。\t农业机械研究所",
                "中国女队以3比1战胜对手。\t中国女队",
                "荷兰队同巴西队交手。\t巴西队",
                "他赴京参加了中宣部组织的培训。\t中宣部"
            })
    void findsTheOrganisation(String sentence, String org) {
        checkGolden(sentence, EntityType.ORGANIZATION, org, null);
    }

    @ParameterizedTest(name = "{0} has no person {1}")
    @CsvSource(
            delimiter = '\t',
            value = {"1998年朱副总理来该县视察。\t来该县", "那张照片挂在墙上。\t那张", "刘家本来就贫穷。\t刘家", "我们每个人都有可能犯错。\t都有"})
    void noFalsePerson(String sentence, String notPerson) {
        checkGolden(sentence, EntityType.PERSON, null, notPerson);
    }
}
