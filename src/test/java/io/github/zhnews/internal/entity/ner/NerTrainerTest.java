package io.github.zhnews.internal.entity.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.model.EntityType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Trains a tiny model on our own sentences ({@code /ner/tiny-train.txt}) and checks what it does. */
class NerTrainerTest {
    private static final NerTrainer.Options OPTIONS = new NerTrainer.Options(15, 7, 1);

    private static NerModel tiny() {
        List<NerTrainer.Sentence> data =
                TinyCorpus.read().stream().map(TinyCorpus.Marked::sentence).toList();
        return NerTrainer.train(data, OPTIONS, null, null);
    }

    private static byte[] bytes(NerModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    @Test
    void tagsTheSentencesItWasTrainedOn() {
        NerTagger tagger = new NerTagger(tiny());
        int right = 0;
        int all = 0;
        for (TinyCorpus.Marked m : TinyCorpus.read()) {
            List<String> gold = new ArrayList<>();
            for (int i = 0; i < m.spans().size(); i++) {
                gold.add(m.spans().get(i)[0] + "-" + m.spans().get(i)[1] + m.types().get(i));
            }
            List<String> found =
                    tagger.tag(m.text()).stream()
                            .map(s -> s.start() + "-" + s.end() + shortType(s.type()))
                            .toList();
            all++;
            if (found.equals(gold)) {
                right++;
            }
        }
        assertEquals(all, right, "every training sentence tagged back exactly");
    }

    @Test
    void tagsAnExampleWithOffsets() {
        NerTagger tagger = new NerTagger(tiny());
        String text = "[PER 王小明]昨天在[LOC 杭州]参加了[ORG 浙江大学]举办的学术会议。".replaceAll("\\[[A-Z]+ |]", "");
        assertEquals(
                List.of(
                        new NerSpan(0, 3, EntityType.PERSON),
                        new NerSpan(6, 8, EntityType.PLACE),
                        new NerSpan(11, 15, EntityType.ORGANIZATION)),
                tagger.tag(text));
    }

    @Test
    void hintsMarkEachSpanWithItsTagsAndSkipAnOverlappingOne() {
        byte[] h =
                NerTagger.hints(
                        8,
                        List.of(
                                new NerSpan(4, 7, EntityType.ORGANIZATION),
                                new NerSpan(0, 1, EntityType.PERSON),
                                new NerSpan(5, 8, EntityType.PLACE)));
        byte[] want = new byte[8];
        want[0] = (byte) NerTags.tag(0, NerTags.S);
        want[4] = (byte) NerTags.tag(2, NerTags.B);
        want[5] = (byte) NerTags.tag(2, NerTags.I);
        want[6] = (byte) NerTags.tag(2, NerTags.E);
        assertArrayEquals(want, h);
    }

    @Test
    void aModelTrainedWithTheRulesHintsFollowsThemOnNewNames() {
        // places never seen twice among chars never seen twice, each hinted: only the hints tell
        NerTagger tagger = hintedTagger(hintedPlaces(new Random(3), 60), 10);
        assertTrue(tagger.usesHints());
        NerTrainer.Sentence fresh = hintedPlace(new Random(99));
        int start = 0;
        while (fresh.hints()[start] == NerTags.O) {
            start++;
        }
        int end = start + 1;
        while (fresh.hints()[end] != NerTags.O) {
            end++;
        }
        assertEquals(
                List.of(new NerSpan(start, end, EntityType.PLACE)),
                tagger.tag(fresh.text(), fresh.hints()));
    }

    private static List<NerTrainer.Sentence> hintedPlaces(Random r, int n) {
        List<NerTrainer.Sentence> data = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            data.add(hintedPlace(r));
        }
        return data;
    }

    /** A labeller with the templates that read hints, trained for {@code epochs} on the sentences. */
    private static NerTagger hintedTagger(List<NerTrainer.Sentence> data, int epochs) {
        return new NerTagger(
                NerTrainer.train(
                        data,
                        new NerTrainer.Options(epochs, 7, 1, NerTrainer.HINTED_FEATURES),
                        null,
                        null));
    }

    /**
     * Random Han chars with a place of two to four random chars among them, hinted as one: neither the
     * place's chars nor its neighbours tell it apart, only the hint does.
     */
    private static NerTrainer.Sentence hintedPlace(Random r) {
        String before = randomHan(r, 2 + r.nextInt(4));
        String place = randomHan(r, 2 + r.nextInt(3));
        String text = before + place + randomHan(r, 2 + r.nextInt(4)) + "。";
        int[] span = {before.length(), before.length() + place.length()};
        NerTrainer.Sentence s = NerTrainer.Sentence.of(text, List.of(span), List.of("LOC"));
        return s.withHints(
                NerTagger.hints(
                        text.length(), List.of(new NerSpan(span[0], span[1], EntityType.PLACE))));
    }

    private static String randomHan(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) (0x4E00 + r.nextInt(0x5000)));
        }
        return b.toString();
    }

    private static String shortType(EntityType t) {
        return t == EntityType.PERSON ? "PER" : t == EntityType.PLACE ? "LOC" : "ORG";
    }

    @Test
    void sameDataAndSeedGiveTheSameBytes() throws IOException {
        assertArrayEquals(bytes(tiny()), bytes(tiny()));
    }

    @Test
    void writtenModelReadsBackTaggingAlike() throws IOException {
        NerModel m = tiny();
        byte[] b = bytes(m);
        NerModel back = NerModel.read(new ByteArrayInputStream(b));
        assertEquals(m.features(), back.features());
        assertArrayEquals(b, bytes(back));
        String text = "张伟和李红去了杭州。";
        assertEquals(new NerTagger(m).tag(text), new NerTagger(back).tag(text));
    }

    @Test
    void damagedOrTruncatedModelIsAnIoException() throws IOException {
        byte[] b = bytes(tiny());
        assertThrows(
                IOException.class,
                () -> NerModel.read(new ByteArrayInputStream(Arrays.copyOf(b, b.length / 2))));
        byte[] flipped = b.clone();
        flipped[b.length / 2] ^= 0x55;
        assertThrows(IOException.class, () -> NerModel.read(new ByteArrayInputStream(flipped)));
        assertThrows(
                IOException.class,
                () ->
                        NerModel.read(
                                new ByteArrayInputStream(
                                        "not a model"
                                                .getBytes(
                                                        java.nio.charset.StandardCharsets.UTF_8))));
        assertThrows(IOException.class, () -> NerModel.read(new ByteArrayInputStream(new byte[0])));
    }

    @Test
    void hostileTextNeverThrowsAndSpansAreInBounds() {
        NerTagger tagger = new NerTagger(tiny());
        Random r = new Random(42);
        for (int k = 0; k < 500; k++) {
            char[] cs = new char[r.nextInt(60)];
            for (int i = 0; i < cs.length; i++) {
                cs[i] =
                        r.nextInt(4) == 0
                                ? (char) r.nextInt(0x10000)
                                : "王李杭州大学公司，。 \n１２3a（）".charAt(r.nextInt(17));
            }
            String s = new String(cs);
            List<NerSpan> spans = tagger.tag(s);
            int last = 0;
            for (NerSpan sp : spans) {
                assertTrue(sp.start() >= last && sp.end() <= s.length(), s);
                last = sp.end();
            }
            assertEquals(spans, tagger.tag(s));
        }
        assertEquals(List.of(), tagger.tag(""));
    }

    @Test
    void threadsAgreeWithOneThread() throws Exception {
        NerTagger tagger = new NerTagger(tiny());
        List<String> texts = TinyCorpus.read().stream().map(TinyCorpus.Marked::text).toList();
        List<List<NerSpan>> expected = texts.stream().map(tagger::tag).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<NerSpan>>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(
                        pool.submit(
                                () -> {
                                    List<List<NerSpan>> got = new ArrayList<>();
                                    for (int rep = 0; rep < 20; rep++) {
                                        got = texts.stream().map(tagger::tag).toList();
                                    }
                                    return got;
                                }));
            }
            for (Future<List<List<NerSpan>>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void ngramRowsScoreAsTheTemplatesDo() {
        List<NerTrainer.Sentence> data =
                TinyCorpus.read().stream().map(TinyCorpus.Marked::sentence).toList();
        for (String features : List.of(NerFeatures.V1.version, NerFeatures.V2.version)) {
            NerTagger tagger =
                    new NerTagger(
                            NerTrainer.train(
                                    data, new NerTrainer.Options(5, 3, 1, features), null, null));
            Random r = new Random(11);
            List<String> texts =
                    new ArrayList<>(
                            TinyCorpus.read().stream().map(TinyCorpus.Marked::text).toList());
            for (int k = 0; k < 200; k++) {
                char[] cs = new char[r.nextInt(30)];
                for (int i = 0; i < cs.length; i++) {
                    cs[i] =
                            r.nextInt(5) == 0
                                    ? (char) r.nextInt(0x10000)
                                    : texts.get(k % 25).charAt(r.nextInt(10));
                }
                texts.add(new String(cs));
            }
            texts.add("");
            texts.add("\u0000\u0002\u0003");
            for (String t : texts) {
                assertArrayEquals(
                        tagger.emissionsByTemplate(t), tagger.emissions(t), features + ": " + t);
            }
        }
    }

    /** The hint templates, read from their own tables, score as one look-up per template does. */
    @Test
    void hintRowsScoreAsTheTemplatesDo() {
        Random r = new Random(5);
        List<NerTrainer.Sentence> data = hintedPlaces(r, 40);
        NerTagger tagger = hintedTagger(data, 3);
        for (NerTrainer.Sentence s : data) {
            assertArrayEquals(
                    tagger.emissionsByTemplate(s.text(), s.hints()),
                    tagger.emissions(s.text(), s.hints()),
                    s.text());
        }
        for (int k = 0; k < 100; k++) {
            String text = data.get(k % data.size()).text();
            byte[] hints = new byte[text.length()];
            for (int i = 0; i < hints.length; i++) {
                hints[i] = (byte) r.nextInt(NerTags.COUNT); // any tag anywhere, well-formed or not
            }
            assertArrayEquals(
                    tagger.emissionsByTemplate(text, hints), tagger.emissions(text, hints), text);
            assertArrayEquals(
                    tagger.emissionsByTemplate(text, null), tagger.emissions(text, null), text);
        }
    }

    /**
     * Sentences we wrote in which 欧盟 is an organisation under one standard and no name under another, as
     * MSRA NER and People's Daily 1998 disagree on abbreviations; the other names agree.
     */
    private static List<NerTrainer.Sentence> twoStandards() {
        String[] texts = {
            "欧盟今天在布鲁塞尔发表声明。", "欧盟官员下周访问北京。", "王小明说欧盟将提高关税。", "欧盟与东盟举行会谈。", "李华认为欧盟的决定很重要。",
        };
        List<NerTrainer.Sentence> out = new ArrayList<>();
        for (int standard : new int[] {NerStandard.MSRA, NerStandard.PEOPLES_DAILY_1998}) {
            for (String t : texts) {
                List<int[]> spans = new ArrayList<>();
                List<String> types = new ArrayList<>();
                int person = t.startsWith("王小明") ? 3 : t.startsWith("李华") ? 2 : 0;
                if (person > 0) {
                    spans.add(new int[] {0, person});
                    types.add("PER");
                }
                int eu = t.indexOf("欧盟");
                if (standard == NerStandard.MSRA) {
                    spans.add(new int[] {eu, eu + 2});
                    types.add("ORG");
                }
                out.add(NerTrainer.Sentence.of(t, spans, types).withStandard(standard));
            }
        }
        return out;
    }

    @Test
    void eachStandardIsLearnedApart() throws IOException {
        NerModel m = NerTrainer.train(twoStandards(), OPTIONS, null, null);
        String text = "欧盟昨天批准了这项计划。";
        assertEquals(
                List.of(new NerSpan(0, 2, EntityType.ORGANIZATION)),
                new NerTagger(m.forStandard(NerStandard.MSRA)).tag(text));
        NerModel pfr = m.forStandard(NerStandard.PEOPLES_DAILY_1998);
        assertEquals(List.of(), new NerTagger(pfr).tag(text));
        // both standards keep the names they agree on
        assertEquals(
                List.of(new NerSpan(0, 3, EntityType.PERSON)),
                new NerTagger(pfr).tag("王小明说欧盟将提高关税。"));
        // a folded model reads no standard: it tags with the V3 templates, and reading the file for
        // one
        // standard folds it the same way
        assertEquals(NerFeatures.V3, pfr.featureSet());
        NerModel read =
                NerModel.read(new ByteArrayInputStream(bytes(m)), NerStandard.PEOPLES_DAILY_1998);
        assertArrayEquals(bytes(pfr), bytes(read));
    }

    @Test
    void aFoldedModelScoresAsTheModelOnTextOfItsStandard() {
        NerModel m = NerTrainer.train(twoStandards(), OPTIONS, null, null);
        NerTagger whole = new NerTagger(m); // reads text as the first standard, MSRA
        NerTagger folded = new NerTagger(m.forStandard(NerStandard.MSRA));
        int[] tr = m.transitions();
        int[] foldedTr = folded.model().transitions();
        for (NerTrainer.Sentence s : twoStandards()) {
            int[] a = whole.emissions(s.text());
            int[] b = folded.emissions(s.text());
            // the standard alone moved from the emissions into the transitions into each tag
            for (int i = 0; i < a.length; i++) {
                int t = i % NerTags.COUNT;
                assertEquals(a[i] + tr[t] - foldedTr[t], b[i], s.text());
            }
            assertEquals(whole.tag(s.text()), folded.tag(s.text()), s.text());
        }
    }

    @Test
    void tagsOnlyWellFormedSequences() {
        for (int p = 0; p < NerTags.COUNT; p++) {
            for (int c = 0; c < NerTags.COUNT; c++) {
                boolean open = p != NerTags.O && NerTags.position(p) <= NerTags.I;
                boolean ok =
                        open
                                ? NerTags.type(c) == NerTags.type(p)
                                        && (NerTags.position(c) == NerTags.I
                                                || NerTags.position(c) == NerTags.E)
                                : c == NerTags.O
                                        || NerTags.position(c) == NerTags.B
                                        || NerTags.position(c) == NerTags.S;
                assertEquals(ok, NerTags.allowed(p, c), p + "->" + c);
            }
        }
    }

    @Test
    void badSentencesAreRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        NerTrainer.Sentence.of(
                                "王小明",
                                List.of(new int[] {0, 2}, new int[] {1, 3}),
                                List.of("PER", "PER")));
        assertThrows(
                IllegalArgumentException.class,
                () -> NerTrainer.Sentence.of("王小明", List.of(new int[] {0, 3}), List.of("NAME")));
    }
}
