package io.github.zhnews.internal.document;

import io.github.zhnews.model.Token;
import io.github.zhnews.internal.text.ArticleLayout;
import io.github.zhnews.internal.text.ArticleParser;
import io.github.zhnews.internal.text.SentenceSplitter;
import io.github.zhnews.internal.text.TextNormalizer;
import io.github.zhnews.internal.text.TextSpan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Prepares the {@link Document}: normalise, parse the page layout, split sentences, segment, find the title and
 * lead, each exactly once. Immutable and thread-safe.
 */
public final class DocumentPreparer {
    private final TextNormalizer normalizer = new TextNormalizer();
    private final ArticleParser parser = new ArticleParser(normalizer);
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Segmenter segmenter;

    public DocumentPreparer(Segmenter segmenter) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    }

    /** The document of {@code input}; never fails on the content of the text. */
    public Document prepare(String input) {
        String text = normalizer.normalize(input);
        ArticleLayout layout = parser.parse(input, text);
        List<Token> tokens = segmenter.segment(text, splitter.split(text));
        List<Token> content = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (!layout.isBoilerplate(t.start(), t.end())) {
                content.add(t);
            }
        }
        TextSpan title = layout.titleSpan();
        Set<TextSpan> headings = new HashSet<>(layout.headings());
        List<TextSpan> sentences = new ArrayList<>();
        TextSpan firstParagraph = null;
        int paragraphs = 0;
        for (TextSpan line : layout.body()) {
            List<TextSpan> split = splitter.split(text, line.start(), line.end());
            sentences.addAll(split);
            if (!line.equals(title) && !headings.contains(line) && !split.isEmpty()) {
                paragraphs++;
                if (firstParagraph == null) {
                    firstParagraph = line;
                }
            }
        }
        TextSpan lead = firstParagraph;
        if (paragraphs == 1) {
            lead = splitter.split(text, firstParagraph.start(), firstParagraph.end()).get(0);
        }
        return new Document(input, text, layout, sentences, tokens, content, title, layout.headings(), lead);
    }
}
