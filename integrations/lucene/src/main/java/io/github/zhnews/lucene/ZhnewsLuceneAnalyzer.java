package io.github.zhnews.lucene;

import io.github.zhnews.Feature;
import io.github.zhnews.NewsAnalyzer;
import io.github.zhnews.WordStandard;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;

import java.util.Objects;

/**
 * A Lucene {@link Analyzer} on zhnews words: {@link ZhnewsTokenizer} then lower-casing (for Latin words).
 * Thread-safe, like the {@link NewsAnalyzer} it holds; build one and share it.
 *
 * <pre>{@code
 * Analyzer analyzer = new ZhnewsLuceneAnalyzer();                       // words and names
 * IndexWriterConfig config = new IndexWriterConfig(analyzer);
 * }</pre>
 */
public final class ZhnewsLuceneAnalyzer extends Analyzer {
    private final NewsAnalyzer zhnews;

    /**
     * Words and names with zhnews's defaults, but a date's number apart from its unit ({@link WordStandard#UD}:
     * 2023 年, so that a search for 2023 finds 2023年); dates, key phrases and summaries are not computed.
     */
    public ZhnewsLuceneAnalyzer() {
        this(NewsAnalyzer.builder().without(Feature.DATES, Feature.KEY_PHRASES, Feature.SUMMARY_SENTENCES)
                .wordStandard(WordStandard.UD).build());
    }

    /** @param zhnews a configured analyzer (for example with a user dictionary) */
    public ZhnewsLuceneAnalyzer(NewsAnalyzer zhnews) {
        this.zhnews = Objects.requireNonNull(zhnews, "zhnews");
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        ZhnewsTokenizer tokenizer = new ZhnewsTokenizer(zhnews);
        TokenStream stream = new LowerCaseFilter(tokenizer);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
