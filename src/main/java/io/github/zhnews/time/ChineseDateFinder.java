package io.github.zhnews.time;

import io.github.zhnews.model.DateMention;

import java.time.LocalDateTime;
import java.util.List;

/** Placeholder until the real finder lands. */
public final class ChineseDateFinder implements DateFinder {
    @Override
    public List<DateMention> find(String text, LocalDateTime reference) {
        return List.of();
    }
}
