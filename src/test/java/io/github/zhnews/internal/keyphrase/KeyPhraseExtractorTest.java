package io.github.zhnews.internal.keyphrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.internal.document.Ranking;
import io.github.zhnews.internal.document.TestDocuments;
import io.github.zhnews.internal.segment.CoreWords;
import io.github.zhnews.internal.segment.NewsSegmenter;
import io.github.zhnews.internal.segment.UserDictionary;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.KeyPhrase;
import io.github.zhnews.model.Token;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KeyPhraseExtractorTest {
    private static final KeyPhraseExtractor EXTRACTOR =
            new KeyPhraseExtractor(
                    IdfTable.bundled(), KeyPhraseOptions.DEFAULT, CoreWords.INSTANCE);

    private static final String CAMPAIGN =
            String.join(
                    "",
                    "全区各级党组织扎实开展主题教育，把调查研究贯穿始终。",
                    "各单位围绕主题教育目标任务，深入基层开展调查研究，形成了一批调研成果。",
                    "通过调查研究，找准了问题整改的着力点，问题整改取得明显成效。",
                    "下一步，将继续推动主题教育走深走实，以调查研究成果推动高质量发展。");

    static List<KeyPhrase> extract(KeyPhraseExtractor e, String text, int limit) {
        return e.rank(TestDocuments.of(text), List.of(), limit).phrases();
    }

    static List<String> texts(List<KeyPhrase> phrases) {
        return phrases.stream().map(KeyPhrase::text).collect(Collectors.toList());
    }

    @Test
    void campaignTermsRankAtTheTop() {
        List<String> top = texts(extract(EXTRACTOR, CAMPAIGN, 3));
        assertTrue(top.contains("主题教育"), top::toString);
        assertTrue(top.contains("调查研究"), top::toString);
    }

    @Test
    void countsAreTrueToTheText() {
        for (KeyPhrase p : extract(EXTRACTOR, CAMPAIGN, 10)) {
            int n = 0;
            for (int i = CAMPAIGN.indexOf(p.text());
                    i >= 0;
                    i = CAMPAIGN.indexOf(p.text(), i + p.text().length())) {
                n++;
            }
            assertTrue(n >= p.count(), () -> p + " occurs " + p.count() + " times by its count");
            assertTrue(p.count() >= 1);
        }
    }

    @Test
    void neverASingleCharacterNumberPunctuationOrStopWord() {
        String text = "2023年，工作组开展了3次工作。我们认为，这些工作很重要！重要的工作要做好。";
        for (KeyPhrase p : extract(EXTRACTOR, text, 20)) {
            assertTrue(p.text().length() >= 2, p::toString);
            assertFalse(p.text().matches(".*[0-9，。！、].*"), p::toString);
            assertFalse(Set.of("工作", "我们", "这些", "重要").contains(p.text()), p::toString);
        }
    }

    @Test
    void phrasesOccurVerbatimAndAreSortedByScore() {
        List<KeyPhrase> phrases = extract(EXTRACTOR, CAMPAIGN, 10);
        double last = Double.MAX_VALUE;
        for (KeyPhrase p : phrases) {
            assertTrue(CAMPAIGN.contains(p.text()), p::toString);
            assertTrue(p.score() <= last);
            last = p.score();
        }
    }

    @Test
    void twoCommonNounsSaidOnceMakeACompoundButANameAndANounDoNot() {
        List<String> phrases = texts(extract(EXTRACTOR, "这部纪录片用文化符号讲述家乡变化，观众反响热烈。", 20));
        assertTrue(phrases.contains("文化符号"), phrases::toString);
        assertFalse(texts(extract(EXTRACTOR, "张建国同志在会上介绍了村里的新变化。", 20)).contains("张建国同志"));
        List<String> campaign = texts(extract(EXTRACTOR, "西藏自治区召开主题教育调查研究推进会。", 20));
        assertFalse(campaign.contains("主题教育调查研究"), campaign::toString);
    }

    @Test
    void piecesOfAWordTheSegmenterSplitAreJoinedBack() {
        // the segmenter cuts 储层 into 储/层 and 渗透率 into 渗透/率; 苷 is a character it does not know
        List<String> rock = texts(extract(EXTRACTOR, "勘探队测量了砂岩储层的渗透率。储层渗透率越高，油气越容易流动。", 20));
        assertTrue(rock.containsAll(List.of("储层", "渗透率")), rock::toString);
        assertTrue(
                rock.stream().noneMatch(p -> p.startsWith("层") || p.startsWith("率")),
                rock::toString);
        List<String> herb = texts(extract(EXTRACTOR, "实验比较了三种芍药苷提取工艺，芍药苷得率以超声法最高。", 20));
        assertTrue(herb.contains("芍药苷"), herb::toString);
    }

    @Test
    void theRankingWeighsTheWordsItJoined() {
        String text = "勘探队测量了砂岩储层的渗透率。储层渗透率越高，油气越容易流动。";
        Ranking ranking = EXTRACTOR.rank(TestDocuments.of(text), List.of(), 10);
        List<String> words = ranking.words().stream().map(Token::text).toList();
        assertTrue(words.contains("储层"), words::toString);
        assertTrue(ranking.weight("储层") > 0);
        assertEquals(0, ranking.weight("层"), "a piece joined into a word has no weight of its own");
    }

    @Test
    void theWritersOwnCountryOrCityStartsNoPhrase() {
        List<String> phrases = texts(extract(EXTRACTOR, "我国粮食产量连续增长，我国粮食安全形势总体稳定。", 20));
        assertTrue(phrases.contains("粮食安全"), phrases::toString);
        assertTrue(phrases.stream().noneMatch(p -> p.startsWith("我国")), phrases::toString);
    }

    @Test
    void noPhraseBeginsOrEndsInsideAName() {
        String text = "星河智能董事长宣布新工厂投产，新工厂年产电机十万台。";
        List<Entity> names = TestDocuments.names(text, "星河智能");
        List<String> phrases = texts(EXTRACTOR.rank(TestDocuments.of(text), names, 20).phrases());
        assertTrue(phrases.contains("新工厂"), phrases::toString);
        // a phrase holds the whole name or none of it, never a piece (智能董事长)
        assertTrue(
                phrases.stream().allMatch(p -> p.contains("星河智能") || !overlapsName(p)),
                phrases::toString);
    }

    private static boolean overlapsName(String phrase) {
        String name = "星河智能";
        for (int k = 1; k < name.length(); k++) {
            if (phrase.startsWith(name.substring(k)) || phrase.endsWith(name.substring(0, k))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void twoReadingsOfOneStretchOfTextAreNotBothKept() {
        // 乡村旅游精品线路建设进展 said once: 旅游精品 crosses 乡村旅游 and 精品线路; one reading stands
        String text = "会议通报了乡村旅游精品线路建设进展。";
        List<String> phrases = texts(extract(EXTRACTOR, text, 20));
        assertFalse(phrases.isEmpty());
        for (String p : phrases) {
            for (String q : phrases) {
                int a = text.indexOf(p);
                int x = text.indexOf(q);
                boolean cross = a < x && x < a + p.length() && a + p.length() < x + q.length();
                assertFalse(cross, p + " crosses " + q + " in " + phrases);
            }
        }
    }

    @Test
    void theDatelineIsNoPhrase() {
        String text = "新华社北京5月20日电 记者从国家能源局获悉。新华社上海5月21日电 能源保供工作有序推进。";
        assertFalse(texts(extract(EXTRACTOR, text, 20)).contains("日电"));
    }

    @Test
    void noPhraseEndsInACopulaOrAModal() {
        String text = "国家主权是根本。国家主权是前提。沉淀法可回收铜，沉淀法可降低成本。";
        for (String p : texts(extract(EXTRACTOR, text, 20))) {
            assertFalse(p.endsWith("是") || p.endsWith("可"), p);
        }
    }

    @Test
    void aPhraseInsideANameIsNotAKeyPhrase() {
        String text = "主题教育推进会在拉萨召开。主题教育推进会由自治区党委主持。";
        List<Entity> names = TestDocuments.names(text, "主题教育推进会"); // pretend it were a name
        List<String> found = texts(EXTRACTOR.rank(TestDocuments.of(text), names, 10).phrases());
        assertFalse(found.contains("主题教育"), found::toString);
    }

    @Test
    void extraStopWordsAndCountAreHonoured() {
        KeyPhraseExtractor custom =
                new KeyPhraseExtractor(
                        IdfTable.bundled(),
                        new KeyPhraseOptions(2, 2, 16, Set.of("调查研究")),
                        CoreWords.INSTANCE);
        List<String> found = texts(extract(custom, CAMPAIGN, 2));
        assertFalse(found.contains("调查研究"), found::toString);
        assertEquals(2, found.size());
    }

    @Test
    void deterministic() {
        assertEquals(extract(EXTRACTOR, CAMPAIGN, 10), extract(EXTRACTOR, CAMPAIGN, 10));
    }

    @Test
    void emptyTextHasNoPhrases() {
        assertTrue(extract(EXTRACTOR, "", 10).isEmpty());
    }

    @Test
    void multiWordPhrasesComeVerbatimFromOneClause() {
        String text = "城市道路建设全过程管理是难点。座谈会梳理了城市道路建设全过程管理的环节，" + "明确了城市道路建设全过程管理的责任分工。";
        List<KeyPhrase> phrases = extract(EXTRACTOR, text, 10);
        List<String> found = texts(phrases);
        assertTrue(
                found.stream().anyMatch(p -> p.length() >= 4 && p.contains("全过程管理")),
                found::toString);
        for (String p : found) {
            assertTrue(text.contains(p), p);
            assertFalse(p.matches(".*[，。、；].*"), p);
        }
    }

    @Test
    void noPhraseIsAFragmentOfAnotherInTheList() {
        String text = "持卡人可以在网上查询账单。持卡人如有疑问可致电银行。银行提醒持卡人注意资金安全。";
        List<String> found = texts(extract(EXTRACTOR, text, 10));
        for (String a : found) {
            for (String b : found) {
                if (!a.equals(b) && b.contains(a)) {
                    // a fragment may only stay when it also occurs outside the longer phrase
                    assertTrue(
                            text.replace(b, "").contains(a),
                            () -> a + " is a fragment of " + b + " in " + found);
                }
            }
        }
    }

    @Test
    void lengthBoundsAreHonoured() {
        KeyPhraseExtractor custom =
                new KeyPhraseExtractor(
                        IdfTable.bundled(),
                        new KeyPhraseOptions(10, 3, 4, Set.of()),
                        CoreWords.INSTANCE);
        for (String p : texts(extract(custom, CAMPAIGN, 10))) {
            assertTrue(p.length() >= 3 && p.length() <= 4, p);
        }
    }

    @Test
    void domainLexiconTermsCountEvenOnce() {
        String text = "会议听取了关于碳足迹核算的汇报，各部门要做好节能降耗工作，推动企业绿色转型发展。";
        KeyPhraseExtractor plain = EXTRACTOR;
        KeyPhraseExtractor domain =
                new KeyPhraseExtractor(
                        IdfTable.bundled(),
                        KeyPhraseOptions.DEFAULT.withLexicon(Set.of("碳足迹核算")),
                        CoreWords.INSTANCE);
        NewsSegmenter segmenter = new NewsSegmenter(UserDictionary.ofWords(List.of("碳足迹核算")));
        List<String> found =
                texts(domain.rank(TestDocuments.of(text, segmenter), List.of(), 3).phrases());
        assertEquals("碳足迹核算", found.get(0), found::toString);
        assertFalse(texts(extract(plain, text, 3)).contains("碳足迹核算"));
    }

    @Test
    void scoresAndWordWeightsAreBounded() {
        Ranking r = EXTRACTOR.rank(TestDocuments.of(CAMPAIGN), List.of(), 5);
        assertEquals(5, r.phrases().size());
        double top = r.weight("主题教育");
        assertTrue(top > 0 && top <= 1.0, () -> "weight " + top);
        assertEquals(0.0, r.weight("不存在的词"));
    }

    @Test
    void inAWholeArticleASingleWordSaidOnceIsNoKeyPhrase() {
        String article = CAMPAIGN.repeat(10) + "干部们想出了不少实招。";
        assertTrue(article.length() >= 800);
        List<String> found = texts(extract(EXTRACTOR, article, 20));
        assertFalse(found.contains("实招"), found::toString);
        assertTrue(found.contains("主题教育"), found::toString);
    }

    @Test
    void aBareVerbIsNoKeyPhraseButAVerbUsedAsANounIs() {
        String text = "新建的电池工厂上月正式投产，工厂为期三年的扩建计划同步启动。县里的供水工程进展顺利，" + "供水工程覆盖全部村庄，工厂投产后供水工程还将扩容。";
        List<String> found = texts(extract(EXTRACTOR, text, 10));
        assertFalse(found.contains("投产"), found::toString);
        assertFalse(found.contains("为期"), found::toString);
        assertTrue(found.contains("供水工程"), found::toString);
    }

    @Test
    void noPhraseOpensWithAVerbThatGovernsTheRest() {
        String text = "会议要求各级党组织认真履行主题教育责任。履行主题教育责任要落到实处，主题教育责任清单已经下发。";
        List<String> found = texts(extract(EXTRACTOR, text, 10));
        assertTrue(found.stream().noneMatch(p -> p.startsWith("履行")), found::toString);
        assertTrue(found.contains("主题教育"), found::toString);
    }

    @Test
    void noPhraseJoinsANameToItsVerb() {
        String text = "市委召开主题教育调查研究工作会议。会上，市委召开主题教育调查研究工作会议的消息传达到各部门，" + "各部门随即开展调查研究。";
        List<String> found =
                texts(io.github.zhnews.NewsAnalyzer.builder().build().analyze(text).keyPhrases());
        assertTrue(found.stream().noneMatch(p -> p.contains("市委召开")), found::toString);
        String title = "自治区民政厅召开养老服务推进会\n5月8日，自治区民政厅召开养老服务推进会，自治区民政厅召开的这次会议部署了下一步工作。";
        List<String> more =
                texts(io.github.zhnews.NewsAnalyzer.builder().build().analyze(title).keyPhrases());
        assertTrue(more.stream().noneMatch(p -> p.endsWith("召开")), more::toString);
        assertTrue(found.contains("调查研究"), found::toString);
    }

    @Test
    void noPhraseHoldsAVerbUsedAsAnAdverbOrAModal() {
        String text =
                "全县养老服务消费持续回暖，养老服务消费持续回暖带动了就业。各乡镇要压实安全责任，压实安全责任是底线。" + "干部要带头下基层，干部要带头解决群众难题。";
        List<String> found = texts(extract(EXTRACTOR, text, 10));
        assertTrue(found.stream().noneMatch(p -> p.contains("回暖")), found::toString);
        assertTrue(found.stream().noneMatch(p -> p.contains("要")), found::toString);
        assertTrue(found.contains("养老服务消费"), found::toString);
    }

    @Test
    void aNewsArticlesKeyPhrasesAreThingsNotCommonWordsOrVerbs() {
        String article =
                "县城老旧小区改造全面启动\n"
                        + "本报讯 县住建局近日启动老旧小区改造，今年将改造小区四十个，改造完成后居民出行更方便。\n"
                        + "改造内容包括加装电梯、更新供水管网和建设充电设施，居民可以在社区服务站查询改造进度。\n"
                        + "住建局负责人表示，下一步将推动物业服务进小区，让居民住得更舒心，老旧小区居民的意见也将纳入方案。";
        List<String> found = texts(extract(EXTRACTOR, article, 10));
        assertFalse(found.contains("改造"), found::toString);
        assertFalse(found.contains("居民"), found::toString);
        assertTrue(found.stream().noneMatch(p -> p.startsWith("进")), found::toString);
        assertTrue(found.contains("老旧小区"), found::toString);
        // the same words in one paragraph, as an abstract, keep the common word
        List<String> abstractLike = texts(extract(EXTRACTOR, article.replace("\n", ""), 10));
        assertTrue(abstractLike.contains("居民"), abstractLike::toString);
    }

    @Test
    void inANewsArticleAVerbSeldomUsedAsANounOpensNoPhrase() {
        String article =
                "全市领导干部深入基层开展调研\n"
                        + "本报讯 全市各级领导干部近日深入基层，带头调研，带头解决群众反映的难题。\n"
                        + "市委要求，带头调研要聚焦民生实事，领导干部每人牵头一项调研课题。\n"
                        + "目前，带头调研已在全市形成风气，一批调研成果转化为惠民举措。";
        List<String> found = texts(extract(EXTRACTOR, article, 10));
        assertTrue(found.stream().noneMatch(p -> p.startsWith("带头")), found::toString);
        assertTrue(found.contains("调研"), found::toString);
    }

    @Test
    void inOneParagraphAPhraseSaidMoreOftenThanTheChosenOneHoldingItStandsOnItsOwn() {
        // 国家主权 ranks first, said four times; 主权 six times, twice on its own
        String text = "本文论述了国家主权思想。国家主权是国家的根本属性，国家主权不容干涉，国家主权与人权相互联系。" + "主权平等是国际法的原则，维护主权是首要任务。";
        List<String> top = texts(extract(EXTRACTOR, text, 10));
        assertEquals("国家主权", top.get(0), top::toString);
        assertTrue(top.contains("主权"), top::toString);
    }

    @Test
    void inOneParagraphAKnownPhraseStaysBesideTheLongerOneThatHoldsIt() {
        // 抗压强度 is said only inside 混凝土抗压强度, but the IDF table knows it: no piece of a word
        String text = "研究了混凝土抗压强度的影响因素。养护温度影响混凝土抗压强度，龄期也影响混凝土抗压强度。";
        List<String> top = texts(extract(EXTRACTOR, text, 10));
        assertTrue(top.contains("抗压强度"), top::toString);
        assertTrue(top.contains("混凝土抗压强度"), top::toString);
    }

    @Test
    void inOneParagraphAPlaceNamedTwiceIsItsTopicAndOneNamedOnceIsLeftToTheEntities() {
        String twice = "调查了宁夏的枸杞种植面积和产量。结果表明，宁夏的枸杞产业规模逐年扩大，品质稳定。";
        List<String> topics = texts(extract(EXTRACTOR, twice, 10));
        assertTrue(topics.contains("宁夏"), topics::toString);
        String once = "调查了宁夏的枸杞种植面积和产量。结果表明，枸杞产业规模逐年扩大，品质稳定。";
        List<String> top = texts(extract(EXTRACTOR, once, 10));
        assertFalse(top.contains("宁夏"), top::toString);
    }
}
