package io.github.zhnews.internal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Parsers for the gold formats of the shared evaluation data. Each works on lines (so tests can feed
 * hand-made strings) and yields texts with gold spans of type {@code ORG}, {@code PER}, {@code LOC} or
 * {@code TIME}. Offsets are Java {@code String} indices.
 */
public final class Readers {
    public static final String ORG = "ORG";
    public static final String PER = "PER";
    public static final String LOC = "LOC";
    public static final String TIME = "TIME";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Readers() {}

    /** The lines of a UTF-8 file, a leading BOM removed. */
    public static List<String> lines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                lines.set(0, lines.get(0).substring(1));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** One gold word of a PFR paragraph and its part of speech. */
    public record TaggedWord(String word, String tag) {}

    /**
     * The words and tags of one PFR paragraph: {@code word/TAG} tokens separated by whitespace, a compound's
     * brackets dropped ({@code [中共中央/nt 台办/j]/nt} gives its two words with their own tags; the original
     * format closes them without the slash, {@code ]nt}).
     *
     * @throws IllegalArgumentException for a token that is not {@code word/TAG}
     */
    public static List<TaggedWord> pfrTagged(String paragraph) {
        List<TaggedWord> out = new ArrayList<>();
        for (String token : paragraph.strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            String t = token;
            if (t.startsWith("[") && t.length() > 1) {
                t = t.substring(1);
            }
            int close = t.lastIndexOf(']');
            if (close > 0) {
                t = t.substring(0, close);
            }
            int slash = t.lastIndexOf('/');
            if (slash <= 0 || slash == t.length() - 1) {
                throw new IllegalArgumentException("not a word/TAG token: '" + token + "'");
            }
            out.add(new TaggedWord(t.substring(0, slash), t.substring(slash + 1)));
        }
        return out;
    }

    /**
     * People's Daily 1998 (PFR, HanLP variant): one paragraph per line, tokens {@code word/tag} separated by
     * whitespace, bracketed compounds {@code [w1/t1 w2/t2]/outer}. The text is the words concatenated.
     * Gold: ORG = {@code ]/nt} compounds and {@code /nt} tokens; PER = each {@code /nr} token (this variant
     * merges surname and given name, so adjacent {@code /nr} tokens are different people, 尉健行/nr 李岚清/nr),
     * joined with the next only when it is a lone surname (邱/nr 少云/nr); LOC = {@code ]/ns} compounds and {@code /ns} tokens; TIME = maximal runs of adjacent {@code /t}
     * tokens. Inside an {@code nt} or {@code ns} compound only the compound counts (the longest span, as in
     * NER corpora); inside other compounds ({@code nz}) the inner tokens count. The gold words are the
     * tokens (a compound is several words).
     */
    public static List<Labelled> pfr(List<String> lines) {
        List<Labelled> out = new ArrayList<>();
        for (String line : lines) {
            String[] raw = line.strip().split("\\s+");
            if (line.isBlank()) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            List<int[]> offsets = new ArrayList<>();
            List<Span> spans = new ArrayList<>();
            // token index -> outer tag of the compound containing it (null outside compounds)
            List<String> outer = new ArrayList<>();
            int compoundStart = -1;
            int compoundFirstToken = -1;
            for (String tok : raw) {
                boolean opens = tok.startsWith("[") && tok.length() > 1 && tok.charAt(1) != '/';
                if (opens) {
                    tok = tok.substring(1);
                    compoundStart = text.length();
                    compoundFirstToken = words.size();
                }
                String compoundTag = null;
                int close = tok.lastIndexOf("]/");
                if (close > 0 && compoundStart >= 0) {
                    compoundTag = tok.substring(close + 2);
                    tok = tok.substring(0, close);
                }
                int slash = tok.lastIndexOf('/');
                String word = slash > 0 ? tok.substring(0, slash) : tok;
                String tag = slash > 0 ? tok.substring(slash + 1) : "";
                int s = text.length();
                text.append(word);
                words.add(word);
                tags.add(tag);
                offsets.add(new int[] {s, text.length()});
                outer.add(compoundStart >= 0 ? "?" : null);
                if (compoundTag != null) {
                    for (int i = compoundFirstToken; i < words.size(); i++) {
                        outer.set(i, compoundTag);
                    }
                    String type = typeOfTag(compoundTag);
                    if (type != null && !TIME.equals(type)) {
                        spans.add(new Span(compoundStart, text.length(), type));
                    }
                    compoundStart = -1;
                }
            }
            // single tokens and runs
            int i = 0;
            while (i < words.size()) {
                String type = typeOfTag(tags.get(i));
                String o = outer.get(i);
                boolean shadowed =
                        o != null && ("nt".equals(o) || "ns".equals(o)) && !TIME.equals(type);
                if (type == null || shadowed) {
                    i++;
                    continue;
                }
                int j = i + 1;
                if (TIME.equals(type)) {
                    while (j < words.size() && type.equals(typeOfTag(tags.get(j)))) {
                        j++;
                    }
                } else if (PER.equals(type)
                        && words.get(i).length() == 1
                        && j < words.size()
                        && PER.equals(typeOfTag(tags.get(j)))
                        && !shadowedAt(outer.get(j))) {
                    j++; // a surname left apart from its given name (邱/nr 少云/nr)
                }
                spans.add(new Span(offsets.get(i)[0], offsets.get(j - 1)[1], type));
                i = j;
            }
            spans.sort(
                    (a, b) ->
                            a.start() != b.start()
                                    ? Integer.compare(a.start(), b.start())
                                    : Integer.compare(a.end(), b.end()));
            out.add(new Labelled(text.toString(), spans, words));
        }
        return out;
    }

    private static boolean shadowedAt(String outerTag) {
        return "nt".equals(outerTag) || "ns".equals(outerTag);
    }

    private static String typeOfTag(String tag) {
        return switch (tag) {
            case "nt" -> ORG;
            case "nr" -> PER;
            case "ns" -> LOC;
            case "t" -> TIME;
            default -> null;
        };
    }

    /**
     * Character BIO, one {@code char<space or tab>tag} per line, a blank line between sentences
     * (peoples-daily-ner-zjy). Tags O, B-X, I-X; an I-X that does not continue an X starts a new span.
     */
    public static List<Labelled> bioColumns(List<String> lines) {
        List<Labelled> out = new ArrayList<>();
        List<String> chars = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!chars.isEmpty()) {
                    out.add(bio(chars, tags));
                    chars.clear();
                    tags.clear();
                }
                continue;
            }
            String l = line.strip();
            int sep = Math.max(l.lastIndexOf(' '), l.lastIndexOf('\t'));
            if (sep <= 0) {
                throw new IllegalArgumentException("not a 'char tag' line: " + line);
            }
            chars.add(l.substring(0, sep).strip());
            tags.add(l.substring(sep + 1).strip());
        }
        if (!chars.isEmpty()) {
            out.add(bio(chars, tags));
        }
        return out;
    }

    /** Character BIO in parallel files: one sentence per line, space-separated characters / tags (MSRA). */
    public static List<Labelled> bioParallel(List<String> sentenceLines, List<String> tagLines) {
        if (sentenceLines.size() != tagLines.size()) {
            throw new IllegalArgumentException(
                    "sentence and tag files differ in length: "
                            + sentenceLines.size()
                            + " vs "
                            + tagLines.size());
        }
        List<Labelled> out = new ArrayList<>();
        for (int i = 0; i < sentenceLines.size(); i++) {
            if (sentenceLines.get(i).isBlank()) {
                continue;
            }
            List<String> chars = List.of(sentenceLines.get(i).strip().split(" +"));
            List<String> tags = List.of(tagLines.get(i).strip().split(" +"));
            if (chars.size() != tags.size()) {
                throw new IllegalArgumentException(
                        "line "
                                + (i + 1)
                                + ": "
                                + chars.size()
                                + " characters but "
                                + tags.size()
                                + " tags");
            }
            out.add(bio(chars, tags));
        }
        return out;
    }

    /** Decodes one BIO-tagged sentence; each item of {@code chars} may be more than one Java char. */
    static Labelled bio(List<String> chars, List<String> tags) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        String type = null;
        int start = -1;
        for (int i = 0; i < chars.size(); i++) {
            String tag = tags.get(i);
            int at = text.length();
            String t = tag.length() > 2 && (tag.charAt(1) == '-') ? tag.substring(2) : null;
            boolean begin =
                    tag.startsWith("B-")
                            || tag.startsWith("S-")
                            || ((tag.startsWith("I-") || tag.startsWith("E-")) && !t.equals(type));
            if (type != null && (begin || t == null)) {
                spans.add(new Span(start, at, type));
                type = null;
            }
            if (t != null && begin) {
                type = t;
                start = at;
            }
            text.append(chars.get(i));
        }
        if (type != null) {
            spans.add(new Span(start, text.length(), type));
        }
        return new Labelled(text.toString(), spans, null);
    }

    /**
     * CLUENER2020 JSON Lines: {@code {"text", "label": {type: {entity: [[start, end_inclusive], ...]}}}} with
     * code-point offsets. Mapped: name → PER; organization, government, company → ORG; address, scene → LOC
     * (as the data's SOURCE.md advises); other types (position, game, book, movie) are dropped.
     */
    public static List<Labelled> cluener(List<String> lines) {
        List<Labelled> out = new ArrayList<>();
        for (JsonNode node : jsonLines(lines)) {
            String text = node.path("text").asText();
            List<Span> spans = new ArrayList<>();
            JsonNode label = node.path("label");
            for (Iterator<Map.Entry<String, JsonNode>> types = label.fields(); types.hasNext(); ) {
                Map.Entry<String, JsonNode> type = types.next();
                String mapped = clueType(type.getKey());
                if (mapped == null) {
                    continue;
                }
                for (Iterator<JsonNode> entities = type.getValue().elements();
                        entities.hasNext(); ) {
                    for (JsonNode range : entities.next()) {
                        int s = text.offsetByCodePoints(0, range.get(0).asInt());
                        int e = text.offsetByCodePoints(0, range.get(1).asInt() + 1);
                        spans.add(new Span(s, e, mapped));
                    }
                }
            }
            spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
            out.add(new Labelled(text, spans, null));
        }
        return out;
    }

    static String clueType(String label) {
        return switch (label) {
            case "name" -> PER;
            case "organization", "government", "company" -> ORG;
            case "address", "scene" -> LOC;
            default -> null;
        };
    }

    /** The texts of JSON Lines records with a {@code text} field (e.g. unlabelled CLUENER test). */
    public static List<String> jsonTexts(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (JsonNode node : jsonLines(lines)) {
            out.add(node.path("text").asText());
        }
        return out;
    }

    /** The records of a JSON Lines file, blank lines skipped; a line that is no JSON fails naming it. */
    static List<JsonNode> jsonLines(List<String> lines) {
        List<JsonNode> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new IllegalArgumentException("bad JSON line: " + line, e);
            }
        }
        return out;
    }

    /**
     * CoNLL-U: the FORM column of each sentence as its gold words; multiword-token ranges ({@code 3-4}) and
     * empty nodes ({@code 3.1}) are skipped. The text is the words joined, with a space only where MISC lacks
     * {@code SpaceAfter=No}.
     */
    public static List<Labelled> conllu(List<String> lines) {
        List<Labelled> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!words.isEmpty()) {
                    out.add(new Labelled(text.toString().strip(), List.of(), words));
                    words = new ArrayList<>();
                    text.setLength(0);
                }
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2 || cols[0].contains("-") || cols[0].contains(".")) {
                continue;
            }
            words.add(cols[1]);
            text.append(cols[1]);
            if (cols.length < 10 || !cols[9].contains("SpaceAfter=No")) {
                text.append(' ');
            }
        }
        if (!words.isEmpty()) {
            out.add(new Labelled(text.toString().strip(), List.of(), words));
        }
        return out;
    }

    /**
     * A document with reference key phrases: {@code text} laid out as an article (title line first),
     * {@code raw} exactly as the file gives it (the abstract, a space, the title).
     */
    public record KeywordDoc(String text, String raw, List<String> keywords) {}

    /**
     * CSL keyword generation TSV: {@code prompt<TAB>abstract title<TAB>kw1_kw2_...}. The record's text is the
     * abstract followed by a space and the paper's title; the document is laid out as an article is, the title
     * on its first line and the abstract below it (a text without a space is taken whole). Keywords are split
     * on {@code _}.
     */
    private static String titleFirst(String abstractAndTitle) {
        String text = abstractAndTitle.strip();
        int space = text.lastIndexOf(' ');
        if (space <= 0) {
            return text;
        }
        return text.substring(space + 1) + "\n" + text.substring(0, space).strip();
    }

    public static List<KeywordDoc> csl(List<String> lines) {
        List<KeywordDoc> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                throw new IllegalArgumentException("expected 3 tab-separated columns: " + line);
            }
            List<String> kws = new ArrayList<>();
            for (String k : cols[2].split("_")) {
                if (!k.isBlank()) {
                    kws.add(k.strip());
                }
            }
            out.add(new KeywordDoc(titleFirst(cols[1]), cols[1], kws));
        }
        return out;
    }
}
