package io.github.zhnews.internal.segment;

import io.github.zhnews.internal.resources.ModelResources;
import io.github.zhnews.internal.resources.ResourceException;
import io.github.zhnews.internal.resources.WordLists;
import io.github.zhnews.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Person names as the Peking University standard writes them: a {@code nr} token of two to four characters that
 * opens with a surname of {@code surnames.txt} (a compound one first: 欧阳) becomes the surname and the given
 * name, both {@code nr}, unless it has three or more characters, all of them such as transliterate foreign names
 * (罗林斯). Immutable; the surnames are read once per JVM.
 */
public final class PkuNames {
    private PkuNames() {}

    /** Characters of transliterated names: a name of three or more of them stays whole (罗林斯). */
    private static final WordLists.CharSet FOREIGN =
            WordLists.chars("lists/person-transliteration.tsv", "foreign");

    private static final class Surnames {
        static final Set<String> ALL = read();

        private static Set<String> read() {
            Set<String> names = new HashSet<>();
            for (String line : ModelResources.lines("surnames.txt")) {
                for (String s : line.split("\\s+")) {
                    if (!s.isEmpty()) {
                        names.add(s);
                    }
                }
            }
            return Set.copyOf(names);
        }
    }

    /** Reads the surnames now, so that a damaged file fails when an analyzer is built. */
    public static void load() {
        if (Surnames.ALL.isEmpty()) {
            throw new ResourceException("zhnews model file surnames.txt lists no surname");
        }
    }

    /** The tokens with each Chinese person's name cut after its surname; the list itself when none is. */
    public static List<Token> split(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int cut = surnameLength(t);
            if (cut > 0 && out == null) {
                out = new ArrayList<>(tokens.size() + 8);
                out.addAll(tokens.subList(0, i));
            }
            if (cut > 0) {
                String w = t.text();
                out.add(new Token(w.substring(0, cut), "nr", t.start(), t.start() + cut));
                out.add(new Token(w.substring(cut), "nr", t.start() + cut, t.end()));
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out;
    }

    /** The length of the surname that opens a person's name token, or 0 when it is no such name. */
    private static int surnameLength(Token t) {
        String w = t.text();
        if (!t.pos().equals("nr")
                || w.length() < 2
                || w.length() > 4
                || w.length() != t.end() - t.start()) {
            return 0;
        }
        int cut =
                w.length() >= 3 && Surnames.ALL.contains(w.substring(0, 2))
                        ? 2
                        : Surnames.ALL.contains(w.substring(0, 1)) ? 1 : 0;
        if (cut == 0) {
            return 0;
        }
        if (w.length() < 3) {
            return cut;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!FOREIGN.contains(w.charAt(i))) {
                return cut;
            }
        }
        return 0; // 罗林斯, 巴拉克: a transliterated name
    }
}
