package io.github.zhnews.internal.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.zhnews.model.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tokens as each word standard writes them: names cut after the surname (PKU), a date's number with its unit
 * (joined, or apart as UD writes it), and numbers with 第, 万, 亿 and the percent sign as one word.
 */
class TokenStandardsTest {
    @Test
    void aChineseNameIsItsSurnameAndItsGivenName() {
        List<Token> tokens =
                List.of(
                        new Token("市长", "n", 0, 2),
                        new Token("王明", "nr", 2, 4),
                        new Token("和", "c", 4, 5),
                        new Token("欧阳修文", "nr", 5, 9),
                        new Token("谢晓东", "nr", 9, 12));
        assertEquals(
                List.of(
                        new Token("市长", "n", 0, 2),
                        new Token("王", "nr", 2, 3),
                        new Token("明", "nr", 3, 4),
                        new Token("和", "c", 4, 5),
                        new Token("欧阳", "nr", 5, 7),
                        new Token("修文", "nr", 7, 9),
                        new Token("谢", "nr", 9, 10),
                        new Token("晓东", "nr", 10, 12)),
                TokenStandards.cutNames(tokens));
    }

    @Test
    void otherNamesAndWordsStayWhole() {
        List<Token> tokens =
                List.of(
                        new Token("罗林斯", "nr", 0, 3), // transliterated: no surname and given name
                        new Token("王府井", "ns", 3, 6), // a place that opens with a surname
                        new Token("普", "nr", 6, 7), // one character
                        new Token("司马光明远", "nr", 7, 12)); // longer than a Chinese name
        assertSame(tokens, TokenStandards.cutNames(tokens));
    }

    /** Tokens of a text from "word/pos" pieces, one after another. */
    private static List<Token> tokens(String... pieces) {
        List<Token> out = new java.util.ArrayList<>();
        int at = 0;
        for (String p : pieces) {
            int slash = p.lastIndexOf('/');
            String w = p.substring(0, slash);
            out.add(new Token(w, p.substring(slash + 1), at, at + w.length()));
            at += w.length();
        }
        return out;
    }

    private static String words(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            b.append(t.text())
                    .append('/')
                    .append(t.pos())
                    .append('@')
                    .append(t.start())
                    .append(' ');
        }
        return b.toString().trim();
    }

    @Test
    void aDateIsOneWordWithItsUnitButASpanOfYearsIsNot() {
        List<Token> in =
                tokens(
                        "1997/m", "年/q", "1/m", "月/q", "26/m", "日/j", "，/w", "一九九七/m", "年/q",
                        "十二月/t", "二十六/m", "日/j", "，/w", "2000/m", "年/q", "前/f", "，/w", "三/m",
                        "年/q");
        assertEquals(
                "1997年/t@0 1月/t@5 26日/t@7 ，/w@10 一九九七年/t@11 十二月/t@16 二十六日/t@19 ，/w@23"
                        + " 2000/m@24 年/q@28 前/f@29 ，/w@30 三/m@31 年/q@32",
                words(TokenStandards.joinDates(in)));
    }

    @Test
    void underUdADateKeepsItsNumberApart() {
        List<Token> in = tokens("1997年/t", "１月/t", "到/v", "明年/t");
        assertEquals(
                "1997/m@0 年/q@4 １/m@5 月/q@6 到/v@7 明年/t@8", words(TokenStandards.splitDates(in)));
    }

    @Test
    void ordinalsLargeNumbersAndPercentagesAreOneWord() {
        List<Token> in =
                tokens(
                        "第/mq", "三/m", "次/q", "3.5/m", "万/m", "吨/q", "两/m", "万/m", "亿/m", "元/q",
                        "５０．５/m", "％/nx", "万/m", "%/nx");
        assertEquals(
                "第三/m@0 次/q@2 3.5万/m@3 吨/q@7 两万亿/m@8 元/q@11 ５０．５％/m@12 万/m@17 %/nx@18",
                words(TokenStandards.joinNumbers(in)));
        assertEquals(
                "晴/v@0 －9/m@1 ℃/q@3 3/m@4 －/nx@5 5/m@6 级/q@7",
                words(
                        TokenStandards.joinNumbers(
                                tokens("晴/v", "－/nx", "9/m", "℃/q", "3/m", "－/nx", "5/m", "级/q"))));
        List<Token> none = tokens("万/m", "一/m", "次/q");
        assertSame(none, TokenStandards.joinNumbers(none));
    }

    @Test
    void aPersonTheEntityStageFoundIsOneToken() {
        List<Token> in = tokens("发言人/n", "格/j", "拉/v", "西莫夫/nr", "说/v", "王/nr", "小/a");
        assertEquals(
                "发言人/n@0 格拉西莫夫/nr@3 说/v@8 王/nr@9 小/a@10",
                words(TokenStandards.joinNames(in, List.of(new int[] {3, 8}, new int[] {9, 12}))));
        // a mention that ends inside a word joins nothing
        assertSame(in, TokenStandards.joinNames(in, List.of(new int[] {9, 12})));
    }

    @Test
    void underPkuALexiconCompoundIsItsDictionaryWords() {
        List<Token> in = tokens("全体/n", "领导干部/n", "参加/v");
        List<Token> out = TokenStandards.cutCompounds(in);
        assertEquals(List.of("全体", "领导", "干部", "参加"), out.stream().map(Token::text).toList());
        assertEquals(new Token("干部", out.get(2).pos(), 4, 6), out.get(2));
        List<Token> plain = tokens("参加/v", "会议/n");
        assertSame(plain, TokenStandards.cutCompounds(plain));
    }

    @Test
    void underPkuWordsAreWrittenAsPeoplesDaily1998WritesThem() {
        // the bundled table: 不能 and 一系列 cut, 几十 and 不断 whole
        List<Token> in =
                tokens("他/r", "不能/v", "来/v", "，/w", "几/m", "十/m", "个/q", "不/d", "断/v", "一系列/m");
        assertEquals(
                "他/r@0 不/d@1 能/v@2 来/v@3 ，/w@4 几十/m@5 个/q@7 不断/d@8 一/m@10 系列/q@11",
                words(TokenStandards.pkuWords(in)));
        List<Token> plain = tokens("市长/n", "提出/v", "建议/n");
        assertSame(plain, TokenStandards.pkuWords(plain));
    }

    @Test
    void underPkuOnlyAdjacentTokensAreJoined() {
        List<Token> apart = List.of(new Token("几", "m", 0, 1), new Token("十", "m", 2, 3));
        assertSame(apart, TokenStandards.pkuWords(apart));
    }

    @Test
    void anOrdinalKeepsItsNumberAndKilowattsTheirThousand() {
        // the segmenter's 第/一个 and 60/万千/瓦
        assertEquals(
                "第一/m@0 个/q@2 ，/w@3 60万/m@4 千瓦/q@7 ，/w@9 3万/m@10 千瓦时/q@12",
                words(
                        TokenStandards.joinNumbers(
                                tokens(
                                        "第/mq", "一个/mq", "，/w", "60/m", "万千/m", "瓦/q", "，/w", "3/m",
                                        "万千/m", "瓦时/q"))));
        List<Token> plain = tokens("千千万万/m", "个/q", "气象/n", "万千/m", "瓦/q");
        assertSame(plain, TokenStandards.mendMeasures(plain));
    }
}
