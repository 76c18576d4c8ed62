package io.github.zhnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.internal.entity.ner.NerModel;
import io.github.zhnews.internal.entity.ner.NerTrainer;
import io.github.zhnews.internal.entity.ner.TinyCorpus;
import io.github.zhnews.model.Entity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two entity modes of the builder, and a model file of the user's own. */
class EntityRecognitionTest {
    private static final java.util.function.Function<String, byte[]> HINTS =
            io.github.zhnews.internal.train.NerTraining.ruleHints();

    @TempDir Path dir;

    private Path tinyModel() throws IOException {
        NerModel m =
                NerTrainer.train(
                        // with the rules' names as hints, as `train ner` gives them
                        TinyCorpus.read().stream()
                                .map(TinyCorpus.Marked::sentence)
                                .map(s -> s.withHints(HINTS.apply(s.text())))
                                .toList(),
                        new NerTrainer.Options(15, 7, 1),
                        null,
                        null);
        Path f = dir.resolve("tiny.bin.gz");
        try (OutputStream out = Files.newOutputStream(f)) {
            m.write(out);
        }
        return f;
    }

    private static List<String> names(List<Entity> es) {
        return es.stream().map(Entity::name).toList();
    }

    @Test
    void aModelFileOfOursFindsItsNamesAndTheUsersOrganisationsWin() throws IOException {
        NewsAnalyzer a =
                NewsAnalyzer.builder()
                        .entityModel(tinyModel())
                        .organizations(List.of("学术会议筹备组"))
                        .build();
        NewsAnalysis r = a.analyze("王小明昨天在杭州参加了浙江大学举办的学术会议筹备组工作。");
        assertEquals(List.of("王小明"), names(r.people()));
        assertEquals(List.of("杭州"), names(r.places()));
        assertEquals(List.of("浙江大学", "学术会议筹备组"), names(r.organizations()));
        assertEquals(Entity.Kind.EDUCATION, r.organizations().get(0).kind());
    }

    @Test
    void theBundledModelKeepsMediaTitlesAndShortFormsOfAParticularOrgan() {
        NewsAnalysis r = NewsAnalyzer.create().analyze("自治区商务厅王建华出席会议。《光明日报》记者从省水利厅获悉，市政府将召开会议。");
        assertEquals(
                List.of("自治区商务厅", "光明日报", "省水利厅").stream().sorted().toList(),
                names(r.organizations()).stream().sorted().toList());
    }

    @Test
    void rulesOnlyNeedsNoModel() {
        NewsAnalyzer a =
                NewsAnalyzer.builder().entityRecognition(EntityRecognition.RULES_ONLY).build();
        NewsAnalysis r = a.analyze("西藏自治区商务厅负责人出席。");
        assertEquals(List.of("西藏自治区商务厅"), names(r.organizations()));
    }

    @Test
    void aDamagedOrMissingModelFailsAtBuild() throws IOException {
        Path bad = dir.resolve("bad.bin.gz");
        byte[] b = Files.readAllBytes(tinyModel());
        Files.write(bad, java.util.Arrays.copyOf(b, b.length - 20));
        ConfigurationException e =
                assertThrows(
                        ConfigurationException.class,
                        () -> NewsAnalyzer.builder().entityModel(bad).build());
        assertTrue(e.getMessage().contains("bad.bin.gz"), e.getMessage());
        assertThrows(
                ConfigurationException.class,
                () -> NewsAnalyzer.builder().entityModel(dir.resolve("none.bin.gz")).build());
    }

    @Test
    void settersCheckTheirState() {
        assertThrows(
                ConfigurationException.class,
                () ->
                        NewsAnalyzer.builder()
                                .entityRecognition(EntityRecognition.RULES_ONLY)
                                .entityRecognition(EntityRecognition.RULES_ONLY));
        assertThrows(
                ConfigurationException.class,
                () ->
                        NewsAnalyzer.builder()
                                .entityRecognition(EntityRecognition.RULES_ONLY)
                                .entityModel(dir.resolve("m.bin.gz"))
                                .build());
        assertThrows(
                NullPointerException.class, () -> NewsAnalyzer.builder().entityRecognition(null));
        assertThrows(
                ConfigurationException.class,
                () ->
                        NewsAnalyzer.builder()
                                .entityStandard(EntityStandard.MSRA)
                                .entityStandard(EntityStandard.CLUENER));
        assertThrows(
                ConfigurationException.class,
                () ->
                        NewsAnalyzer.builder()
                                .entityRecognition(EntityRecognition.RULES_ONLY)
                                .entityStandard(EntityStandard.CLUENER)
                                .build());
        assertThrows(NullPointerException.class, () -> NewsAnalyzer.builder().entityStandard(null));
    }

    @Test
    void theBundledModelMarksNamesAsTheChosenStandardDoes() {
        String text = "欧盟委员会主席访华期间，中美双方举行了会谈。";
        NewsAnalysis msra = NewsAnalyzer.create().analyze(text);
        NewsAnalysis pfr =
                NewsAnalyzer.builder()
                        .entityStandard(EntityStandard.PEOPLES_DAILY_1998)
                        .build()
                        .analyze(text);
        // MSRA NER marks abbreviations as places; People's Daily 1998 gives them no name
        assertTrue(names(msra.places()).contains("美"), names(msra.places()).toString());
        assertEquals(List.of(), names(pfr.places()));
        assertEquals(List.of("欧盟委员会"), names(pfr.organizations()));
    }
}
