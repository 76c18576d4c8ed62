package io.github.zhnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.zhnews.internal.io.WellFormedJson;
import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.DateType;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.EntityType;
import io.github.zhnews.model.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON of an analysis: its schema, its reading back, and Jackson's own view of the model records. */
class NewsAnalysisJsonTest {
    private static final ObjectMapper PLAIN =
            new ObjectMapper(); // what a user has: no module, no configuration
    private static final Schema SCHEMA = schema();

    private static Schema schema() {
        try (InputStream in =
                NewsAnalysisJsonTest.class.getResourceAsStream(
                        "/io/github/zhnews/analysis.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Real output: the example articles, texts of our own with every kind of field, hostile and empty texts. */
    static Stream<NewsAnalysis> analyses() throws IOException {
        NewsAnalyzer analyzer = TestAnalyzers.shared();
        List<NewsAnalysis> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(
                        analyzer.analyze(
                                Article.of(Files.readString(p)).id(p.getFileName().toString())));
            }
        }
        out.add(
                analyzer.analyze(
                        Article.of(
                                        """
                西藏自治区党委组织部召开主题教育调查研究推进会
                5月5日，西藏自治区党委组织部召开推进会。自治区党委常委、组织部部长王建华出席会议。
                4月24日至29日，中央第十二巡回指导组到拉萨市委调研，为期一周，每年一次。近日，3小时后再议。
                """)
                                .id("demo")
                                .publishedAt(java.time.LocalDate.of(2023, 5, 21))));
        out.add(
                analyzer.analyze(
                        Article.of("新华社北京电 国务院召开常务会议。")
                                .publishedAt(
                                        java.time.OffsetDateTime.parse("2023-05-20T23:30:00Z"))));
        out.add(analyzer.analyze(""));
        out.add(analyzer.analyze("<p>&nbsp;\uD800 emoji 😀 =cmd|x \"quoted\"</p>"));
        out.add(analyzer.without(Feature.ENTITIES, Feature.DATES).analyze("拉萨市委召开会议。"));
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("analyses")
    void realOutputFollowsTheSchema(NewsAnalysis a) throws IOException {
        for (String json : List.of(a.toJson(), a.toJson(true))) {
            List<Error> errors = SCHEMA.validate(PLAIN.readTree(json));
            assertTrue(errors.isEmpty(), () -> errors + "\n" + json);
        }
    }

    @Test
    void errorRecordsFollowTheSchemaAndOtherObjectsDoNot() throws IOException {
        StringWriter lines = new StringWriter();
        try (AnalysisWriter.Output out = AnalysisWriter.jsonLines().open(lines)) {
            out.writeError("r7", 7, "InvalidRecord", "the record has no string field 'text'");
            out.writeError(null, 0, "UnreadableInput", "NoSuchFileException: x.txt");
        }
        for (String line : lines.toString().split("\n")) {
            assertTrue(SCHEMA.validate(PLAIN.readTree(line)).isEmpty(), line);
        }
        assertFalse(SCHEMA.validate(PLAIN.readTree("{\"id\":\"x\",\"dates\":[]}")).isEmpty());
        String bad =
                TestAnalyzers.shared()
                        .analyze("拉萨市委召开会议。")
                        .toJson()
                        .replace("\"organization\"", "\"ORG\"");
        assertFalse(SCHEMA.validate(PLAIN.readTree(bad)).isEmpty(), bad);
    }

    @ParameterizedTest
    @MethodSource("analyses")
    void readsBackWhatItWrote(NewsAnalysis a) {
        NewsAnalysis back = NewsAnalysis.fromJson(a.toJson(true));
        assertEquals(a, back);
        assertEquals(a.toJson(true), back.toJson(true));
        assertEquals(a.referenceTime(), back.referenceTime());
        assertEquals(a.zone(), back.zone());
        NewsAnalysis withoutTokens = NewsAnalysis.fromJson(a.toJson());
        assertEquals(List.of(), withoutTokens.tokens());
        assertEquals(a.toJson(), withoutTokens.toJson());
    }

    @ParameterizedTest
    @MethodSource("analyses")
    void plainJacksonWritesAndReadsTheSameShape(NewsAnalysis a) throws IOException {
        // the same text, but for a lone surrogate, which toJson escapes so that the line stays
        // valid UTF-8
        assertEquals(
                a.toJson(true), WellFormedJson.escapeLoneSurrogates(PLAIN.writeValueAsString(a)));
        assertEquals(PLAIN.readTree(a.toJson(true)), PLAIN.readTree(PLAIN.writeValueAsString(a)));
        assertEquals(a, PLAIN.readValue(a.toJson(true), NewsAnalysis.class));
        JsonNode tree = PLAIN.readTree(a.toJson(true));
        for (int i = 0; i < a.organizations().size(); i++) {
            assertEquals(
                    tree.get("organizations").get(i), PLAIN.valueToTree(a.organizations().get(i)));
            assertEquals(
                    a.organizations().get(i),
                    PLAIN.treeToValue(tree.get("organizations").get(i), Entity.class));
        }
        for (int i = 0; i < a.dates().size(); i++) {
            assertEquals(tree.get("dates").get(i), PLAIN.valueToTree(a.dates().get(i)));
            assertEquals(
                    a.dates().get(i),
                    PLAIN.treeToValue(tree.get("dates").get(i), DateMention.class));
        }
        assertEquals(
                a.summary(),
                PLAIN.readValue(PLAIN.writeValueAsString(a.summary()), a.summary().getClass()));
    }

    @Test
    void enumsAreLowerCaseEverywhere() throws IOException {
        assertEquals("\"date\"", PLAIN.writeValueAsString(DateType.DATE));
        assertEquals("\"person\"", PLAIN.writeValueAsString(EntityType.PERSON));
        assertEquals("\"media\"", PLAIN.writeValueAsString(Entity.Kind.MEDIA));
        assertEquals(DateType.INTERVAL, PLAIN.readValue("\"interval\"", DateType.class));
        Entity xinhua =
                new Entity(
                        "新华社",
                        EntityType.ORGANIZATION,
                        Entity.Kind.MEDIA,
                        List.of(new Mention("新华社", 0, 3)));
        assertEquals(
                "{\"name\":\"新华社\",\"type\":\"organization\",\"kind\":\"media\","
                        + "\"mentions\":[{\"text\":\"新华社\",\"start\":0,\"end\":3}]}",
                PLAIN.writeValueAsString(xinhua));
        Entity person = new Entity("王强", EntityType.PERSON, List.of(new Mention("王强", 0, 2)));
        assertEquals(
                "{\"name\":\"王强\",\"type\":\"person\",\"mentions\":[{\"text\":\"王强\",\"start\":0,\"end\":2}]}",
                PLAIN.writeValueAsString(person));
        NewsAnalysis a = TestAnalyzers.shared().analyze("5月5日，新华社记者王强报道。");
        JsonNode o = PLAIN.readTree(a.toJson());
        assertEquals("date", o.get("dates").get(0).get("type").asText());
        assertEquals("media", o.get("organizations").get(0).get("kind").asText());
    }

    @Test
    void theFieldsComeInTheDocumentedOrder() throws IOException {
        NewsAnalysis a =
                TestAnalyzers.shared()
                        .analyze(
                                Article.of("拉萨市委召开会议。")
                                        .id("x")
                                        .publishedAt(LocalDateTime.of(2023, 5, 21, 9, 39)));
        List<String> names = new ArrayList<>();
        PLAIN.readTree(a.toJson(true)).fieldNames().forEachRemaining(names::add);
        assertEquals(
                List.of(
                        "id",
                        "title",
                        "source",
                        "publishedAt",
                        "editor",
                        "zone",
                        "referenceTime",
                        "keyPhrases",
                        "organizations",
                        "people",
                        "places",
                        "dates",
                        "summary",
                        "lead",
                        "headings",
                        "tokens"),
                names);
        assertTrue(
                a.toJson()
                        .startsWith(
                                "{\"id\":\"x\",\"title\":null,\"source\":null,"
                                        + "\"publishedAt\":\"2023-05-21T09:39:00+08:00\",\"editor\":null,\"zone\":\"Asia/Shanghai\","
                                        + "\"referenceTime\":\"2023-05-21T09:39:00+08:00\""),
                a.toJson());
    }

    @Test
    void whatIsNotAnAnalysisIsATypedError() {
        for (String json :
                List.of(
                        "",
                        "{not json",
                        "[1]",
                        "{\"id\":\"x\"}",
                        "{\"zone\":\"Asia/Shanghai\",\"referenceTime\":\"yesterday\"}",
                        "{\"zone\":\"Mars/Olympus\",\"referenceTime\":\"2023-05-21\"}",
                        "{\"zone\":\"UTC\",\"referenceTime\":\"2023-05-21\",\"people\":[{\"name\":\"拉萨\",\"type\":\"place\","
                                + "\"mentions\":[{\"text\":\"拉萨\",\"start\":0,\"end\":2}]}]}")) {
            assertThrows(InvalidRecordException.class, () -> NewsAnalysis.fromJson(json), json);
        }
    }
}
