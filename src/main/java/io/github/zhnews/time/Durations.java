package io.github.zhnews.time;

import static io.github.zhnews.time.Numerals.at;
import static io.github.zhnews.time.Numerals.charAt;
import static io.github.zhnews.time.Numerals.firstAt;

import io.github.zhnews.model.DateType;

/**
 * Durations (3天, 两年, 5个月, 半年), recognised only in a clear temporal context: a time-frame word that
 * becomes part of the mention (近5年, 过去两年, 未来3天), a preceding verb (持续, 为期, 历时, 长达 ...) or a
 * following word (3天内, 两年来, 5个月以来). A false date is worse than a missed duration.
 */
final class Durations {
    private static final String[] FRAMES = {"过去的", "过去", "未来", "最近", "今后", "近"};
    private static final String[] VERBS = {
        "持续", "为期", "历时", "长达", "用时", "耗时", "历经", "经过", "整整", "花了", "用了", "时长", "期限", "延长"
    };
    private static final String[] AFTER = {"之内", "以内", "以来", "之久", "内", "来", "里", "间", "期间"};

    private Durations() {
    }

    static Expr parse(String s, int i) {
        String frame = firstAt(s, i, FRAMES);
        int p = frame == null ? i : i + frame.length();
        if (frame != null && frame.equals("近") && "接靠临附邻将最".indexOf(charAt(s, i - 1)) >= 0) {
            return null;
        }
        int qty;
        int q;
        if (charAt(s, p) == '半') {
            qty = -1;
            q = p + 1;
        } else {
            Numerals.Num n = Numerals.read(s, p);
            if (n == null || n.value() <= 0 || (n.chinese() ? !n.smallForm() : n.length() > 3)) {
                return null;
            }
            qty = n.value();
            q = n.end();
        }
        String unit = firstAt(s, q, "个小时", "小时", "分钟", "个多月", "个月", "个星期", "星期", "周", "天",
                "个工作日", "工作日", "日", "年");
        if (unit == null || unit.contains("多")) {
            return null;
        }
        int end = q + unit.length();
        String value;
        if (qty == -1) {
            if (unit.equals("年")) {
                value = "P6M";
            } else {
                return null;
            }
        } else {
            boolean half = charAt(s, end) == '半' && (unit.equals("年") || unit.equals("个小时") || unit.equals("小时"));
            value = value(qty, unit, half);
            if (half) {
                end++;
            }
        }
        char after = charAt(s, end);
        if (after == '多' || after == '余' || after == '前' || after == '后' || (unit.equals("周") && (after == '年'
                || "一二三四五六日".indexOf(after) >= 0))) {
            return null;
        }
        boolean afterCue = firstAt(s, end, AFTER) != null;
        boolean verbCue = false;
        for (String v : VERBS) {
            if (p >= v.length() && s.startsWith(v, p - v.length())) {
                verbCue = true;
                break;
            }
        }
        if (unit.equals("日") && frame == null && !afterCue) {
            return null;
        }
        if (frame == null && !afterCue && !verbCue) {
            return null;
        }
        return Expr.other(i, end, value, DateType.DURATION);
    }

    private static String value(int n, String unit, boolean half) {
        switch (unit) {
            case "年":
                return half ? "P" + (n * 12 + 6) + "M" : "P" + n + "Y";
            case "个月":
                return "P" + n + "M";
            case "个星期": case "星期": case "周":
                return "P" + n + "W";
            case "个小时": case "小时":
                return half ? "PT" + (n * 60 + 30) + "M" : "PT" + n + "H";
            case "分钟":
                return "PT" + n + "M";
            default:
                return "P" + n + "D";
        }
    }
}
