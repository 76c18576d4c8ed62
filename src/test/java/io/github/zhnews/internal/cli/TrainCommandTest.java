package io.github.zhnews.internal.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.internal.entity.ner.NerSpan;
import io.github.zhnews.internal.entity.ner.NerTagger;
import io.github.zhnews.internal.entity.ner.TinyCorpus;
import io.github.zhnews.internal.train.NerTraining;
import io.github.zhnews.model.EntityType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code zhnews train ner} on a training root made of our own sentences. */
class TrainCommandTest {
    @TempDir Path dir;
    @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

    private Path data() throws IOException {
        Path data = dir.resolve("traindata");
        StringBuilder bio = new StringBuilder();
        TinyCorpus.read().forEach(m -> bio.append(m.bio()));
        for (String f : NerTraining.FILES) {
            Path p = data.resolve(f);
            Files.createDirectories(p.getParent());
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
                out.write(bio.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return data;
    }

    @Test
    void trainsTheSameBytesTwiceAndTheModelTags() throws IOException {
        Path data = data();
        assertEquals(
                0,
                Main.run(
                        "train",
                        "ner",
                        "--data",
                        data.toString(),
                        "--out",
                        dir.resolve("a").toString(),
                        "--epochs",
                        "8",
                        "--min-count",
                        "1"),
                console.err());
        assertEquals(
                0,
                Main.run(
                        "train",
                        "ner",
                        "--data",
                        data.toString(),
                        "--out",
                        dir.resolve("b").toString(),
                        "--epochs",
                        "8",
                        "--min-count",
                        "1"),
                console.err());
        byte[] a = Files.readAllBytes(dir.resolve("a").resolve(NerTagger.BUNDLED));
        assertArrayEquals(a, Files.readAllBytes(dir.resolve("b").resolve(NerTagger.BUNDLED)));
        NerTagger tagger = NerTagger.read(dir.resolve("a").resolve(NerTagger.BUNDLED));
        String text = "王小明昨天在杭州参加了浙江大学举办的学术会议。";
        assertEquals(
                List.of(
                        new NerSpan(0, 3, EntityType.PERSON),
                        new NerSpan(6, 8, EntityType.PLACE),
                        new NerSpan(11, 15, EntityType.ORGANIZATION)),
                tagger.tag(text, NerTraining.ruleHints().apply(text))); // as the analyzer tags
    }

    @Test
    void analyzeTakesATrainedModelOrRulesOnly() throws IOException {
        Path data = data();
        assertEquals(
                0,
                Main.run(
                        "train",
                        "ner",
                        "--data",
                        data.toString(),
                        "--out",
                        dir.resolve("m").toString(),
                        "--epochs",
                        "8",
                        "--min-count",
                        "1"),
                console.err());
        Path text = dir.resolve("a.txt");
        Files.writeString(text, "王小明昨天在杭州参加了浙江大学举办的学术会议。");
        Path model = dir.resolve("m").resolve(NerTagger.BUNDLED);
        assertEquals(
                0,
                Main.run("analyze", "--entity-model", model.toString(), text.toString()),
                console.err());
        assertTrue(console.out().contains("\"浙江大学\""), console.out());
        assertEquals(0, Main.run("analyze", "--rules-only", text.toString()), console.err());
        Files.write(model, new byte[] {1, 2, 3});
        assertEquals(3, Main.run("analyze", "--entity-model", model.toString(), text.toString()));
        assertTrue(console.err().contains("ner.bin.gz"), console.err());
    }

    @Test
    void missingDataIsACommandLineError() {
        assertEquals(
                2,
                Main.run(
                        "train",
                        "ner",
                        "--data",
                        dir.resolve("none").toString(),
                        "--out",
                        dir.toString()));
        assertTrue(console.err().contains("not a directory"), console.err());
    }

    @Test
    void missingTrainingFileIsNamed() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        assertEquals(
                2,
                Main.run(
                        "train",
                        "ner",
                        "--data",
                        dir.resolve("empty").toString(),
                        "--out",
                        dir.toString()));
        assertTrue(console.err().contains("msra_train.bio.gz"), console.err());
    }
}
