package io.github.zhnews.segment;

import io.github.zhnews.resources.ResourceException;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Words a user adds to one analyzer, each with an optional part of speech.
 *
 * <p>File format: UTF-8, one entry per line, {@code word} or {@code word<whitespace>pos}
 * (for example {@code 星河智联 nt}); blank lines and lines starting with {@code #} are ignored.
 * A word tagged {@code nt} is also taken as an organisation name.
 */
public record UserDictionary(List<Entry> entries) {
    private static final Pattern POS = Pattern.compile("[a-zA-Z]{1,6}");

    /** One word and its part of speech ({@code nz} when none is given). */
    public record Entry(String word, String pos) {
    }

    public UserDictionary {
        entries = List.copyOf(entries);
    }

    public static UserDictionary empty() {
        return new UserDictionary(List.of());
    }

    /** Words given in code; each gets the part of speech {@code nz}. */
    public static UserDictionary ofWords(Collection<String> words) {
        List<Entry> out = new ArrayList<>();
        for (String w : words) {
            if (w == null || w.isBlank()) {
                throw new ResourceException("user dictionary words must not be null or blank");
            }
            out.add(new Entry(w.strip(), "nz"));
        }
        return new UserDictionary(out);
    }

    /** Reads a dictionary file; a missing, unreadable or malformed file is a {@link ResourceException}. */
    public static UserDictionary read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ResourceException("user dictionary file not found: " + file);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new ResourceException("user dictionary is not UTF-8: " + file, e);
        } catch (IOException e) {
            throw new ResourceException("cannot read user dictionary " + file + ": " + e.getMessage(), e);
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length > 2 || (parts.length == 2 && !POS.matcher(parts[1]).matches())) {
                throw new ResourceException(String.format(
                        "user dictionary %s line %d: expected 'word' or 'word pos', got '%s'", file, i + 1, line));
            }
            out.add(new Entry(parts[0], parts.length == 2 ? parts[1] : "nz"));
        }
        return new UserDictionary(out);
    }

    /** This dictionary followed by another. */
    public UserDictionary plus(UserDictionary other) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new UserDictionary(all);
    }
}
