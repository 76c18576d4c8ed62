package io.github.zhnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.model.KeyPhrase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The key phrases of the government and business articles we wrote (src/test/resources/articles): every one of
 * the top ten is one an editor accepts, and the terms each article is about are among them. The phrases an
 * editor accepts are listed in {@code articles/key-phrases.txt}, written by reading the articles.
 */
class KeyPhraseGoldenTest {
    private static final String FIXTURE = "/articles/key-phrases.txt";

    /** What an editor says of one article. */
    record Judgement(String article, Set<String> must, Set<String> accepted) {}

    @TestFactory
    Stream<DynamicTest> everyTopTenPhraseIsOneAnEditorAccepts() {
        return judgements().stream().map(j -> DynamicTest.dynamicTest(j.article(), () -> check(j)));
    }

    private static void check(Judgement j) {
        String text = TestResources.text("/articles/" + j.article() + ".txt");
        List<String> top = new ArrayList<>();
        for (KeyPhrase p : TestAnalyzers.shared().analyze(text).keyPhrases()) {
            top.add(p.text());
        }
        assertEquals(10, top.size(), () -> j.article() + ": " + top);
        List<String> rejected = top.stream().filter(p -> !j.accepted().contains(p)).toList();
        assertTrue(
                rejected.isEmpty(),
                () ->
                        j.article()
                                + ": not a key phrase an editor accepts: "
                                + rejected
                                + " in "
                                + top);
        for (String must : j.must()) {
            assertTrue(
                    top.contains(must), () -> j.article() + ": " + must + " missing from " + top);
        }
    }

    /**
     * The README's short example (issue 16): its topic comes first, before the meeting held on it, and neither a
     * role after a name (常委 of 自治区党委常委) nor what was counted with its verb (单位调研 of 90家单位调研) is
     * a key phrase.
     */
    @Test
    void theReadmeExampleOpensWithItsTopic() {
        String text =
                """
                西藏自治区党委组织部召开主题教育调查研究推进会
                5月5日，西藏自治区党委组织部召开推进会。自治区党委常委、组织部部长王建华出席会议。
                4月24日至29日，中央第十二巡回指导组到拉萨市委、自治区商务厅等90家单位调研，4000余人参加座谈。
                """;
        List<String> top = new ArrayList<>();
        for (KeyPhrase p : TestAnalyzers.shared().analyze(text).keyPhrases()) {
            top.add(p.text());
        }
        assertEquals(List.of("主题教育", "调查研究", "推进会"), top.subList(0, Math.min(3, top.size())));
        assertFalse(top.contains("常委"), top::toString);
        assertFalse(top.contains("单位调研"), top::toString);
    }

    @Test
    void theFixtureSpeaksOfTheArticlesThemselves() {
        List<Judgement> all = judgements();
        assertTrue(all.size() >= 5, "at least five articles are judged");
        for (Judgement j : all) {
            String text = TestResources.text("/articles/" + j.article() + ".txt");
            assertFalse(j.must().isEmpty(), j.article() + " names the terms it is about");
            for (String p : j.accepted()) {
                assertTrue(text.contains(p), () -> j.article() + ": " + p + " is not in the text");
            }
        }
    }

    /** The sections of the fixture, in file order; the must phrases count as accepted. */
    static List<Judgement> judgements() {
        Map<String, Set<String>> must = new LinkedHashMap<>();
        Map<String, Set<String>> accepted = new LinkedHashMap<>();
        String article = null;
        for (String line : TestResources.text(FIXTURE).lines().toList()) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("# ") || l.equals("#")) {
                continue;
            }
            if (l.startsWith("## ")) {
                article = l.substring(3).strip();
                must.put(article, new LinkedHashSet<>());
                accepted.put(article, new LinkedHashSet<>());
                continue;
            }
            String[] parts = l.split("\\s+", -1);
            if (article == null || !(parts[0].equals("must") || parts[0].equals("accept"))) {
                throw new IllegalStateException("not a fixture line: " + line);
            }
            for (int i = 1; i < parts.length; i++) {
                accepted.get(article).add(parts[i]);
                if (parts[0].equals("must")) {
                    must.get(article).add(parts[i]);
                }
            }
        }
        List<Judgement> out = new ArrayList<>();
        for (String a : must.keySet()) {
            out.add(new Judgement(a, Set.copyOf(must.get(a)), Set.copyOf(accepted.get(a))));
        }
        return out;
    }
}
