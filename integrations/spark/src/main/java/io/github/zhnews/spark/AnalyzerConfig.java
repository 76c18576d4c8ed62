package io.github.zhnews.spark;

import io.github.zhnews.BatchOptions;
import io.github.zhnews.ConfigurationException;
import io.github.zhnews.Feature;
import io.github.zhnews.NewsAnalyzer;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How the analyzer of each executor is built: the few builder settings a cluster job needs, as a small
 * serializable value that Spark ships to the executors with the task. Two equal configurations share one
 * analyzer per executor JVM ({@link ExecutorAnalyzers}). Immutable; each {@code with} method returns a new
 * configuration, checked at once.
 *
 * <pre>{@code
 * AnalyzerConfig c = AnalyzerConfig.defaults().withKeyPhrases(5).withReferenceTime(LocalDateTime.of(2024, 1, 1, 0, 0));
 * }</pre>
 */
public final class AnalyzerConfig implements Serializable {
    private static final long serialVersionUID = 1L;

    /** 0: the library's default. */
    private final int keyPhrases;
    /** 0: the library's default. */
    private final int summarySentences;
    /** null: an article without a publication time resolves its dates against the executor's clock. */
    private final LocalDateTime referenceTime;
    /** null: the library's default zone ({@link NewsAnalyzer#CHINA}); a zone id otherwise. */
    private final String zone;
    private final EnumSet<Feature> disabled;
    private final int maxChars;

    private AnalyzerConfig(int keyPhrases, int summarySentences, LocalDateTime referenceTime, String zone,
                           EnumSet<Feature> disabled, int maxChars) {
        this.keyPhrases = keyPhrases;
        this.summarySentences = summarySentences;
        this.referenceTime = referenceTime;
        this.zone = zone;
        this.disabled = disabled;
        this.maxChars = maxChars;
    }

    /**
     * The library's defaults, with the batch size limit of {@link BatchOptions#DEFAULT_MAX_CHARS} characters.
     *
     * @return the default configuration
     */
    public static AnalyzerConfig defaults() {
        return new AnalyzerConfig(0, 0, null, null, EnumSet.noneOf(Feature.class), BatchOptions.DEFAULT_MAX_CHARS);
    }

    /**
     * @param n key phrases per article, at least 1
     * @return this configuration with {@code n} key phrases
     */
    public AnalyzerConfig withKeyPhrases(int n) {
        if (n < 1) {
            throw new ConfigurationException("the number of key phrases must be at least 1, got " + n);
        }
        return new AnalyzerConfig(n, summarySentences, referenceTime, zone, disabled, maxChars);
    }

    /**
     * @param n summary sentences per article, at least 1
     * @return this configuration with {@code n} summary sentences
     */
    public AnalyzerConfig withSummarySentences(int n) {
        if (n < 1) {
            throw new ConfigurationException("the number of summary sentences must be at least 1, got " + n);
        }
        return new AnalyzerConfig(keyPhrases, n, referenceTime, zone, disabled, maxChars);
    }

    /**
     * The time that dates of an article without a publication time are resolved against; without it they are
     * resolved against each executor's clock, so a job over undated articles is repeatable only with one.
     *
     * @param time the reference time, in the articles' zone
     * @return this configuration with that reference time
     */
    public AnalyzerConfig withReferenceTime(LocalDateTime time) {
        return new AnalyzerConfig(keyPhrases, summarySentences, Objects.requireNonNull(time, "time"), zone,
                disabled, maxChars);
    }

    /**
     * @param zoneId the time zone of articles that name none
     * @return this configuration with that zone
     */
    public AnalyzerConfig withZone(ZoneId zoneId) {
        return new AnalyzerConfig(keyPhrases, summarySentences, referenceTime,
                Objects.requireNonNull(zoneId, "zone").getId(), disabled, maxChars);
    }

    /**
     * @param feature a stage to switch off
     * @return this configuration without that stage
     */
    public AnalyzerConfig without(Feature feature) {
        EnumSet<Feature> d = EnumSet.copyOf(disabled);
        d.add(Objects.requireNonNull(feature, "feature"));
        return new AnalyzerConfig(keyPhrases, summarySentences, referenceTime, zone, d, maxChars);
    }

    /**
     * @param n the longest text analysed, in characters; a longer one gets a {@code TooLarge} error row
     * @return this configuration with that limit
     */
    public AnalyzerConfig withMaxChars(int n) {
        if (n < 1) {
            throw new ConfigurationException("the document size limit must be positive, got " + n);
        }
        return new AnalyzerConfig(keyPhrases, summarySentences, referenceTime, zone, disabled, n);
    }

    /** @return the longest text analysed, in characters */
    public int maxChars() {
        return maxChars;
    }

    /** @return the stages switched off */
    public Set<Feature> disabled() {
        return Set.copyOf(disabled);
    }

    /**
     * Builds the analyzer this configuration describes (loading its models: a few seconds and about 160 MB of
     * heap). Executors call it through {@link ExecutorAnalyzers}, once per JVM.
     *
     * @return a new analyzer
     * @throws ConfigurationException when the configuration is refused by the builder
     */
    public NewsAnalyzer build() {
        NewsAnalyzer.Builder b = NewsAnalyzer.builder();
        if (keyPhrases > 0) {
            b.keyPhrases(keyPhrases);
        }
        if (summarySentences > 0) {
            b.summarySentences(summarySentences);
        }
        if (referenceTime != null) {
            b.referenceTime(referenceTime);
        }
        if (zone != null) {
            b.zone(ZoneId.of(zone));
        }
        for (Feature f : disabled) {
            b.without(f);
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnalyzerConfig c && keyPhrases == c.keyPhrases
                && summarySentences == c.summarySentences && Objects.equals(referenceTime, c.referenceTime)
                && Objects.equals(zone, c.zone) && disabled.equals(c.disabled) && maxChars == c.maxChars;
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyPhrases, summarySentences, referenceTime, zone, disabled, maxChars);
    }

    @Override
    public String toString() {
        return "AnalyzerConfig[keyPhrases=" + (keyPhrases == 0 ? "default" : keyPhrases) + ", summarySentences="
                + (summarySentences == 0 ? "default" : summarySentences) + ", referenceTime="
                + (referenceTime == null ? "clock" : referenceTime) + ", zone=" + (zone == null ? "default" : zone)
                + ", without=" + disabled + ", maxChars=" + maxChars + "]";
    }
}
