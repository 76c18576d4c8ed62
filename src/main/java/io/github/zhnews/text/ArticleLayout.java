package io.github.zhnews.text;

import java.time.LocalDateTime;
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
 * @param boilerplate trimmed spans of the lines (or trailing line parts) recognised as page furniture
 * @param headings    the short stand-alone section heading lines inside the body (never the title)
 */
public record ArticleLayout(String title, TextSpan titleSpan, String source, LocalDateTime publishedAt,
                            String editor, List<TextSpan> body, List<TextSpan> boilerplate,
                            List<TextSpan> headings) {

    public ArticleLayout {
        if ((title == null) != (titleSpan == null)) {
            throw new IllegalArgumentException("title and titleSpan must be both null or both set");
        }
        body = List.copyOf(body);
        boilerplate = List.copyOf(boilerplate);
        headings = List.copyOf(headings);
    }

    /** True if {@code [start, end)} shares at least one character with a boilerplate span. */
    public boolean isBoilerplate(int start, int end) {
        if (end < start) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
        for (TextSpan s : boilerplate) {
            if (s.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }

    /** True if the offset lies inside a boilerplate span. */
    public boolean isBoilerplate(int offset) {
        for (TextSpan s : boilerplate) {
            if (s.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
