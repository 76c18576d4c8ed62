package io.github.zhnews.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhnews.internal.segment.CoreWords;
import io.github.zhnews.internal.segment.NewsSegmenter;
import io.github.zhnews.internal.segment.UserDictionary;
import io.github.zhnews.model.EntityType;
import io.github.zhnews.model.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name the labeller found once, found again where the text repeats it: tokens and offsets. */
class RepeatedNamesTest {
    private static final NewsSegmenter SEGMENTER = new NewsSegmenter(UserDictionary.empty());

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    这次展会由招行主办，招行行长到场致辞。 | 招行 | ORGANIZATION | 招行@5 招行@10
                    中心今年接待了三百名访客，中心还开设了夜间门诊。 | 中心 | ORGANIZATION | 中心@0
                    农民罗德旺种了十亩葡萄，罗德旺说今年收成好。 | 罗德旺 | PERSON | 罗德旺@2 罗德旺@12
                    邓小平曾在这里工作过，这里陈列着邓小平理论的研究著作。 | 邓小平 | PERSON | 邓小平@0
                    """)
    void repeatsWhatTheLabellerFoundOnce(
            String text, String name, EntityType type, String expected) {
        List<Token> tokens = SEGMENTER.segment(text);
        int first = text.indexOf(name);
        NameSpan labelled = new NameSpan(first, first + name.length(), type, NameSpan.Form.FULL);
        BitSet covered = new BitSet();
        covered.set(labelled.start(), labelled.end());
        BitSet content = new BitSet();
        content.set(0, text.length());
        List<NameSpan> found = new ArrayList<>(List.of(labelled));
        found.addAll(
                EntityRecognizer.repeated(
                        text, tokens, List.of(labelled), covered, content, CoreWords.INSTANCE));
        List<String> got = new ArrayList<>();
        for (NameSpan s : found) {
            assertEquals(type, s.type());
            got.add(text.substring(s.start(), s.end()) + "@" + s.start());
        }
        assertEquals(expected, String.join(" ", got));
    }
}
