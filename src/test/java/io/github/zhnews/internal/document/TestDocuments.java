package io.github.zhnews.internal.document;

import io.github.zhnews.internal.segment.NewsSegmenter;
import io.github.zhnews.internal.segment.UserDictionary;
import io.github.zhnews.model.Entity;
import io.github.zhnews.model.EntityType;
import io.github.zhnews.model.Mention;
import java.util.ArrayList;
import java.util.List;

/** Prepared documents for the stage tests, as the pipeline prepares them. */
public final class TestDocuments {
    private static final DocumentPreparer PLAIN =
            new DocumentPreparer(new NewsSegmenter(UserDictionary.empty()));

    private TestDocuments() {}

    /** The document of {@code text} with the plain segmenter (no user words). */
    public static Document of(String text) {
        return PLAIN.prepare(text);
    }

    /** The document of {@code text} read by the given segmenter. */
    public static Document of(String text, Segmenter segmenter) {
        return new DocumentPreparer(segmenter).prepare(text);
    }

    /** Each name as a person mentioned wherever it occurs in {@code text}, for stages that read the names. */
    public static List<Entity> names(String text, String... names) {
        List<Entity> out = new ArrayList<>();
        for (String name : names) {
            List<Mention> mentions = new ArrayList<>();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                mentions.add(new Mention(name, at, at + name.length()));
            }
            out.add(new Entity(name, EntityType.PERSON, null, mentions));
        }
        return out;
    }
}
