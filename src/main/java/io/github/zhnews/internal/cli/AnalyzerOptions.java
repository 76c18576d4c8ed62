package io.github.zhnews.internal.cli;

import io.github.zhnews.EntityRecognition;
import io.github.zhnews.EntityStandard;
import io.github.zhnews.NewsAnalyzer;
import io.github.zhnews.Segmentation;
import io.github.zhnews.WordStandard;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that configure the analyzer itself, shared by {@code analyze}, {@code batch} and {@code corpus}. */
final class AnalyzerOptions {
    @Option(
            names = "--dict",
            paramLabel = "FILE",
            description = "a user dictionary: 'word' or 'word pos' per line")
    List<Path> dictionaries = new ArrayList<>();

    @Option(
            names = "--rules-only",
            description =
                    "find organisations, people and places with the rules alone, no trained model")
    boolean rulesOnly;

    @Option(
            names = "--entity-model",
            paramLabel = "FILE",
            description = "an entity model written by 'train ner' instead of the bundled one")
    Path entityModel;

    @Option(
            names = "--entity-standard",
            paramLabel = "STANDARD",
            description =
                    "whose guidelines the trained model marks names by: msra (the default, news; "
                            + "abbreviations such as 美 and 欧盟 are names), peoples_daily_1998 (full names "
                            + "only) or cluener (places only as addresses)")
    EntityStandard entityStandard;

    @Option(
            names = "--zone",
            paramLabel = "ZONE",
            description =
                    "the articles' time zone, where a record names none (default Asia/Shanghai)")
    ZoneId zone;

    @Option(
            names = "--segmentation",
            paramLabel = "KIND",
            description =
                    "dictionary (HanLP's Viterbi, the default) or trained (the perceptron trained on "
                            + "People's Daily 1998)")
    Segmentation segmentation;

    @Option(
            names = "--word-standard",
            paramLabel = "STANDARD",
            description =
                    "how the tokens write names and dates: news (the default: 江泽民, 1997年), pku (the "
                            + "surname and the given name apart, 江 泽民, as SIGHAN 2005 PKU does) or ud (a "
                            + "date's number apart from its unit, 1997 年)")
    WordStandard wordStandard;

    /** A builder with these options applied. */
    NewsAnalyzer.Builder builder() {
        NewsAnalyzer.Builder b = NewsAnalyzer.builder();
        if (rulesOnly) {
            b.entityRecognition(EntityRecognition.RULES_ONLY);
        }
        if (entityModel != null) {
            b.entityModel(entityModel);
        }
        if (entityStandard != null) {
            b.entityStandard(entityStandard);
        }
        if (zone != null) {
            b.zone(zone);
        }
        if (segmentation != null) {
            b.segmentation(segmentation);
        }
        if (wordStandard != null) {
            b.wordStandard(wordStandard);
        }
        dictionaries.forEach(b::userDictionary);
        return b;
    }
}
