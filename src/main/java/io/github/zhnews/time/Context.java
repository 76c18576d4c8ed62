package io.github.zhnews.time;

import java.time.LocalDate;

/**
 * Per-call state: the reference date and the anchor (the last day-precision date mentioned so far), against
 * which 次日, 当天 and bare clock times resolve. One instance per {@code find} call, never shared.
 */
final class Context {
    private final LocalDate reference;
    private LocalDate anchor;

    Context(LocalDate reference) {
        this.reference = reference;
        this.anchor = reference;
    }

    LocalDate reference() {
        return reference;
    }

    LocalDate anchor() {
        return anchor;
    }

    void anchor(LocalDate date) {
        if (date != null) {
            anchor = date;
        }
    }
}
