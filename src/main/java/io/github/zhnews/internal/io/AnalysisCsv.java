package io.github.zhnews.internal.io;

import io.github.zhnews.model.AnalysisRecord;
import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.KeyPhrase;
import io.github.zhnews.model.NewsTime;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The per-article CSV: one row per article (or per failed record), flat columns, documented in the README
 * ("CSV output") and in {@link #COLUMNS}. Lists are joined with {@value Csv#SEPARATOR}; see {@link Csv} for
 * quoting and formula neutralisation.
 */
public final class AnalysisCsv implements Closeable, Flushable {
    /** The columns, in order. */
    public static final List<String> COLUMNS =
            List.of(
                    "id",
                    "line",
                    "error_type",
                    "error_message",
                    "title",
                    "source",
                    "published_at",
                    "editor",
                    "zone",
                    "reference_time",
                    "key_phrases",
                    "organizations",
                    "organization_kinds",
                    "people",
                    "places",
                    "dates",
                    "date_values",
                    "lead",
                    "summary",
                    "headings");

    private final Csv csv;

    private AnalysisCsv(Csv csv) {
        this.csv = csv;
    }

    /** A writer of the per-article CSV; the header is written with the first row. */
    public static AnalysisCsv open(Writer out, boolean byteOrderMark) throws IOException {
        return new AnalysisCsv(Csv.open(out, COLUMNS, byteOrderMark));
    }

    /** One article's row. */
    public void write(AnalysisRecord a) throws IOException {
        csv.row(
                a.id(),
                null,
                null,
                null,
                a.title(),
                a.source(),
                text(a.publishedAt()),
                a.editor(),
                a.zone(),
                text(a.referenceTime()),
                Csv.join(a.keyPhrases().stream().map(KeyPhrase::text).toList()),
                names(a.organizations()),
                Csv.join(a.organizations().stream().map(e -> e.kind().id()).toList()),
                names(a.people()),
                names(a.places()),
                Csv.join(a.dates().stream().map(DateMention::text).toList()),
                Csv.join(a.dates().stream().map(d -> d.value() == null ? "" : d.value()).toList()),
                a.lead(),
                String.join("", a.summary()),
                Csv.join(a.headings()));
    }

    /** The row of a record that failed: its id, input line (when positive) and the error. */
    public void writeError(String id, long line, String type, String message) throws IOException {
        Object[] row = new Object[COLUMNS.size()];
        row[0] = id;
        row[1] = line > 0 ? line : null;
        row[2] = type;
        row[3] = message;
        csv.row(row);
    }

    private static String names(List<Entity> entities) {
        return Csv.join(entities.stream().map(Entity::name).toList());
    }

    private static String text(NewsTime t) {
        return t == null ? null : t.toString();
    }

    @Override
    public void flush() throws IOException {
        csv.flush();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
