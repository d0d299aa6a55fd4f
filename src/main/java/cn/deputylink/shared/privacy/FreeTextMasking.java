package cn.deputylink.shared.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers that identify a person inside free text a citizen or an officer typed: mobile and
 * landline numbers however they are written (separators, full-width digits, {@code +86} /
 * {@code 0086}, area codes in brackets), 18-character ID card numbers (with {@code X}) and
 * bank-card-like digit runs. Dates ({@code 2026-11-02}), year ranges ({@code 2025-2026}),
 * amounts with thousands separators and business keys ({@code YJ-2026-000123}) stay readable.
 */
final class FreeTextMasking {

    /** Seven or more digits, optionally led by "+", with at most three separators between digits. */
    private static final Pattern NUMBER = Pattern.compile(
            "\\+?\\(?\\d(?:[ \\t\\u00a0\\-–—()]{0,3}\\d)+(?:[ \\-]?[Xx])?");
    /** A date, possibly followed by the hour of a time ("2026-11-02 09:30" stops matching at the colon). */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}(?:[ \\t]+\\d{1,2})?");
    private static final Pattern YEAR_RANGE = Pattern.compile("(19|20)\\d{2}\\s*[-–—]\\s*(19|20)\\d{2}");
    private static final int MIN_DIGITS = 7;

    private FreeTextMasking() {
    }

    static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String normal = normalize(text);
        Matcher m = NUMBER.matcher(normal);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String found = normal.substring(start, end);
            String digits = found.replaceAll("[^0-9Xx]", "");
            int digitCount = found.replaceAll("\\D", "").length();
            if (digitCount < MIN_DIGITS || partOfCode(normal, start) || DATE.matcher(found.strip()).matches()
                    || YEAR_RANGE.matcher(found.strip()).matches()) {
                continue;
            }
            out.append(text, copied, start).append(masked(found, digits));
            copied = end;
        }
        if (copied == 0) {
            return text;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** Full-width digits, plus, hyphen, brackets and space become ASCII, one char for one char. */
    static String normalize(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '０' && c <= '９') {
                chars[i] = (char) ('0' + (c - '０'));
            } else if (c == '＋') {
                chars[i] = '+';
            } else if (c == '－' || c == '‐' || c == '‑' || c == '﹣') {
                chars[i] = '-';
            } else if (c == '（') {
                chars[i] = '(';
            } else if (c == '）') {
                chars[i] = ')';
            } else if (c == '\u3000') {
                chars[i] = ' ';
            } else if (c == 'Ｘ' || c == 'ｘ') {
                chars[i] = 'X';
            }
        }
        return new String(chars);
    }

    /** A business key or ticket number: letters (and a hyphen) right before the digits. */
    private static boolean partOfCode(String text, int start) {
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        if (Character.isLetter(before) && before < 128) {
            return true;
        }
        return before == '-' && start >= 2 && Character.isLetterOrDigit(text.charAt(start - 2))
                && text.charAt(start - 2) < 128;
    }

    private static String masked(String found, String digits) {
        String core = digits;
        String prefix = "";
        if (found.startsWith("+86") && core.startsWith("86")) {
            prefix = "+86 ";
            core = core.substring(2);
        } else if (core.startsWith("0086")) {
            prefix = "+86 ";
            core = core.substring(4);
        } else if (core.length() == 13 && core.startsWith("861")) {
            prefix = "+86 ";
            core = core.substring(2);
        }
        // keep a trailing space the pattern swallowed between the number and the following text
        String tail = found.endsWith(" ") ? " " : "";
        int n = core.length();
        if (n >= 11) {
            return prefix + core.substring(0, 3) + "*".repeat(n - 7) + core.substring(n - 4) + tail;
        }
        if (n > 4) {
            return prefix + "*".repeat(n - 4) + core.substring(n - 4) + tail;
        }
        return prefix + "****" + tail;
    }
}
