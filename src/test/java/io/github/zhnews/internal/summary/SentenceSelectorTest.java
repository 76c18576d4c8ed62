package io.github.zhnews.internal.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.model.KeyPhrase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSelectorTest {
    private final SentenceSelector selector = new SentenceSelector();
    private final List<KeyPhrase> phrases =
            List.of(new KeyPhrase("主题教育", 10, 3), new KeyPhrase("调查研究", 9, 3));

    @Test
    void picksSentencesWithKeyPhrasesInDocumentOrder() {
        List<String> sentences =
                List.of(
                        "天气晴朗，会场布置得简洁大方，工作人员早早就位。",
                        "自治区扎实开展主题教育，把调查研究作为重要抓手。",
                        "午餐安排在单位食堂，饭菜可口，大家吃得很满意。",
                        "各地把主题教育成果转化为调查研究的具体行动。");
        List<Integer> chosen = selector.select(sentences, phrases, 2);
        assertEquals(List.of(1, 3), chosen);
    }

    @Test
    void skipsAlmostRepeatedSentences() {
        List<String> sentences =
                List.of(
                        "自治区扎实开展主题教育，把调查研究作为重要抓手。",
                        "自治区扎实开展主题教育，把调查研究作为重要抓手！",
                        "全区上下以调查研究推动主题教育取得实效。");
        List<Integer> chosen = selector.select(sentences, phrases, 2);
        assertFalse(chosen.containsAll(List.of(0, 1)), chosen::toString);
        assertEquals(2, chosen.size());
    }

    @Test
    void shortOrNonChineseLinesAreNotSummaries() {
        List<Integer> chosen =
                selector.select(List.of("主题教育", "Hello world, this is Latin only."), phrases, 2);
        assertTrue(chosen.isEmpty());
    }

    @Test
    void zeroOrNothingGivesNothing() {
        assertTrue(selector.select(List.of("自治区扎实开展主题教育，把调查研究作为重要抓手。"), phrases, 0).isEmpty());
        assertTrue(selector.select(List.of(), phrases, 3).isEmpty());
    }

    @Test
    void leadWinsWhenNothingElseDiffers() {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sentences.add("第" + "一二三四五".charAt(i) + "段内容讲述了当地群众的日常生活变化。");
        }
        assertEquals(List.of(0), selector.select(sentences, List.of(), 1));
    }

    @Test
    void aFloodOfNearDuplicatesGivesOneSentence() {
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            sentences.add("第" + i + "条消息说，各地继续推进主题教育和调查研究。");
        }
        assertEquals(1, selector.select(sentences, phrases, 3).size());
    }

    @Test
    void aPageRepeatingAFewSentencesStillOffersTheOthers() {
        List<String> distinct =
                List.of(
                        "自治区扎实开展主题教育，把调查研究作为重要抓手。",
                        "午餐安排在单位食堂，饭菜可口，大家吃得很满意。",
                        "天气晴朗，会场布置得简洁大方，工作人员早早就位。",
                        "会后代表们参观了新建的社区服务中心和老年食堂。");
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            sentences.addAll(distinct);
        }
        // every copy of the first sentence outranks the others: without passing over word-for-word
        // repeats, the comparisons would all go to them and one sentence would come out
        assertEquals(List.of(0, 1, 2), selector.select(sentences, phrases, 3));
    }

    @Test
    void aLengthBudgetInCharacters() {
        List<String> sentences =
                List.of(
                        "自治区扎实开展主题教育，把调查研究作为重要抓手，推动各项工作落到实处见到实效。",
                        "各地把主题教育成果转化为调查研究的具体行动。",
                        "全区上下以调查研究推动主题教育取得实效。");
        List<Integer> chosen = selector.select(sentences, null, phrases, 0, 45);
        int chars = chosen.stream().mapToInt(i -> sentences.get(i).length()).sum();
        assertTrue(chars <= 45, chosen::toString);
        assertFalse(chosen.isEmpty());
        assertEquals(chosen.stream().sorted().toList(), chosen);
    }

    @Test
    void centralityBreaksTiesBetweenOtherwiseEqualSentences() {
        List<String> sentences =
                List.of(
                        "会场布置得简洁大方，工作人员早早就位迎接来宾。",
                        "各地群众踊跃参加活动，现场气氛热烈而又有序。",
                        "专家围绕产业升级和科技创新作了深入的解读分析。");
        double[] central = {0.0, 0.0, 5.0};
        assertEquals(List.of(2), selector.select(sentences, central, List.of(), 1, 0));
    }

    @Test
    void negativeLimitsAreRejected() {
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> selector.select(List.of("自治区扎实开展主题教育。"), null, phrases, -1, 0));
    }
}
