package io.github.zhnews.internal.entity;

import io.github.zhnews.model.EntityType;

/**
 * A recognised name before grouping.
 *
 * @param start offset of the first character
 * @param end   offset past the last character
 * @param type  organisation, person or place
 * @param form  how complete the name is, which decides how it is grouped
 * @param alias for a short form whose full name is already known (星河智联 for 星河智联（深圳）科技有限公司),
 *              that full name; else null
 */
record NameSpan(int start, int end, EntityType type, Form form, String alias) {
    NameSpan(int start, int end, EntityType type, Form form) {
        this(start, end, type, form, null);
    }

    /** How much of a name the span holds. */
    enum Form {
        /** A self-contained name: 西藏自治区党委组织部, 新华社. */
        FULL,
        /** A name without its region, opening with an administrative level: 自治区党委, 市委宣传部. */
        ADMIN_SHORT,
        /** Only the generic ending: 组织部, 商务厅; reported only when a full name ends with it. */
        BARE
    }

    int length() {
        return end - start;
    }

    boolean overlaps(NameSpan o) {
        return start < o.end && o.start < end;
    }
}
