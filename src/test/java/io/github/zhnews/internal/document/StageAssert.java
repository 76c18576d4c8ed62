package io.github.zhnews.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.zhnews.internal.text.TextSpan;
import io.github.zhnews.model.DateMention;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.Mention;
import io.github.zhnews.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks what a stage found, surface, offsets and tag together, in the manner of Lucene's
 * {@code assertTokenStreamContents}: each expected item is written {@code surface@start-end/tag}, for example
 * {@code 主题教育@8-12/nz} for a word, {@code 下周@0-2/DATE} for a date or {@code 组织部@9-12/ORGANIZATION:party}
 * for an organisation's mention. Before comparing, every found item must be the text's own characters at its
 * offsets, so a wrong offset fails even where the expectation is wrong too.
 */
public final class StageAssert {
    private StageAssert() {}

    /** The words, each with its part of speech as the tag. */
    public static void assertTokens(String text, List<Token> tokens, String... expected) {
        List<String> found = new ArrayList<>();
        for (Token t : tokens) {
            found.add(item(text, t.text(), t.start(), t.end(), t.pos()));
        }
        assertItems(expected, found);
    }

    /** The dates, each with its type as the tag. */
    public static void assertDates(String text, List<DateMention> dates, String... expected) {
        List<String> found = new ArrayList<>();
        for (DateMention d : dates) {
            found.add(item(text, d.text(), d.start(), d.end(), d.type().name()));
        }
        assertItems(expected, found);
    }

    /**
     * Every mention of the entities, in text order, each tagged with its entity's type and, for an organisation,
     * its kind ({@code ORGANIZATION:party}).
     */
    public static void assertMentions(String text, List<Entity> entities, String... expected) {
        List<Mention> all = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                all.add(m);
                tags.add(e.type().name() + (e.kind() == null ? "" : ":" + e.kind().id()));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(all.get(a).start(), all.get(b).start()));
        List<String> found = new ArrayList<>();
        for (int i : order) {
            Mention m = all.get(i);
            found.add(item(text, m.text(), m.start(), m.end(), tags.get(i)));
        }
        assertItems(expected, found);
    }

    /** Spans of the text (sentences), tagged with what the caller names them. */
    public static void assertSpans(
            String text, List<TextSpan> spans, String tag, String... expected) {
        List<String> found = new ArrayList<>();
        for (TextSpan s : spans) {
            found.add(item(text, s.of(text), s.start(), s.end(), tag));
        }
        assertItems(expected, found);
    }

    private static String item(String text, String surface, int start, int end, String tag) {
        if (start < 0 || end > text.length() || start > end) {
            fail(
                    "offsets ["
                            + start
                            + ", "
                            + end
                            + ") of '"
                            + surface
                            + "' outside a text of "
                            + text.length());
        }
        if (!text.substring(start, end).equals(surface)) {
            fail(
                    "'"
                            + surface
                            + "' at ["
                            + start
                            + ", "
                            + end
                            + ") but the text there is '"
                            + text.substring(start, end)
                            + "'");
        }
        return surface + "@" + start + "-" + end + "/" + tag;
    }

    private static void assertItems(String[] expected, List<String> found) {
        assertEquals(String.join("  ", expected), String.join("  ", found));
    }
}
