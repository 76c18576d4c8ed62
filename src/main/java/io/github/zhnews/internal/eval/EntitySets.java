package io.github.zhnews.internal.eval;

import io.github.zhnews.EntityStandard;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The data sets names are scored on ({@code eval entities}, and {@code train ner --dev} after each epoch):
 * People's Daily 1998 dev, People's Daily NER dev, MSRA NER val and the CLUENER tenth that training leaves out
 * ({@link CluenerHoldOut}), each with the guidelines it was annotated by.
 */
public final class EntitySets {
    /** A data set: its name in the reports, its guidelines and how to read it. */
    public record Set(String name, EntityStandard standard, Supplier<List<Labelled>> reader) {}

    private EntitySets() {}

    /**
     * The sets, in report order, their files resolved by {@code file} (a path relative to the evaldata root;
     * nothing is read until a reader is called).
     */
    public static List<Set> of(Function<String, Path> file) {
        return List.of(
                new Set(
                        "pd1998-dev",
                        EntityStandard.PEOPLES_DAILY_1998,
                        () ->
                                Readers.pfr(
                                        Readers.lines(
                                                file.apply(
                                                        "peoples-daily-199801-pos/199801-dev.txt")))),
                new Set(
                        "pdner-zjy-dev",
                        EntityStandard.MSRA,
                        () ->
                                Readers.bioColumns(
                                        Readers.lines(
                                                file.apply("peoples-daily-ner-zjy/example.dev")))),
                new Set(
                        "msra-val",
                        EntityStandard.MSRA,
                        () ->
                                Readers.bioParallel(
                                        Readers.lines(
                                                file.apply(
                                                        "msra-ner/lemonhu-val/val_sentences.txt")),
                                        Readers.lines(
                                                file.apply("msra-ner/lemonhu-val/val_tags.txt")))),
                new Set(
                        "cluener-heldout",
                        EntityStandard.CLUENER,
                        () ->
                                Readers.cluener(
                                                Readers.lines(
                                                        file.apply("cluener2020/train.jsonl")))
                                        .stream()
                                        .filter(l -> CluenerHoldOut.isHeldOut(l.text()))
                                        .toList()));
    }
}
