package io.github.zhnews.internal.time;

import java.time.LocalDate;

/**
 * Per-call state: the reference date and the anchor (the last day-precision date mentioned so far), against
 * which 次日, 当天 and bare clock times resolve. One instance per {@code find} call, never shared.
 */
final class Context {
    private final LocalDate reference;
    private final java.time.LocalDateTime instant;
    private LocalDate anchor;
    private int lastYear;
    private int lastMonth;

    Context(LocalDate reference) {
        this(reference.atStartOfDay());
    }

    Context(java.time.LocalDateTime instant) {
        this.reference = instant.toLocalDate();
        this.instant = instant;
        this.anchor = reference;
    }

    LocalDate reference() {
        return reference;
    }

    /** The reference (publication) time, with its time of day. */
    java.time.LocalDateTime instant() {
        return instant;
    }

    LocalDate anchor() {
        return anchor;
    }

    void anchor(LocalDate date) {
        if (date != null) {
            anchor = date;
        }
    }

    /** Remembers the year and month of the last expression that named them, for 同年 and 同月. */
    void mentioned(int year, int month) {
        if (year != 0) {
            lastYear = year;
            lastMonth = month;
        }
    }

    /** The first day of the month in focus: the last one named (同月), else the anchor's. */
    LocalDate monthInFocus() {
        return lastYear != 0 && lastMonth != 0 ? LocalDate.of(lastYear, lastMonth, 1) : anchor;
    }

    /** The year in focus: the last one named (同年), else the anchor's. */
    int yearInFocus() {
        return lastYear != 0 ? lastYear : anchor.getYear();
    }
}
