package io.github.zhnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.KeyPhrase;
import io.github.zhnews.model.Mention;
import io.github.zhnews.model.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsAnalyzerTest {
    private static final NewsAnalyzer ANALYZER = TestAnalyzers.shared();

    @TempDir Path dir;

    @Test
    void builderRejectsBadCountsAtOnce() {
        assertThrows(ConfigurationException.class, () -> NewsAnalyzer.builder().keyPhrases(-1));
        assertThrows(
                ConfigurationException.class,
                () -> NewsAnalyzer.builder().summarySentences(100_000));
        assertThrows(ConfigurationException.class, () -> NewsAnalyzer.builder().phraseLength(1, 5));
        assertThrows(ConfigurationException.class, () -> NewsAnalyzer.builder().phraseLength(6, 5));
    }

    @Test
    void builderSettersRefuseASecondCall() {
        ConfigurationException e =
                assertThrows(
                        ConfigurationException.class,
                        () -> NewsAnalyzer.builder().keyPhrases(5).keyPhrases(6));
        assertTrue(e.getMessage().contains("already set to 5"), e.getMessage());
    }

    @Test
    void segmentationIsSetOnce() {
        ConfigurationException e =
                assertThrows(
                        ConfigurationException.class,
                        () ->
                                NewsAnalyzer.builder()
                                        .segmentation(Segmentation.TRAINED)
                                        .segmentation(Segmentation.DICTIONARY));
        assertTrue(e.getMessage().contains("already set to TRAINED"), e.getMessage());
    }

    @Test
    void theTrainedSegmenterKeepsTheTimeWordAndTheUsersWords() {
        NewsAnalyzer trained =
                NewsAnalyzer.builder()
                        .segmentation(Segmentation.TRAINED)
                        .userWords(List.of("青稞酒酿造坊"))
                        .referenceTime(LocalDateTime.of(2023, 5, 21, 9, 39))
                        .build();
        NewsAnalysis a = trained.analyze("下周王强去青稞酒酿造坊出差。");
        assertEquals(
                List.of("下周", "王强", "去", "青稞酒酿造坊", "出差", "。"),
                a.tokens().stream().map(Token::text).collect(Collectors.toList()));
        assertEquals(
                List.of("下周"),
                a.dates().stream().map(DateMention::text).collect(Collectors.toList()));
    }

    @Test
    void missingUserDictionaryFailsAtBuildNamingTheFile() {
        Path missing = dir.resolve("no-such-dictionary.txt");
        NewsAnalyzer.Builder b = NewsAnalyzer.builder().userDictionary(missing);
        ConfigurationException e = assertThrows(ConfigurationException.class, b::build);
        assertTrue(e.getMessage().contains("no-such-dictionary.txt"), e.getMessage());
    }

    @Test
    void blankUserWordsAreRejected() {
        assertThrows(
                ConfigurationException.class,
                () -> NewsAnalyzer.builder().userWords(List.of("好词", "")));
        assertThrows(
                ConfigurationException.class,
                () -> NewsAnalyzer.builder().organizations(List.of(" ")));
    }

    @Test
    void nullInputIsAClearException() {
        NullPointerException e =
                assertThrows(NullPointerException.class, () -> ANALYZER.analyze((String) null));
        assertTrue(e.getMessage().contains("text"));
        assertThrows(NullPointerException.class, () -> ANALYZER.analyze((Article) null));
        assertThrows(NullPointerException.class, () -> Article.of(null));
    }

    @Test
    void userDictionaryBelongsToItsAnalyzerOnly() throws IOException {
        Path dict = dir.resolve("orgs.txt");
        Files.writeString(dict, "雪莲花合作联社 nt\n");
        NewsAnalyzer custom = NewsAnalyzer.builder().userDictionary(dict).build();
        String text = "雪莲花合作联社带动周边牧民增收致富。";
        assertEquals(List.of("雪莲花合作联社"), names(custom.analyze(text).organizations()));
        // the trained model finds this name by itself; the rules alone know it only from the
        // dictionary
        NewsAnalyzer rules =
                NewsAnalyzer.builder().entityRecognition(EntityRecognition.RULES_ONLY).build();
        assertFalse(names(rules.analyze(text).organizations()).contains("雪莲花合作联社"));
        assertFalse(
                ANALYZER.analyze(text).tokens().stream()
                        .map(Token::text)
                        .anyMatch("雪莲花合作联社"::equals));
    }

    @Test
    void mutantFactoriesShareEverythingButTheirSetting() {
        String text = sample();
        NewsAnalyzer brief = ANALYZER.withKeyPhrases(2).withSummarySentences(1);
        assertNotSame(ANALYZER, brief);
        assertEquals(10, ANALYZER.keyPhraseCount());
        NewsAnalysis a = brief.analyze(text);
        assertEquals(2, a.keyPhrases().size());
        assertEquals(1, a.summary().sentences().size());
        assertEquals(ANALYZER.analyze(text).keyPhrases().subList(0, 2), a.keyPhrases());
    }

    @Test
    void featuresTurnedOffLeaveTheirPartEmptyAndTheRestAsItWas() {
        String text =
                "新华社北京5月20日电 国家发展改革委20日召开新闻发布会，介绍今年以来经济运行情况。"
                        + "发布会上，发言人表示，下一步将继续扩大有效投资，推动经济运行持续向好。";
        NewsAnalysis full = ANALYZER.analyze(text);
        assertFalse(full.dates().isEmpty());
        assertFalse(full.organizations().isEmpty());

        NewsAnalysis noDates = ANALYZER.without(Feature.DATES).analyze(text);
        assertTrue(noDates.dates().isEmpty());
        assertEquals(full.organizations(), noDates.organizations());
        assertEquals(full.keyPhrases(), noDates.keyPhrases());
        assertEquals(full.summary(), noDates.summary());

        NewsAnalysis noPhrases = ANALYZER.without(Feature.KEY_PHRASES).analyze(text);
        assertTrue(noPhrases.keyPhrases().isEmpty());
        assertEquals(full.summary(), noPhrases.summary());

        NewsAnalysis bare =
                ANALYZER.without(
                                Feature.ENTITIES,
                                Feature.DATES,
                                Feature.KEY_PHRASES,
                                Feature.SUMMARY_SENTENCES)
                        .analyze(text);
        assertTrue(
                bare.organizations().isEmpty()
                        && bare.people().isEmpty()
                        && bare.places().isEmpty());
        assertTrue(bare.keyPhrases().isEmpty());
        assertTrue(bare.summary().sentences().isEmpty());
        assertEquals(full.tokens(), bare.tokens());
        assertEquals(full.summary().lead(), bare.summary().lead());
    }

    @Test
    void featuresCanBeTurnedBackOnAndTheBuilderTurnsThemOffOnce() {
        NewsAnalyzer noEntities = NewsAnalyzer.builder().without(Feature.ENTITIES).build();
        assertFalse(noEntities.isEnabled(Feature.ENTITIES));
        assertTrue(noEntities.isEnabled(Feature.DATES));
        NewsAnalyzer again = noEntities.with(Feature.ENTITIES);
        assertTrue(again.isEnabled(Feature.ENTITIES));
        assertFalse(again.analyze("国家发展改革委召开新闻发布会。").organizations().isEmpty());
        assertTrue(noEntities.analyze("国家发展改革委召开新闻发布会。").organizations().isEmpty());
        ConfigurationException e =
                assertThrows(
                        ConfigurationException.class,
                        () ->
                                NewsAnalyzer.builder()
                                        .without(Feature.DATES)
                                        .without(Feature.ENTITIES));
        assertTrue(e.getMessage().contains("DATES"), e.getMessage());
    }

    @Test
    void publicationTimeComesFromTheArticleThenTheTextThenTheCaller() {
        String page = "拉萨市举办群众文化节\n发布时间：2023年08月02日 10:15  来源：拉萨日报\n今天，拉萨市群众文化节开幕。";
        assertEquals(LocalDateTime.of(2023, 8, 2, 10, 15), ANALYZER.analyze(page).referenceTime());
        LocalDateTime given = LocalDateTime.of(2024, 1, 3, 8, 0);
        NewsAnalysis a = ANALYZER.analyze(Article.of(page).publishedAt(given));
        assertEquals(given, a.referenceTime());
        assertEquals(given, a.summary().publishedAt().toLocalDateTime());
        assertEquals(TestAnalyzers.REFERENCE, ANALYZER.analyze("今天，群众文化节开幕。").referenceTime());
        Clock fixed =
                Clock.fixed(
                        LocalDateTime.of(2025, 2, 1, 0, 0).toInstant(ZoneOffset.ofHours(8)),
                        NewsAnalyzer.CHINA);
        NewsAnalyzer today = NewsAnalyzer.builder().clock(fixed).build();
        assertEquals(LocalDateTime.of(2025, 2, 1, 0, 0), today.analyze("今天开幕。").referenceTime());
    }

    @Test
    void articleMetadataFromTheCallerWins() {
        NewsAnalysis a =
                ANALYZER.analyze(Article.of(sample()).id("x-1").title("自定标题").source("自定来源"));
        assertEquals("x-1", a.id().orElseThrow());
        assertEquals("自定标题", a.summary().title());
        assertEquals("自定来源", a.summary().source());
    }

    @Test
    void everyOffsetPointsAtItsText() {
        String text = sample();
        NewsAnalysis a = ANALYZER.analyze(text);
        for (Token t : a.tokens()) {
            assertEquals(text.substring(t.start(), t.end()), t.text());
        }
        for (List<Entity> list : List.of(a.organizations(), a.people(), a.places())) {
            for (Entity e : list) {
                for (Mention m : e.mentions()) {
                    assertEquals(text.substring(m.start(), m.end()), m.text());
                }
            }
        }
        for (DateMention d : a.dates()) {
            assertEquals(text.substring(d.start(), d.end()), d.text());
        }
        for (KeyPhrase k : a.keyPhrases()) {
            assertTrue(text.contains(k.text()), k::toString);
        }
    }

    @Test
    void fullWidthInputKeepsItsOwnCharactersInTheResult() {
        String text = "西藏自治区党委组织部召开会议，４０００余人参加。";
        NewsAnalysis a = ANALYZER.analyze(text);
        assertTrue(
                a.tokens().stream().anyMatch(t -> t.text().equals("４０００")), a.tokens()::toString);
    }

    @Test
    void toStringIsReadable() {
        String s = ANALYZER.analyze(sample()).toString();
        assertTrue(s.startsWith("NewsAnalysis"));
        assertTrue(s.contains("organizations:"), s);
    }

    static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).collect(Collectors.toList());
    }

    static String sample() {
        return String.join(
                "\n",
                "西藏自治区党委组织部推进主题教育调查研究",
                "西藏自治区党委组织部近日召开会议，部署主题教育调查研究工作。",
                "会议要求，各级党组织要把调查研究作为主题教育的重要抓手。",
                "自治区党委组织部有关负责同志表示，将持续推动问题整改落到实处。");
    }

    @Test
    void thePkuWordStandardCutsANameAfterItsSurnameAndNothingElse() {
        String text = "市长王明今天在市政府接待了来访的客人。";
        NewsAnalyzer pku =
                NewsAnalyzer.builder()
                        .referenceTime(TestAnalyzers.REFERENCE)
                        .wordStandard(WordStandard.PKU)
                        .build();
        NewsAnalysis cut = pku.analyze(text);
        NewsAnalysis whole = ANALYZER.analyze(text);
        List<String> cutWords = cut.tokens().stream().map(Token::text).toList();
        assertEquals(List.of("市长", "王", "明", "今天"), cutWords.subList(0, 4));
        assertEquals("王明", whole.tokens().get(1).text());
        assertEquals(whole.tokens().size() + 1, cut.tokens().size());
        assertEquals(whole.people(), cut.people());
        assertEquals(whole.organizations(), cut.organizations());
        assertEquals(whole.keyPhrases(), cut.keyPhrases());
        assertEquals(whole.dates(), cut.dates());
        assertThrows(
                ConfigurationException.class,
                () ->
                        NewsAnalyzer.builder()
                                .wordStandard(WordStandard.PKU)
                                .wordStandard(WordStandard.UD));
    }

    @Test
    void aPersonIsOneTokenEvenWhereTheSegmenterCutTheName() {
        NewsAnalysis a = ANALYZER.analyze("外交部发言人格拉西莫夫说，会谈取得了进展。");
        assertEquals("格拉西莫夫", a.people().get(0).name());
        assertTrue(a.tokens().contains(new Token("格拉西莫夫", "nr", 6, 11)), a.tokens().toString());
    }
}
