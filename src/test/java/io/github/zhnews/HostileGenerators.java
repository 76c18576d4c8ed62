package io.github.zhnews;

import java.util.Random;

/**
 * Seeded generators of random and hostile text for property tests (no jqwik: plain JUnit 5 and a seed). Every
 * fragment is written by us. The same seed gives the same texts, so a failure names its seed and case.
 */
public final class HostileGenerators {
    private static final String[] NEWS = {
        "拉萨市委昨天召开全委会议，研究部署下半年工作。",
        "深圳市星河智联科技有限公司今年5月发布了新一代芯片。",
        "市教育局副局长王强在会上说，明年将新建三所学校。",
        "据新华社报道，国务院常务会议8日在北京召开。",
        "２０２３年５月２１日上午９时３９分，",
        "（记者 李明 通讯员 张华）",
        "责任编辑：王芳\n",
        "下周王强出差。",
        "农历八月十五中秋节前后，",
        "本报讯 ",
        "【新华网】",
        "一九九八年元旦，",
        "國務院新聞辦公室舉行發布會。",
        "去年同期增长3.5%，",
        "于2023-05-21T09:39发布"
    };
    private static final String[] SUFFIXES = {
        "公司", "协会", "委员会", "集团", "有限公司", "党委", "局", "厅", "大学"
    };
    private static final String[] ODD = {
        "\uD800", "\uDC00", "\uFEFF", "\u200B", "\u0000", "\u3000", "\r\n", "\n\n\n", "\t", "😀",
        "𠀀", "《", "》", "“", "”", "（", "）", "……", "——", "<p>", "</p>", "&nbsp;", "\\", "\"", "{",
        "}", "年", "月", "日", "时", "分", "廿", "卅", "〇", "0", "9", "-", ":", "T", "24:00", "0000年",
        "99999年"
    };

    private HostileGenerators() {}

    /** A text of the given family, from the seed's random stream. */
    public static String text(Random r) {
        int family = r.nextInt(6);
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(40);
        switch (family) {
            case 0 -> { // random code points of every plane, lone surrogates included
                for (int i = 0; i < n * 8; i++) {
                    int kind = r.nextInt(5);
                    if (kind == 0) {
                        b.append((char) (0xD800 + r.nextInt(0x800)));
                    } else if (kind == 1) {
                        b.append((char) (0x4E00 + r.nextInt(0x9FA5 - 0x4E00)));
                    } else {
                        int cp = r.nextInt(0x10FFFF);
                        if (Character.isValidCodePoint(cp)) {
                            b.appendCodePoint(cp);
                        }
                    }
                }
            }
            case 1 -> { // news sentences with odd pieces between them
                for (int i = 0; i < n; i++) {
                    b.append(NEWS[r.nextInt(NEWS.length)]);
                    if (r.nextInt(3) == 0) {
                        b.append(ODD[r.nextInt(ODD.length)]);
                    }
                }
            }
            case 2 -> { // suffix-dense: 公司公司协会...
                for (int i = 0; i < n * 5; i++) {
                    b.append(SUFFIXES[r.nextInt(SUFFIXES.length)]);
                }
            }
            case 3 -> { // date and numeral soup
                for (int i = 0; i < n * 4; i++) {
                    b.append(ODD[26 + r.nextInt(ODD.length - 26)]);
                }
            }
            case 4 -> { // one sentence cut at a random char, and pasted again and again without
                // punctuation
                String s = NEWS[r.nextInt(NEWS.length)].replaceAll("\\p{P}", "");
                for (int i = 0; i < n * 3; i++) {
                    b.append(s, 0, 1 + r.nextInt(s.length()));
                }
            }
            default -> { // pieces of everything
                for (int i = 0; i < n * 2; i++) {
                    String[] from = r.nextBoolean() ? ODD : NEWS;
                    b.append(from[r.nextInt(from.length)]);
                }
            }
        }
        return b.toString();
    }
}
