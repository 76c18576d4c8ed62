package io.github.zhnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.KeyPhrase;
import io.github.zhnews.model.Mention;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the README's Java example true: the same text, the same claims. */
class ReadmeExampleTest {
    private static final String TEXT =
            """
            西藏自治区党委组织部召开主题教育调查研究推进会
            5月5日，西藏自治区党委组织部召开推进会。自治区党委常委、组织部部长王建华出席会议。
            4月24日至29日，中央第十二巡回指导组到拉萨市委、自治区商务厅等90家单位调研，4000余人参加座谈。
            """;

    private final NewsAnalysis a =
            NewsAnalyzer.builder()
                    .keyPhrases(10)
                    .summarySentences(3)
                    .userWords(List.of("青稞酒酿造坊"))
                    .organizations(List.of("雪莲花合作联社"))
                    .build()
                    .analyze(
                            Article.of(TEXT)
                                    .id("demo")
                                    .publishedAt(LocalDateTime.of(2023, 5, 21, 9, 39)));

    @Test
    void organisationsAsTheReadmeSays() {
        List<String> names =
                a.organizations().stream().map(Entity::name).collect(Collectors.toList());
        assertTrue(
                names.containsAll(List.of("西藏自治区党委组织部", "中央第十二巡回指导组", "拉萨市委", "西藏自治区商务厅")),
                names::toString);
        assertFalse(names.stream().anyMatch(n -> n.contains("单位")), names::toString);
        Entity department = a.organizations().get(0);
        assertEquals("西藏自治区党委组织部", department.name());
        assertEquals(
                List.of("西藏自治区党委组织部", "西藏自治区党委组织部", "组织部"),
                department.mentions().stream().map(Mention::text).collect(Collectors.toList()));
        Entity commerce =
                a.organizations().stream()
                        .filter(e -> e.name().equals("西藏自治区商务厅"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("自治区商务厅", commerce.mentions().get(0).text());
    }

    @Test
    void peopleDatesAndPhrasesAsTheReadmeSays() {
        assertEquals(
                List.of("王建华"), a.people().stream().map(Entity::name).collect(Collectors.toList()));
        List<String> dates =
                a.dates().stream()
                        .map(d -> d.text() + "=" + d.value() + "/" + d.type())
                        .collect(Collectors.toList());
        assertEquals(
                List.of("5月5日=2023-05-05/DATE", "4月24日至29日=2023-04-24/2023-04-29/INTERVAL"), dates);
        List<String> phrases =
                a.keyPhrases().stream().map(KeyPhrase::text).collect(Collectors.toList());
        assertTrue(phrases.contains("主题教育") && phrases.contains("调查研究"), phrases::toString);
        assertEquals("demo", a.id().orElseThrow());
        assertTrue(a.toJson().startsWith("{\"id\":\"demo\""));
        assertTrue(a.dates().stream().map(DateMention::text).noneMatch(t -> t.contains("余")));
    }
}
