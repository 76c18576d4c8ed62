package io.github.zhnews.internal.eval;

/**
 * The tenth of CLUENER2020 train that training leaves out, so that evaluation has CLUENER text the model never
 * saw: a sentence is held out when the hash of its characters (whitespace removed, so the character-per-line
 * training file and the JSON file agree) is 0 modulo 10. {@link String#hashCode()} is specified, so the split
 * is the same on every JVM.
 */
public final class CluenerHoldOut {
    private CluenerHoldOut() {}

    public static boolean isHeldOut(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
        return Math.floorMod(b.toString().hashCode(), 10) == 0;
    }
}
