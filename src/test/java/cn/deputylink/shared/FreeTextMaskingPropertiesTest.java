package cn.deputylink.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.deputylink.shared.privacy.Masking;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * However a citizen writes a phone, ID card or bank card number inside an opinion (separators,
 * full-width digits, +86 / 0086, area codes in brackets), the masked text no longer holds it; and
 * text without such numbers (dates, years, business keys) comes back unchanged.
 */
class FreeTextMaskingPropertiesTest {

    private static final String WORDS = "我家楼下路灯坏了请尽快修理联系电话是谢谢小区门口垃圾没人清运身份证号码银行卡";

    /** A number as it was typed, and its digits (X included) as they identify the person. */
    record Typed(String text, String digits) {
    }

    @Property(tries = 600)
    void typedNumbersNeverSurviveMasking(@ForAll("texts") String before, @ForAll("numbers") Typed number,
                                         @ForAll("texts") String after) {
        String text = before + number.text() + after;
        String masked = Masking.freeText(text);
        String digitsLeft = ascii(masked).replaceAll("[^0-9X]", "");
        assertThat(digitsLeft).as(masked).doesNotContain(number.digits());
        assertThat(masked).as(text).contains("****");
        // the digits of the middle part (what identifies the line or the person) are gone
        String middle = number.digits().substring(3, number.digits().length() - 4);
        if (middle.length() >= 8) {
            assertThat(digitsLeft).as(masked).doesNotContain(middle);
        }
        assertThat(masked).as("the words around the number stay").startsWith(before).endsWith(after);
    }

    @Property(tries = 300)
    void textWithoutIdentifyingNumbersIsUnchanged(@ForAll("harmless") String text) {
        assertThat(Masking.freeText(text)).isEqualTo(text);
    }

    @Example
    void examplesFromTheReview() {
        assertThat(Masking.freeText("电话138-0011-2233")).isEqualTo("电话138****2233");
        assertThat(Masking.freeText("电话138 0011 2233。")).isEqualTo("电话138****2233。");
        assertThat(Masking.freeText("电话１３９００１１２２３３")).isEqualTo("电话139****2233");
        assertThat(Masking.freeText("电话+86 139 0011 2233")).isEqualTo("电话+86 139****2233");
        assertThat(Masking.freeText("电话008613900112233")).isEqualTo("电话+86 139****2233");
        assertThat(Masking.freeText("座机（0871）6512 3456")).isEqualTo("座机087*****3456");
        assertThat(Masking.freeText("身份证11010119900307123X")).isEqualTo("身份证110***********123X");
        assertThat(Masking.freeText("卡号6222 0212 3456 7890 123")).isEqualTo("卡号622************0123");
        assertThat(Masking.freeText("2026-11-02 09:30 在 YJ-2026-000123 中答复，2025-2026 年度"))
                .isEqualTo("2026-11-02 09:30 在 YJ-2026-000123 中答复，2025-2026 年度");
        assertThat(Masking.freeText(null)).isNull();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(WORDS.chars().mapToObj(c -> String.valueOf((char) c)).toList())
                .list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<Typed> numbers() {
        Arbitrary<String> mobile = Combinators.combine(Arbitraries.of("13", "14", "15", "16", "17", "18", "19"),
                Arbitraries.strings().numeric().ofLength(9)).as((a, b) -> a + b);
        Arbitrary<Typed> mobiles = Combinators.combine(mobile, separators(), prefixes(), Arbitraries.of(true, false))
                .as((m, sep, prefix, wide) -> new Typed(width(prefix + group(m, sep, 3, 4, 4), wide), m));
        Arbitrary<String> landline = Combinators.combine(Arbitraries.of("010", "021", "0871", "0816", "0755"),
                Arbitraries.strings().withCharRange('2', '8').ofLength(1),
                Arbitraries.strings().numeric().ofLength(7)).as((area, first, rest) -> area + first + rest);
        Arbitrary<Typed> landlines = Combinators.combine(landline, separators(), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as((l, sep, brackets, wide) -> {
                    String area = l.startsWith("01") || l.startsWith("02") ? l.substring(0, 3) : l.substring(0, 4);
                    String local = l.substring(area.length());
                    String typed = (brackets ? "（" + area + "）" : area + sep) + local.substring(0, 4) + sep
                            + local.substring(4);
                    return new Typed(width(typed, wide), l);
                });
        Arbitrary<Typed> idCards = Combinators.combine(Arbitraries.strings().numeric().ofLength(17),
                Arbitraries.of("X", "x", "0", "7"), separators(), Arbitraries.of(true, false))
                .as((body, check, sep, wide) -> new Typed(width(group(body + check, sep, 6, 8, 4), wide),
                        (body + check).toUpperCase()));
        Arbitrary<Typed> bankCards = Combinators.combine(Arbitraries.of("6222", "6217", "6228", "4367"),
                Arbitraries.strings().numeric().ofLength(15), separators(), Arbitraries.of(true, false))
                .as((bin, rest, sep, wide) -> new Typed(width(group(bin + rest, sep, 4, 4, 4, 4, 3), wide),
                        bin + rest));
        return Arbitraries.oneOf(mobiles, landlines, idCards, bankCards);
    }

    @Provide
    Arbitrary<String> harmless() {
        Arbitrary<String> date = Combinators.combine(Arbitraries.integers().between(2000, 2099),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28),
                Arbitraries.integers().between(0, 23)).as((y, m, d, h) -> String.format("%d-%02d-%02d %02d:30", y, m, d, h));
        Arbitrary<String> key = Combinators.combine(Arbitraries.of("YJ", "JY", "XM"), Arbitraries.integers().between(2020, 2030),
                Arbitraries.strings().numeric().ofLength(6)).as((p, y, n) -> p + "-" + y + "-" + n);
        Arbitrary<String> years = Arbitraries.integers().between(2000, 2098).map(y -> y + "-" + (y + 1) + "年度");
        Arbitrary<String> small = Arbitraries.integers().between(0, 999_999).map(n -> n + "元");
        Arbitrary<String> pieces = Arbitraries.oneOf(date, key, years, small, texts());
        return pieces.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("，", l));
    }

    private static Arbitrary<String> separators() {
        return Arbitraries.of("", " ", "-", "－", " - ", "\u3000");
    }

    private static Arbitrary<String> prefixes() {
        return Arbitraries.of("", "+86", "+86 ", "0086", "0086 ", "86-", "＋８６");
    }

    private static String group(String digits, String sep, int... sizes) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (int size : sizes) {
            if (at > 0) {
                sb.append(sep);
            }
            sb.append(digits, at, at + size);
            at += size;
        }
        return sb.toString();
    }

    /** Full-width digits as a Chinese input method types them. */
    private static String width(String text, boolean wide) {
        if (!wide) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == 'X' ? 'Ｘ' : c);
        }
        return sb.toString();
    }

    private static String ascii(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            sb.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : Character.toUpperCase(c));
        }
        return sb.toString();
    }
}
