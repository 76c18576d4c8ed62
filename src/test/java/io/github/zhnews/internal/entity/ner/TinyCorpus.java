package io.github.zhnews.internal.entity.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code /ner/tiny-train.txt}: our own sentences with names marked {@code [TYPE text]}. */
public final class TinyCorpus {
    private static final Pattern NAME = Pattern.compile("\\[(PER|LOC|ORG) ([^\\]]+)]");

    /** A sentence, its text and its names as {start, end} with types. */
    public record Marked(String text, List<int[]> spans, List<String> types) {
        public NerTrainer.Sentence sentence() {
            return NerTrainer.Sentence.of(text, spans, types);
        }

        /** The sentence in char-BIO lines, as the training files have it. */
        public String bio() {
            String[] tags = new String[text.length()];
            java.util.Arrays.fill(tags, "O");
            for (int i = 0; i < spans.size(); i++) {
                int[] s = spans.get(i);
                for (int k = s[0]; k < s[1]; k++) {
                    tags[k] = (k == s[0] ? "B-" : "I-") + types.get(i);
                }
            }
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < text.length(); k++) {
                b.append(text.charAt(k)).append(' ').append(tags[k]).append('\n');
            }
            return b.append('\n').toString();
        }
    }

    private TinyCorpus() {}

    public static List<Marked> read() {
        try (InputStream in = TinyCorpus.class.getResourceAsStream("/ner/tiny-train.txt")) {
            List<Marked> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                List<int[]> spans = new ArrayList<>();
                List<String> types = new ArrayList<>();
                Matcher m = NAME.matcher(line.strip());
                int last = 0;
                while (m.find()) {
                    text.append(line.strip(), last, m.start());
                    spans.add(new int[] {text.length(), text.length() + m.group(2).length()});
                    types.add(m.group(1));
                    text.append(m.group(2));
                    last = m.end();
                }
                text.append(line.strip().substring(last));
                out.add(new Marked(text.toString(), spans, types));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
