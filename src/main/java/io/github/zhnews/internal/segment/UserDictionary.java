package io.github.zhnews.internal.segment;

import io.github.zhnews.internal.resources.ModelResources;
import io.github.zhnews.internal.resources.ResourceException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Words a user adds to one analyzer, each with an optional part of speech.
 *
 * <p>File format: UTF-8 without a byte-order mark, one entry per line, {@code word} or
 * {@code word<whitespace>pos} (for example {@code 星河智联 nt}); any Unicode space separates the two, the
 * ideographic space U+3000 included; blank lines and lines starting with {@code #} are ignored. The part of
 * speech must be one of HanLP's tags exactly as HanLP spells them ({@code models/pos-tags.txt}: {@code nt},
 * not {@code NT}). A word tagged {@code nt} is also taken as an organisation name. A word is at most
 * {@value #MAX_WORD_LENGTH} characters, with no control or invisible format characters.
 *
 * <p>Every fault is a {@link ResourceException} naming the file, the line and the reason; nothing is
 * registered anywhere (an unknown tag never reaches HanLP's JVM-wide tag table).
 */
public record UserDictionary(List<Entry> entries) {
    /** The longest word a dictionary may hold, in chars. */
    public static final int MAX_WORD_LENGTH = 100;

    private static final Pattern SPACES =
            Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);

    /** One word and its part of speech ({@code nz} when none is given); both are checked here. */
    public record Entry(String word, String pos) {
        public Entry {
            checkWord(word);
            checkTag(pos);
        }
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
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ResourceException(
                    "cannot read user dictionary " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF) {
            throw fault(
                    file,
                    1,
                    "the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without one");
        }
        String text = decode(file, bytes);
        String[] lines = text.split("\r?\n", -1);
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = SPACES.matcher(lines[i]).replaceAll(" ").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" ");
            if (parts.length > 2) {
                throw fault(
                        file,
                        i + 1,
                        "expected 'word' or 'word pos', got "
                                + parts.length
                                + " fields: '"
                                + shorten(line)
                                + "'");
            }
            try {
                out.add(new Entry(parts[0], parts.length == 2 ? parts[1] : "nz"));
            } catch (ResourceException e) {
                throw fault(file, i + 1, e.getMessage());
            }
        }
        return new UserDictionary(out);
    }

    /** This dictionary followed by another. */
    public UserDictionary plus(UserDictionary other) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new UserDictionary(all);
    }

    /** Strict UTF-8; a bad byte is reported with its line. */
    private static String decode(Path file, byte[] bytes) {
        CharsetDecoder d =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = d.decode(in, out, true);
        if (!r.isError()) {
            r = d.flush(out);
        }
        if (r.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw fault(
                    file,
                    line,
                    "not valid UTF-8 (byte "
                            + (in.position() + 1)
                            + " of the file); save it as UTF-8");
        }
        out.flip();
        return out.toString();
    }

    private static ResourceException fault(Path file, int line, String reason) {
        return new ResourceException("user dictionary " + file + " line " + line + ": " + reason);
    }

    private static void checkWord(String word) {
        if (word == null || word.isBlank()) {
            throw new ResourceException("a user dictionary word must not be null or blank");
        }
        if (word.length() > MAX_WORD_LENGTH) {
            throw new ResourceException(
                    "the word '"
                            + shorten(word)
                            + "' is "
                            + word.length()
                            + " characters long, over the limit of "
                            + MAX_WORD_LENGTH);
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT) {
                throw new ResourceException(
                        String.format(
                                "the word '%s' holds the invisible character U+%04X",
                                shorten(word), (int) c));
            }
        }
    }

    private static void checkTag(String pos) {
        if (pos == null) {
            throw new ResourceException("a part of speech must not be null");
        }
        if (Tags.KNOWN.contains(pos)) {
            return;
        }
        for (String known : Tags.KNOWN) {
            if (known.equalsIgnoreCase(pos)) {
                throw new ResourceException(
                        "unknown part of speech '"
                                + pos
                                + "': tags are case-sensitive, "
                                + "did you mean '"
                                + known
                                + "'?");
            }
        }
        String nearest = nearestTag(pos);
        throw new ResourceException(
                "unknown part of speech '"
                        + shorten(pos)
                        + "': "
                        + (nearest == null ? "" : "did you mean '" + nearest + "'? ")
                        + "use one of HanLP's tags ("
                        + "n, nr, ns, nt, nz, v, vn, a, ...; the full list is models/pos-tags.txt)");
    }

    /** The known tag one edit away from a mistyped one (nx for nz), when exactly one is that close. */
    private static String nearestTag(String pos) {
        if (pos.length() > 8) {
            return null;
        }
        LevenshteinDistance oneEdit = new LevenshteinDistance(1);
        String found = null;
        for (String known : Tags.KNOWN.stream().sorted().toList()) {
            if (oneEdit.apply(pos, known) >= 0) {
                if (found != null) {
                    return null; // two tags as close: no guess
                }
                found = known;
            }
        }
        return found;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** The fixed list of tags, loaded once. */
    private static final class Tags {
        static final Set<String> KNOWN = load();

        private static Set<String> load() {
            Set<String> tags = Set.copyOf(ModelResources.lines("pos-tags.txt"));
            if (!tags.contains("nt") || !tags.contains("nz")) {
                throw new ResourceException("models/pos-tags.txt is broken: it lacks nt or nz");
            }
            return tags;
        }
    }
}
