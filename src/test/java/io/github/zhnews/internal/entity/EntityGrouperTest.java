package io.github.zhnews.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhnews.model.Entity;
import io.github.zhnews.model.EntityType;
import io.github.zhnews.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spans the labeller's hints are made of are the mentions that grouping keeps. */
class EntityGrouperTest {
    private static final EntityGrouper GROUPER = new EntityGrouper(name -> Entity.Kind.OTHER);

    @Test
    void mentionedSpansAreTheMentionsOfTheGroups() {
        // 西藏自治区党委组织部 (full), 组织部 (bare, under it), 商务厅 (bare, no full name: dropped),
        // 自治区党委 (administrative short form: kept), 王建华 (person), 拉萨 (place)
        String text = "西藏自治区党委组织部召开会议，组织部部长王建华和商务厅负责人出席，自治区党委在拉萨部署。";
        List<NameSpan> spans =
                List.of(
                        span(text, "西藏自治区党委组织部", 0, EntityType.ORGANIZATION, NameSpan.Form.FULL),
                        span(text, "组织部", 11, EntityType.ORGANIZATION, NameSpan.Form.BARE),
                        span(text, "王建华", 0, EntityType.PERSON, NameSpan.Form.FULL),
                        span(text, "商务厅", 0, EntityType.ORGANIZATION, NameSpan.Form.BARE),
                        span(text, "自治区党委", 20, EntityType.ORGANIZATION, NameSpan.Form.ADMIN_SHORT),
                        span(text, "拉萨", 0, EntityType.PLACE, NameSpan.Form.FULL));
        List<String> mentioned = new ArrayList<>();
        for (NameSpan s : GROUPER.mentioned(text, spans)) {
            mentioned.add(s.start() + "-" + s.end() + "/" + s.type());
        }
        List<String> grouped = new ArrayList<>();
        List<Entity> entities = GROUPER.group(text, spans, List.of("西藏自治区", "拉萨"));
        List<Mention> all = new ArrayList<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                all.add(m);
                grouped.add(m.start() + "-" + m.end() + "/" + e.type());
            }
        }
        mentioned.sort(Comparator.naturalOrder());
        grouped.sort(Comparator.naturalOrder());
        assertEquals(grouped, mentioned);
        assertEquals(5, all.size(), "商务厅 has no full name to stand for: " + all);
    }

    private static NameSpan span(
            String text, String name, int from, EntityType type, NameSpan.Form form) {
        int start = text.indexOf(name, from);
        return new NameSpan(start, start + name.length(), type, form);
    }
}
