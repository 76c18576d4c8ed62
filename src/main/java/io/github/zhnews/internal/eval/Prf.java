package io.github.zhnews.internal.eval;

/**
 * Counts behind precision, recall and F1: {@code correct} matches among {@code predicted} predictions and
 * {@code gold} gold items.
 *
 * <p>Empty cases are defined, never NaN: with nothing in the gold and nothing predicted, precision, recall
 * and F1 are all 1 (nothing to find, nothing found); with an empty side otherwise, the undefined ratio is 0.
 */
public record Prf(long correct, long predicted, long gold) {
    public Prf {
        if (correct < 0 || correct > predicted || correct > gold) {
            throw new IllegalArgumentException(
                    "inconsistent counts " + correct + "/" + predicted + "/" + gold);
        }
    }

    public static final Prf EMPTY = new Prf(0, 0, 0);

    public Prf plus(Prf o) {
        return new Prf(correct + o.correct, predicted + o.predicted, gold + o.gold);
    }

    public double precision() {
        if (predicted == 0) {
            return gold == 0 ? 1.0 : 0.0;
        }
        return (double) correct / predicted;
    }

    public double recall() {
        if (gold == 0) {
            return predicted == 0 ? 1.0 : 0.0;
        }
        return (double) correct / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
