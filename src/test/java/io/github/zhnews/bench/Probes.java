package io.github.zhnews.bench;

import io.github.zhnews.Article;
import io.github.zhnews.Feature;
import io.github.zhnews.NewsAnalysis;
import io.github.zhnews.NewsAnalyzer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Measurements JMH cannot make, printed as a table (not tests: nothing is asserted). Run from the project root
 * after {@code mvn -B -o test-compile}, with the test class path:
 * <pre>
 * CP=target/test-classes:target/classes:$(mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
 * java -cp $CP io.github.zhnews.bench.Probes first            # cold JVM to first result
 * java -Xmx4g -cp $CP io.github.zhnews.bench.Probes heap      # retained heap of the first and a further analyzer
 * java -Xmx4g -cp $CP io.github.zhnews.bench.Probes scaling 1,3,10 [news.jsonl]   # time and peak heap per char
 * java -Xmx512m -cp $CP io.github.zhnews.bench.Probes large 10 ../shared/evaldata/icwb2-sighan2005/testing/pku_test.utf8
 * </pre>
 * {@code large} analyses one document of the given millions of characters, made of the lines of a plain text
 * file of news paragraphs repeated (one paragraph a line), once, with every feature on, in a JVM of its own
 * (run it once per size, under the heap limit to be shown): wall and thread CPU seconds, the largest heap in
 * use after any garbage collection during the analysis (the live set: what the heap limit must hold), the
 * sum of the heap pools' peaks (an upper bound that depends on how lazily the collector ran), and a check
 * that every token, mention and date offset gives back its text.
 * {@code scaling} analyses news text (the {@code text} fields of a JSON Lines file, e.g.
 * ../shared/evaldata/cluener2020/test.jsonl, or the bundled articles), suffix-dense text (公司协会委员会...)
 * and punctuation-free text at each size in millions of characters, once each after a warm-up, and reports
 * microseconds and peak heap bytes per character (the sum of the heap pools' peaks, an upper bound); a stage is
 * named by re-running with the others turned off ({@code stages}: all, or some of whole, segment, entities,
 * dates, phrases); {@code -Dkinds=news,suffix-dense} picks the texts.
 */
public final class Probes {
    private Probes() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "first" -> first();
            case "heap" -> heap();
            case "large" -> large(Double.parseDouble(args[1]), Path.of(args[2]));
            case "scaling" ->
                    scaling(
                            args[1],
                            args.length > 2 ? Path.of(args[2]) : null,
                            args.length > 3 ? args[3] : "all");
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void first() {
        NewsAnalyzer a = NewsAnalyzer.create();
        NewsAnalysis r = a.analyze("拉萨市委昨天召开全委会议，研究部署下半年工作。");
        long sinceStart =
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(
                "first result %d ms after JVM start (%d organisations)%n",
                sinceStart, r.organizations().size());
    }

    private static long used() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void heap() {
        long base = used();
        long t0 = System.nanoTime();
        NewsAnalyzer a = NewsAnalyzer.create();
        long t1 = System.nanoTime();
        long one = used();
        NewsAnalyzer b = NewsAnalyzer.builder().keyPhrases(5).userWords(List.of("星河智联")).build();
        long t2 = System.nanoTime();
        long two = used();
        System.out.printf(
                "first analyzer: build %.0f ms, retained %.1f MB; a further analyzer: build %.0f ms, "
                        + "retained %.1f MB%n",
                (t1 - t0) / 1e6, (one - base) / 1e6, (t2 - t1) / 1e6, (two - one) / 1e6);
        System.out.println(a.keyPhraseCount() + b.keyPhraseCount() > 0 ? "" : "-");
    }

    private static String news(Path file, int chars) throws IOException {
        List<String> texts = new ArrayList<>();
        if (file != null) {
            for (String line : Files.readAllLines(file)) {
                int i = line.indexOf("\"text\": \"");
                int k = i < 0 ? -1 : line.indexOf('"', i + 9);
                if (k > 0) {
                    texts.add(line.substring(i + 9, k));
                }
            }
        } else {
            texts.add(AnalyzerBenchmark.read("/articles/campaign-xizang.txt"));
            texts.add(AnalyzerBenchmark.read("/articles/business-shenzhen.txt"));
        }
        StringBuilder b = new StringBuilder(chars + 1000);
        for (int i = 0; b.length() < chars; i++) {
            b.append(texts.get(i % texts.size()));
            if (i % 8 == 7) {
                b.append('\n');
            }
        }
        return b.substring(0, chars);
    }

    private static String repeat(String unit, int chars) {
        return unit.repeat(chars / unit.length() + 1).substring(0, chars);
    }

    private static void scaling(String sizes, Path newsFile, String stages) throws IOException {
        NewsAnalyzer all =
                NewsAnalyzer.builder().referenceTime(LocalDateTime.of(2023, 5, 21, 9, 39)).build();
        List<String[]> variants = new ArrayList<>();
        List<NewsAnalyzer> analyzers = new ArrayList<>();
        if (stages.equals("all") || stages.contains("whole")) {
            variants.add(new String[] {"whole"});
            analyzers.add(all);
        }
        if (stages.equals("all") || stages.contains("segment")) {
            variants.add(new String[] {"segment only"});
            analyzers.add(
                    all.without(
                            Feature.ENTITIES,
                            Feature.DATES,
                            Feature.KEY_PHRASES,
                            Feature.SUMMARY_SENTENCES));
        }
        if (stages.equals("all") || stages.contains("entities")) {
            variants.add(new String[] {"+entities"});
            analyzers.add(
                    all.without(Feature.DATES, Feature.KEY_PHRASES, Feature.SUMMARY_SENTENCES));
        }
        if (stages.equals("all") || stages.contains("dates")) {
            variants.add(new String[] {"+dates"});
            analyzers.add(
                    all.without(Feature.ENTITIES, Feature.KEY_PHRASES, Feature.SUMMARY_SENTENCES));
        }
        if (stages.equals("all") || stages.contains("phrases")) {
            variants.add(new String[] {"+phrases+summary"});
            analyzers.add(all.without(Feature.ENTITIES, Feature.DATES));
        }
        all.analyze(news(newsFile, 200_000)); // warm-up
        System.out.println(
                "| text | chars | stages | seconds | µs/char | peak heap MB | heap bytes/char |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String s : sizes.split(",")) {
            int chars = (int) (Double.parseDouble(s) * 1_000_000);
            for (String kind :
                    System.getProperty("kinds", "news,suffix-dense,no-punctuation").split(",")) {
                String text =
                        switch (kind) {
                            case "news" -> news(newsFile, chars);
                            case "suffix-dense" -> repeat("公司公司协会委员会有限公司集团党委公司协会", chars);
                            default -> news(newsFile, chars).replaceAll("[\\p{P}\\s]", "");
                        };
                text = text.length() >= chars ? text.substring(0, chars) : repeat(text, chars);
                for (int v = 0; v < analyzers.size(); v++) {
                    used();
                    resetPeaks();
                    long t0 = System.nanoTime();
                    NewsAnalysis r = analyzers.get(v).analyze(Article.of(text));
                    double sec = (System.nanoTime() - t0) / 1e9;
                    long peak = peak();
                    System.out.printf(
                            "| %s | %,d | %s | %.1f | %.2f | %.0f | %.0f |%n",
                            kind,
                            chars,
                            variants.get(v)[0],
                            sec,
                            sec * 1e6 / chars,
                            peak / 1e6,
                            (double) peak / chars);
                    if (r.tokens().isEmpty() && chars > 0) {
                        System.out.println("  (no tokens)");
                    }
                }
            }
        }
    }

    private static void large(double millions, Path paragraphs) {
        int chars = (int) (millions * 1_000_000);
        List<String> lines = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(paragraphs)) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        StringBuilder b = new StringBuilder(chars + 1000);
        for (int i = 0; b.length() < chars; i++) {
            b.append(lines.get(i % lines.size())).append('\n');
        }
        String text = b.substring(0, chars);
        b = null;
        NewsAnalyzer analyzer =
                NewsAnalyzer.builder().referenceTime(LocalDateTime.of(2023, 5, 21, 9, 39)).build();
        analyzer.analyze(text.substring(0, 200_000)); // warm-up, piecewise already
        used();
        long[] liveMax = {0};
        List<javax.management.NotificationEmitter> emitters = new ArrayList<>();
        javax.management.NotificationListener listener =
                (n, h) -> {
                    if (n.getType()
                            .equals(
                                    com.sun.management.GarbageCollectionNotificationInfo
                                            .GARBAGE_COLLECTION_NOTIFICATION)) {
                        com.sun.management.GarbageCollectionNotificationInfo info =
                                com.sun.management.GarbageCollectionNotificationInfo.from(
                                        (javax.management.openmbean.CompositeData) n.getUserData());
                        long after = 0;
                        for (java.lang.management.MemoryUsage u :
                                info.getGcInfo().getMemoryUsageAfterGc().values()) {
                            after += u.getUsed();
                        }
                        synchronized (liveMax) {
                            liveMax[0] = Math.max(liveMax[0], after);
                        }
                    }
                };
        for (java.lang.management.GarbageCollectorMXBean gc :
                ManagementFactory.getGarbageCollectorMXBeans()) {
            javax.management.NotificationEmitter e = (javax.management.NotificationEmitter) gc;
            e.addNotificationListener(listener, null, null);
            emitters.add(e);
        }
        long before = used();
        resetPeaks();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        NewsAnalysis r = analyzer.analyze(Article.of(text));
        double sec = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long peak = peak();
        long held = used() - before;
        long bad = 0;
        for (io.github.zhnews.model.Token t : r.tokens()) {
            bad += text.substring(t.start(), t.end()).equals(t.text()) ? 0 : 1;
        }
        long mentions = 0;
        for (List<io.github.zhnews.model.Entity> es :
                List.of(r.organizations(), r.people(), r.places())) {
            for (io.github.zhnews.model.Entity e : es) {
                for (io.github.zhnews.model.Mention m : e.mentions()) {
                    mentions++;
                    bad += text.substring(m.start(), m.end()).equals(m.text()) ? 0 : 1;
                }
            }
        }
        for (io.github.zhnews.model.DateMention d : r.dates()) {
            bad += text.substring(d.start(), d.end()).equals(d.text()) ? 0 : 1;
        }
        System.out.printf(
                "| %,d | %.1f | %.1f | %.2f | %.0f | %.0f | %.0f | %,d | %,d | %,d | %s | %d |%n",
                chars,
                sec,
                cpu,
                cpu * 1e6 / chars,
                liveMax[0] / 1e6,
                peak / 1e6,
                held / 1e6,
                r.tokens().size(),
                mentions,
                r.dates().size(),
                r.keyPhrases().isEmpty() ? "-" : r.keyPhrases().get(0).text(),
                bad);
        System.out.println(
                "(chars | wall s | cpu s | cpu µs/char | max heap after GC MB | pool peaks MB | result held MB"
                        + " | tokens | mentions | dates | first phrase | bad offsets) max heap "
                        + Runtime.getRuntime().maxMemory() / 1_000_000
                        + " MB");
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
