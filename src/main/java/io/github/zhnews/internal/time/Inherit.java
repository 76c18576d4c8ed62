package io.github.zhnews.internal.time;

import java.time.LocalDate;

/**
 * What the second end of a range takes from the first: 4月24日至29日 takes year and month, 下午2时至4时 takes
 * the date and the afternoon, 本周一至周五 takes the week.
 */
record Inherit(int year, int month, LocalDate date, boolean pm, LocalDate weekMonday) {
    static final Inherit NONE = new Inherit(0, 0, null, false, null);

    static Inherit from(Expr first) {
        int month =
                first.grain() == Expr.Grain.DAY || first.grain() == Expr.Grain.TIME
                        ? first.month()
                        : 0;
        LocalDate date = first.grain() == Expr.Grain.TIME ? first.date() : null;
        return new Inherit(first.year(), month, date, first.pm(), first.weekMonday());
    }
}
