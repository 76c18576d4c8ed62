package io.github.zhnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.internal.document.Document;
import io.github.zhnews.internal.document.DocumentPreparer;
import io.github.zhnews.internal.segment.NewsSegmenter;
import io.github.zhnews.internal.segment.TokenStandards;
import io.github.zhnews.internal.segment.UserDictionary;
import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.KeyPhrase;
import io.github.zhnews.model.Mention;
import io.github.zhnews.model.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A document of {@link Pipeline#PIECEWISE} characters and more, analysed piece by piece. */
class PiecewiseAnalysisTest {
    /** Paragraphs we wrote, repeated into a long page. */
    static final String[] PARAGRAPHS = {
        "拉萨市委昨天召开全委会议，研究部署下半年工作。会议强调，要把乡村振兴摆在更加突出的位置。",
        "深圳市星河智联科技有限公司2023年5月发布了新一代车载芯片，董事长李明说：“我们还要加大研发投入。”",
        "市教育局副局长王强在会上说，明年将新建三所学校；2023年9月1日起，新校将陆续招生。",
        "据新华社报道，国务院常务会议8日在北京召开，会议研究了稳定就业的措施。"
    };

    static String page(int chars) {
        StringBuilder b = new StringBuilder("拉萨市委召开全委会议\n");
        for (int i = 0; b.length() < chars; i++) {
            b.append(PARAGRAPHS[i % PARAGRAPHS.length]).append(i % 3 == 2 ? "\n" : "");
        }
        return b.toString();
    }

    @Test
    void aLongPageGivesTheWordsOfTheWholeTextAndTrueOffsetsEverywhere() {
        String text = page(Pipeline.PIECEWISE + 60_000);
        NewsAnalysis a = TestAnalyzers.shared().analyze(text);
        Document whole =
                new DocumentPreparer(new NewsSegmenter(UserDictionary.empty())).prepare(text);
        // the tokens given out follow the default word standard (dates and numbers whole)
        assertEquals(
                TokenStandards.joinDates(TokenStandards.joinNumbers(whole.tokens())), a.tokens());
        for (Token t : a.tokens()) {
            assertEquals(text.substring(t.start(), t.end()), t.text());
        }
        int occurrences = count(text, "深圳市星河智联科技有限公司");
        boolean company = false;
        for (List<Entity> type : List.of(a.organizations(), a.people(), a.places())) {
            Set<String> names = new HashSet<>();
            for (Entity e : type) {
                assertTrue(names.add(e.name()), "one entity per name: " + e.name());
                int last = -1;
                for (Mention m : e.mentions()) {
                    assertEquals(text.substring(m.start(), m.end()), m.text());
                    assertTrue(m.start() > last, "mentions in text order");
                    last = m.start();
                }
                if (e.name().equals("深圳市星河智联科技有限公司")) {
                    company = true;
                    assertTrue(
                            e.mentions().size() >= occurrences,
                            e.mentions().size() + " of " + occurrences);
                }
            }
        }
        assertTrue(company, "the company is found across the pieces");
        int days = 0;
        for (DateMention d : a.dates()) {
            assertEquals(text.substring(d.start(), d.end()), d.text());
            if (d.text().equals("2023年9月1日")) {
                assertEquals("2023-09-01", d.value());
                days++;
            }
        }
        assertEquals(count(text, "2023年9月1日"), days);
        assertEquals(10, a.keyPhrases().size());
        for (KeyPhrase p : a.keyPhrases()) {
            assertTrue(text.contains(p.text()), p.text());
        }
        assertEquals(3, a.summary().sentences().size());
        for (String s : a.summary().sentences()) {
            assertTrue(text.contains(s), s);
        }
        assertEquals("拉萨市委召开全委会议", a.summary().title());
        assertEquals(
                a,
                NewsAnalysis.fromJson(a.toJson(true)),
                "the compact words read back as any list");
    }

    @Test
    void anInterruptedThreadStopsTheAnalysisWithACancellation() throws InterruptedException {
        NewsAnalyzer analyzer = TestAnalyzers.shared();
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> analyzer.analyze(PARAGRAPHS[0]));
            assertTrue(Thread.interrupted(), "the flag stays set (and is cleared here)");
        } finally {
            Thread.interrupted();
        }
        String text = page(3_000_000); // tens of seconds to analyse whole
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t =
                new Thread(
                        () -> {
                            try {
                                analyzer.analyze(text);
                            } catch (Throwable e) { // NOPMD: the test looks at what it was
                                thrown.set(e);
                            }
                        });
        t.start();
        Thread.sleep(500);
        t.interrupt();
        t.join(60_000); // between two pieces at the latest: a piece takes a second or two
        assertFalse(t.isAlive(), "the analysis went on after the interrupt");
        assertInstanceOf(CancellationException.class, thrown.get());
    }

    @Test
    void hostileTextsInTinyPiecesGiveValidDeterministicResults() {
        // the piecewise path on every generated text: pieces of at most 40 characters from 80 on
        NewsAnalyzer tiny = TestAnalyzers.shared().withPieces(80, 40);
        List<String> texts = PropertyTest.cases();
        int piecewise = 0;
        for (int i = 0; i < texts.size(); i++) {
            String json = PropertyTest.checked(tiny, i, texts.get(i));
            if (i % 7 == 0) {
                assertEquals(
                        json,
                        tiny.analyze(texts.get(i)).toJson(true),
                        "case " + i + " deterministic");
            }
            piecewise += texts.get(i).length() >= 80 ? 1 : 0;
        }
        assertTrue(
                piecewise > texts.size() / 2,
                piecewise + " of " + texts.size() + " analysed in pieces");
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }
}
