package io.github.zhnews.internal.cli;

import io.github.zhnews.Article;
import io.github.zhnews.NewsAnalysis;
import io.github.zhnews.NewsAnalyzer;
import io.github.zhnews.InvalidRecordException;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.KeyPhrase;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a batch worker does with one input record: parse it, check its size, analyse it and write its output
 * line (JSON, or a CSV row of the flat fields), or the error line that takes its place. Thread-safe.
 */
final class RecordJob {
    /** Output formats. */
    enum Format { JSONL, CSV }

    /** One output line, and the error type when it is an error record. */
    record Out(String line, String errorType, long chars) {
        boolean ok() {
            return errorType == null;
        }
    }

    /**
     * How a record's output line is written: its analysis, or the error record in its place, each as one
     * string without its line end. The batch's own JSON Lines and CSV are {@link #of(Format, boolean)}.
     */
    interface Renderer {
        /** The output of an analysed record. */
        String result(NewsAnalysis analysis);

        /** The error record of a record that gave no analysis. */
        String error(String id, long line, String type, String message);

        /** The batch's formats: JSON Lines (with or without tokens) or its flat CSV. */
        static Renderer of(Format format, boolean tokens) {
            return format == Format.JSONL ? new Renderer() {
                @Override
                public String result(NewsAnalysis analysis) {
                    return analysis.toJson(tokens);
                }

                @Override
                public String error(String id, long line, String type, String message) {
                    return Records.error(id, line, type, message);
                }
            } : new Renderer() {
                @Override
                public String result(NewsAnalysis analysis) {
                    return csv(analysis);
                }

                @Override
                public String error(String id, long line, String type, String message) {
                    return csvRow(id, type + ": " + message, null, null, null, "", "", "", "", "", "");
                }
            };
        }
    }

    static final String CSV_HEADER = "id,error,title,source,publishedAt,keyPhrases,organizations,people,places,"
            + "dates,summary";

    private final NewsAnalyzer analyzer;
    private final Temporal reference;
    private final Renderer renderer;
    private final int maxChars;

    RecordJob(NewsAnalyzer analyzer, Temporal reference, boolean tokens, Format format, int maxChars) {
        this(analyzer, reference, Renderer.of(format, tokens), maxChars);
    }

    RecordJob(NewsAnalyzer analyzer, Temporal reference, Renderer renderer, int maxChars) {
        this.analyzer = analyzer;
        this.reference = reference;
        this.renderer = renderer;
        this.maxChars = maxChars;
    }

    /** The largest JSON line worth reading for this size limit (escapes take up to 6 bytes a char). */
    static int maxLineBytes(int maxChars) {
        return (int) Math.min(Integer.MAX_VALUE - 64, 6L * maxChars + 65_536);
    }

    Out apply(BatchInput.Raw r) {
        if (r.error() != null) {
            String id = r.error().text() == null ? null : Records.idOf(r.error().text());
            return error(id, r.line(), r.error().errorType(), r.error().errorMessage());
        }
        Article article;
        if (r.file() != null) {
            try {
                long size = Files.size(r.file());
                if (size > 4L * maxChars + 4) {
                    return error(r.id(), 0, "TooLarge", "the file is " + size + " bytes, over the limit of "
                            + maxChars + " characters");
                }
                String text = strictUtf8(Files.readAllBytes(r.file()));
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                article = Article.of(text).id(r.id());
            } catch (CharacterCodingException e) {
                return error(r.id(), 0, "InvalidUtf8", "the file is not valid UTF-8");
            } catch (IOException e) {
                return error(r.id(), 0, "UnreadableInput", describe(e));
            }
        } else {
            try {
                article = Article.fromJson(r.json());
            } catch (InvalidRecordException e) {
                return error(e.id().orElseGet(() -> Records.idOf(r.json())), r.line(), "InvalidRecord",
                        e.getMessage());
            }
        }
        if (reference != null && article.publishedAt().isEmpty()) {
            article = article.publishedAt(reference);
        }
        int chars = article.text().length();
        if (chars > maxChars) {
            return error(article.id().orElse(null), r.line(), "TooLarge", "the document has " + chars
                    + " characters, over the limit of " + maxChars + " (raise it with --max-chars)");
        }
        NewsAnalysis a = analyzer.analyze(article);
        return new Out(renderer.result(a), null, chars);
    }

    /** The error line of a record whose work threw. */
    Out failure(BatchInput.Raw r, Throwable e) {
        String type = e instanceof OutOfMemoryError ? "OutOfMemory" : "AnalysisFailed";
        return error(idOf(r), r.line(), type, describe(e));
    }

    /** The error line of a record abandoned after the time budget. */
    Out timeout(BatchInput.Raw r, Duration budget) {
        return error(idOf(r), r.line(), "TimeBudgetExceeded", "the analysis took longer than the time budget of "
                + budget.toMillis() + " ms and was abandoned (raise it with --time-budget)");
    }

    /** The id of a raw record, as its output line names it. */
    static String idOf(BatchInput.Raw r) {
        if (r.id() != null) {
            return r.id();
        }
        String json = r.json() != null ? r.json() : r.error() != null ? r.error().text() : null;
        return json == null ? null : Records.idOf(json);
    }

    /** The id an output line names (the first CSV column, or the JSON field). */
    static String idOfOutput(String line, Format format) {
        if (format == Format.JSONL) {
            return Records.idOf(line);
        }
        if (line.startsWith("\"")) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        b.append('"');
                        i++;
                        continue;
                    }
                    break;
                }
                b.append(c);
            }
            return b.length() == 0 ? null : b.toString();
        }
        return null;
    }

    Out error(String id, long line, String type, String message) {
        return new Out(renderer.error(id, line, type, message), type, 0);
    }

    private static String csv(NewsAnalysis a) {
        return csvRow(a.id().orElse(null), null, a.summary().title(), a.summary().source(),
                a.summary().publishedAt() == null ? null : a.summary().publishedAt().toString(),
                a.keyPhrases().stream().map(KeyPhrase::text).collect(Collectors.joining(";")),
                names(a.organizations()), names(a.people()), names(a.places()),
                a.dates().stream().map(d -> d.value() == null ? d.text() : d.text() + "=" + d.value())
                        .collect(Collectors.joining(";")),
                String.join(" ", a.summary().sentences()));
    }

    private static String names(List<Entity> entities) {
        return entities.stream().map(Entity::name).collect(Collectors.joining(";"));
    }

    /** One CSV row: every field quoted, line breaks turned into spaces so that a record is one line. */
    private static String csvRow(String... fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            String f = fields[i];
            if (f != null) {
                b.append('"').append(f.replace("\"", "\"\"").replace('\r', ' ').replace('\n', ' ')
                        .replace('\u2028', ' ').replace('\u2029', ' ')).append('"');
            }
        }
        return replaceLoneSurrogates(b);
    }

    /** CSV has no escapes: a lone surrogate, which UTF-8 cannot hold, becomes U+FFFD. */
    private static String replaceLoneSurrogates(StringBuilder b) {
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < b.length() && Character.isLowSurrogate(b.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                b.setCharAt(i, '\uFFFD');
            }
        }
        return b.toString();
    }

    static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
