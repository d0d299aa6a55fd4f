package cn.deputylink.opinion;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two opinions read: the Dice coefficient of their character bigrams, which works for
 * Chinese without word segmentation ("东门路路灯不亮" and "东门路的路灯坏了不亮" share most pairs).
 */
final class TextSimilarity {

    private TextSimilarity() {
    }

    static double dice(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size());
    }

    private static Set<String> bigrams(String text) {
        Set<String> grams = new HashSet<>();
        if (text == null) {
            return grams;
        }
        int[] cps = text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            grams.add(new String(cps, i, 2));
        }
        return grams;
    }
}
