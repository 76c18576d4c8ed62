package io.github.zhnews.internal.text;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link ArticleParser} understood about a text: metadata and which lines are content or page furniture.
 * All spans index into the text that was parsed and are sorted by start offset.
 *
 * @param title       the title line's text, or null
 * @param titleSpan   where the title is, or null (null exactly when {@code title} is null)
 * @param source      the value of the first {@code 来源：} label, or null
 * @param publishedAt the publication time from the page's metadata lines (seconds dropped, date only gives
 *                    00:00), or null
 * @param editor      the names of the first editor label ({@code 责任编辑：}, {@code （责编：李四、王五）}), or null
 * @param body        trimmed spans of the content lines, including the title line and headings
 * @param boilerplate trimmed spans of the lines (or trailing line parts) recognised as page furniture, in text
 *                    order and disjoint (each starts at or after the end of the one before)
 * @param headings    the short stand-alone section heading lines inside the body (never the title)
 */
public record ArticleLayout(
        String title,
        TextSpan titleSpan,
        String source,
        LocalDateTime publishedAt,
        String editor,
        List<TextSpan> body,
        List<TextSpan> boilerplate,
        List<TextSpan> headings) {

    public ArticleLayout {
        if ((title == null) != (titleSpan == null)) {
            throw new IllegalArgumentException("title and titleSpan must be both null or both set");
        }
        body = List.copyOf(body);
        boilerplate = List.copyOf(boilerplate);
        for (int i = 1; i < boilerplate.size(); i++) {
            if (boilerplate.get(i).start() < boilerplate.get(i - 1).end()) {
                throw new IllegalArgumentException(
                        "boilerplate spans must be in text order and disjoint: "
                                + boilerplate.get(i - 1)
                                + " then "
                                + boilerplate.get(i));
            }
        }
        headings = List.copyOf(headings);
    }

    /** True if {@code [start, end)} shares at least one character with a boilerplate span. */
    public boolean isBoilerplate(int start, int end) {
        if (end < start) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
        // the spans are in order and disjoint, so their ends rise too: of the spans that start
        // before end, the
        // last reaches furthest. A binary search keeps a long page with many furniture lines linear
        // to analyse.
        int lo = 0;
        int hi = boilerplate.size() - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (boilerplate.get(mid).start() < end) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        while (last >= 0 && boilerplate.get(last).start() == boilerplate.get(last).end()) {
            last--; // an empty span holds nothing; the one before it ends no later than it starts
        }
        return start < end && last >= 0 && boilerplate.get(last).overlaps(start, end);
    }

    /**
     * The layout of the piece {@code [from, to)} of the text, its spans clipped to the piece and shifted to
     * start at 0: the body lines and furniture that overlap it, the headings and title inside it. The page's
     * source, editor and publication time are kept: they describe the whole page.
     *
     * @throws IllegalArgumentException if {@code from > to}
     */
    public ArticleLayout within(int from, int to) {
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("invalid piece [" + from + ", " + to + ")");
        }
        boolean titleInside =
                titleSpan != null && from <= titleSpan.start() && titleSpan.end() <= to;
        return new ArticleLayout(
                titleInside ? title : null,
                titleInside ? shift(titleSpan, from) : null,
                source,
                publishedAt,
                editor,
                clip(body, from, to),
                clip(boilerplate, from, to),
                inside(headings, from, to));
    }

    private static TextSpan shift(TextSpan s, int by) {
        return new TextSpan(s.start() - by, s.end() - by);
    }

    private static List<TextSpan> clip(List<TextSpan> spans, int from, int to) {
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan s : spans) {
            if (s.end() > from && s.start() < to) {
                out.add(
                        new TextSpan(
                                Math.max(s.start(), from) - from, Math.min(s.end(), to) - from));
            }
        }
        return out;
    }

    private static List<TextSpan> inside(List<TextSpan> spans, int from, int to) {
        List<TextSpan> out = new ArrayList<>();
        for (TextSpan s : spans) {
            if (from <= s.start() && s.end() <= to) {
                out.add(shift(s, from));
            }
        }
        return out;
    }

    /** True if the offset lies inside a boilerplate span. */
    public boolean isBoilerplate(int offset) {
        return offset < Integer.MAX_VALUE && isBoilerplate(offset, offset + 1);
    }
}
