package io.github.zhnews.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zhnews.internal.segment.NewsSegmenter;
import io.github.zhnews.internal.segment.UserDictionary;
import io.github.zhnews.internal.text.TextSpan;
import io.github.zhnews.model.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page prepared piece by piece gives the words and sentences the whole page gives, shifted. */
class DocumentPreparerPieceTest {
    private static final DocumentPreparer PREPARER =
            new DocumentPreparer(new NewsSegmenter(UserDictionary.empty()));

    static String page() {
        StringBuilder b = new StringBuilder("拉萨市委召开全委会议\n来源：拉萨日报\n");
        String[] paragraphs = {
            "拉萨市委昨天召开全委会议，研究部署下半年工作。会议强调，要把乡村振兴摆在突出位置。",
            "深圳市星河智联科技有限公司今年5月发布了新一代芯片，董事长李明说：“我们还要加大投入。”",
            "市教育局副局长王强在会上说，明年将新建三所学校；2023年9月1日起，新校将陆续招生！"
        };
        for (int i = 0; i < 60; i++) {
            b.append(paragraphs[i % 3]);
            b.append(i % 4 == 3 ? "\n" : "");
        }
        return b.append("\n责任编辑：张三\n").toString();
    }

    @Test
    void piecesGiveTheWholePagesWordsAndSentences() {
        String text = page();
        Document whole = PREPARER.prepare(text);
        DocumentPreparer.Page page = PREPARER.page(text);
        assertEquals(whole.lead(), page.lead());
        List<Token> tokens = new ArrayList<>();
        List<Token> content = new ArrayList<>();
        List<TextSpan> sentences = new ArrayList<>();
        int from = 0;
        List<Integer> ends = PieceCutter.ends(page.text(), 400);
        assertTrue(ends.size() > 5, ends.toString());
        for (int to : ends) {
            Document piece = PREPARER.piece(page, from, to);
            assertEquals(text.substring(from, to), piece.input());
            for (Token t : piece.tokens()) {
                tokens.add(new Token(t.text(), t.pos(), t.start() + from, t.end() + from));
            }
            for (Token t : piece.content()) {
                content.add(new Token(t.text(), t.pos(), t.start() + from, t.end() + from));
            }
            for (TextSpan s : piece.sentences()) {
                sentences.add(new TextSpan(s.start() + from, s.end() + from));
            }
            if (from == 0) {
                assertEquals(whole.title(), piece.title());
                assertEquals(whole.lead(), piece.lead());
            } else {
                assertNull(piece.title());
                assertNull(piece.lead());
            }
            assertEquals("拉萨日报", piece.layout().source());
            from = to;
        }
        assertEquals(whole.tokens(), tokens);
        assertEquals(whole.content(), content);
        assertEquals(whole.sentences(), sentences);
    }
}
