package io.github.zhnews.internal.document;

import io.github.zhnews.internal.text.ArticleLayout;
import io.github.zhnews.internal.text.ArticleParser;
import io.github.zhnews.internal.text.SentenceSplitter;
import io.github.zhnews.internal.text.TextNormalizer;
import io.github.zhnews.internal.text.TextSpan;
import io.github.zhnews.model.Token;
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
        return new Document(
                input, text, layout, sentences, tokens, content, title, layout.headings(), lead);
    }

    /**
     * A whole input normalised and its page layout parsed, to be prepared piece by piece ({@link #piece}):
     * for a text too long to hold every word of at once.
     *
     * @param input  the text as the caller gave it
     * @param text   its normalised form
     * @param layout the layout of the whole page
     * @param lead   the lead, as {@link Document#lead()} would give it for the whole text, or null
     */
    public record Page(String input, String text, ArticleLayout layout, TextSpan lead) {
        public Page {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(layout, "layout");
        }
    }

    /** The page of {@code input}: normalised once, its layout parsed once, its lead found. */
    public Page page(String input) {
        String text = normalizer.normalize(input);
        ArticleLayout layout = parser.parse(input, text);
        TextSpan title = layout.titleSpan();
        Set<TextSpan> headings = new HashSet<>(layout.headings());
        TextSpan first = null;
        boolean more = false;
        for (TextSpan line : layout.body()) {
            if (line.equals(title)
                    || headings.contains(line)
                    || splitter.split(text, line.start(), line.end()).isEmpty()) {
                continue;
            }
            if (first != null) {
                more = true;
                break;
            }
            first = line;
        }
        TextSpan lead =
                first == null || more
                        ? first
                        : splitter.split(text, first.start(), first.end()).get(0);
        return new Page(input, text, layout, lead);
    }

    /**
     * The document of the piece {@code [from, to)} of a page, every offset relative to {@code from}: its
     * layout the page's clipped to the piece, the title and lead only when they lie inside it. A piece cut
     * where {@link PieceCutter} cuts (a paragraph or sentence end) gives the sentences and words the whole
     * text would have there.
     */
    public Document piece(Page page, int from, int to) {
        String input = page.input().substring(from, to);
        String text = page.text().substring(from, to);
        ArticleLayout layout = page.layout().within(from, to);
        List<Token> tokens = segmenter.segment(text, splitter.split(text));
        List<Token> content = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (!layout.isBoilerplate(t.start(), t.end())) {
                content.add(t);
            }
        }
        List<TextSpan> sentences = new ArrayList<>();
        for (TextSpan line : layout.body()) {
            sentences.addAll(splitter.split(text, line.start(), line.end()));
        }
        TextSpan lead =
                page.lead() != null && from <= page.lead().start() && page.lead().end() <= to
                        ? new TextSpan(page.lead().start() - from, page.lead().end() - from)
                        : null;
        return new Document(
                input,
                text,
                layout,
                sentences,
                tokens,
                content,
                layout.titleSpan(),
                layout.headings(),
                lead);
    }
}
