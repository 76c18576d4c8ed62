package io.github.zhnews.internal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zhnews.internal.entity.ner.NerSpan;
import io.github.zhnews.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A labelled name holds no half of a pair of brackets or quotes. */
class BracketsClosedTest {
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    据英国《泰晤士报》报道，伦敦的房价又涨了。 | 英国《泰晤士报 | 英国《泰晤士报》
                    他在《光明日报》上读到了这篇文章。 | 《光明日报 | 光明日报
                    她是《青年科学》杂志的编辑。 | 科学》杂志 | 《青年科学》杂志
                    记者走进“东方红”号考察船的实验室。 | 东方红”号考察船 | “东方红”号考察船
                    他是《人民日报》社的老编辑。 | 《人民日报》社 | 《人民日报》社
                    据《经济周刊报道，销量回升。 | 《经济周刊 | 《经济周刊
                    他毕业于北京大学。 | 北京大学 | 北京大学
                    """)
    void closesTheBracketsOfALabelledName(String text, String labelled, String expected) {
        int start = text.indexOf(labelled);
        NerSpan s =
                EntityRecognizer.bracketsClosed(
                        text,
                        new NerSpan(start, start + labelled.length(), EntityType.ORGANIZATION));
        assertEquals(expected, text.substring(s.start(), s.end()));
        assertEquals(EntityType.ORGANIZATION, s.type());
    }
}
